// opencc-js ships types for its converters but not for the dictionaries under
// `opencc-js/dict/*`, each of which is one string in OpenCC's DictLike format:
// entries separated by `|`, each a character and its conversions separated by spaces.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TWVariants' {
  const dictionary: string;
  export default dictionary;
}
