/**
 * A synthetic archive for benchmarks: N bilingual releases of realistic
 * length (Chinese and English paragraphs, tags, images), deterministic for a
 * seed, written as a content root. Made-up text, never the ministry's words.
 * Words follow a Zipf distribution over a vocabulary of a few thousand, as
 * in real text, so that common words match most releases and rare ones few.
 *
 *   npx tsx bench/generate-archive.ts <out dir> [count=1000] [seed=1]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small deterministic generator (an LCG): the same seed writes the same archive on every machine. */
function randomFor(seed: number) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, between, pick };
}

const ZH_CHARACTERS = Array.from('數位發展部資安韌性產業政策平台服務民眾網路資料治理創新合作國際系統推動計畫建設人才經濟社會科技通訊傳播電信頻譜智慧城市醫療教育交通環境能源安全防護開放透明參與公共政府機關地方中央法規制度預算研究');
const EN_COMMON = ['the', 'of', 'and', 'to', 'in', 'a', 'for', 'is', 'on', 'that', 'with', 'as', 'by', 'will', 'be', 'are', 'from', 'this', 'its', 'at'];
const EN_SYLLABLES = ['dig', 'ital', 'res', 'il', 'ience', 'sec', 'ur', 'ity', 'in', 'dus', 'try', 'pol', 'icy', 'plat', 'form', 'ser', 'vice', 'net', 'work', 'gov', 'ern', 'ance', 'co', 'op', 'era', 'tion', 'sys', 'tem', 'pro', 'gram', 'data', 'cit', 'izen', 'tal', 'ent', 'com', 'mun'];

/** Word frequencies like real text: the k-th commonest word is about 1/k as frequent as the first. */
function zipfPicker(words: readonly string[], random: () => number) {
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

const TAGS = [
  ['資安', 'Cybersecurity'], ['數位韌性', 'Digital resilience'], ['國際合作', 'International cooperation'],
  ['產業發展', 'Industry'], ['開放資料', 'Open data'], ['通訊傳播', 'Communications'], ['數位人才', 'Digital talent'],
  ['智慧城市', 'Smart cities'], ['數位治理', 'Digital governance'], ['5G', '5G'],
] as const;

const yaml = (fields: Record<string, unknown>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');

/** The words of an archive, commonest first: the same for a seed whatever the number of releases. */
function vocabularies(seed: number) {
  const { between, pick } = randomFor(seed);
  return {
    zh: Array.from({ length: 3000 }, () => `${pick(ZH_CHARACTERS)}${pick(ZH_CHARACTERS)}`),
    en: [...EN_COMMON, ...Array.from({ length: 3000 }, () => Array.from({ length: between(1, 3) }, () => pick(EN_SYLLABLES)).join(''))],
  };
}

/**
 * Searches for a benchmark of an archive of this seed: words that most
 * releases hold, words that some hold, rare words, and two-word searches.
 */
const QUERY_RANKS = [0, 1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 80, 120, 200, 300, 500, 700, 1000, 1500, 2000, 2500, 2900];

export function benchmarkQueries(seed = 1): { zh: string[]; en: string[] } {
  const { zh, en } = vocabularies(seed);
  return {
    zh: [...QUERY_RANKS.map((rank) => zh[rank]!), `${zh[1]} ${zh[30]}`, `${zh[5]}${zh[6]}`],
    en: [...QUERY_RANKS.map((rank) => en[EN_COMMON.length + rank]!), `${en[EN_COMMON.length + 1]} ${en[EN_COMMON.length + 30]}`, 'the'],
  };
}

/**
 * Other words of the same vocabularies, `count` per language, none of them a
 * benchmark query: searches that warm a server up (its compiled code) without
 * putting the measured pages in its cache.
 */
export function warmUpQueries(seed = 1, count = 100): { zh: string[]; en: string[] } {
  const { zh, en } = vocabularies(seed);
  const ranks = Array.from({ length: count * 2 }, (_, i) => 4 + i * 13)
    .filter((rank) => rank < 3000 && !QUERY_RANKS.includes(rank))
    .slice(0, count);
  return { zh: ranks.map((rank) => zh[rank]!), en: ranks.map((rank) => en[EN_COMMON.length + rank]!) };
}

/** Writes `count` bilingual releases under `<outDir>/press-releases/`, replacing what was there. */
export function generateArchive(outDir: string, count: number, seed = 1): void {
  const { zh: zhVocabulary, en: enVocabulary } = vocabularies(seed);
  const { random, between, pick } = randomFor(seed + 1);
  const zhWord = zipfPicker(zhVocabulary, random);
  const enWord = zipfPicker(enVocabulary, random);
  const zhSentence = () => `${Array.from({ length: between(8, 20) }, zhWord).join('')}`;
  const zhParagraph = () => `${Array.from({ length: between(2, 5) }, zhSentence).join('，')}。`;
  const enSentence = () => {
    const words = Array.from({ length: between(12, 28) }, enWord).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  };
  const enParagraph = () => Array.from({ length: between(2, 5) }, enSentence).join(' ');

  const root = join(outDir, 'press-releases');
  rmSync(outDir, { recursive: true, force: true });
  // Four releases a day, ending near today: the archive reads like years of news.
  const newest = Date.UTC(2026, 9, 1);
  for (let n = 0; n < count; n++) {
    const slug = `bench-${String(n + 1).padStart(5, '0')}`;
    const date = new Date(newest - (count - n) * 6 * 3600 * 1000).toISOString().slice(0, 16);
    const tags = [pick(TAGS), ...(random() < 0.3 ? [pick(TAGS)] : [])].filter((tag, i, all) => all.indexOf(tag) === i);
    const imageCount = between(0, 3);
    const paragraphs = between(4, 9);
    const images = (alt: (i: number) => string) =>
      Array.from({ length: imageCount }, (_, i) => ({ src: '/icon.svg', alt: alt(i) }));
    mkdirSync(join(root, slug), { recursive: true });
    writeFileSync(
      join(root, slug, 'zh-TW.md'),
      `---\n${yaml({ title: `效能測試新聞稿 ${n + 1}：${zhSentence()}`, date, unit: '測試單位', tags: tags.map(([zh]) => zh), images: images((i) => `測試圖片 ${i + 1}`) })}\n---\n\n${Array.from({ length: paragraphs }, zhParagraph).join('\n\n')}\n`,
    );
    writeFileSync(
      join(root, slug, 'en.md'),
      `---\n${yaml({ title: `Benchmark release ${n + 1}: ${enSentence().slice(0, 80)}`, date, unit: 'Test Unit', tags: tags.map(([, en]) => en), images: images((i) => `Test image ${i + 1}`) })}\n---\n\n${Array.from({ length: paragraphs }, enParagraph).join('\n\n')}\n`,
    );
  }
  // The one unit's URL slug, without which the build refuses the archive (content-layer/units.ts).
  writeFileSync(join(outDir, 'units.json'), `${JSON.stringify({ units: [{ slug: 'test-unit', names: { 'zh-TW': '測試單位', en: 'Test Unit' } }] }, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [outDir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: tsx bench/generate-archive.ts <out dir> [count] [seed]');
    process.exit(2);
  }
  generateArchive(outDir, Number(count), Number(seed));
  console.log(`${count} bilingual releases in ${outDir}`);
}
