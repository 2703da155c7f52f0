/**
 * The page background of each theme (--bg in app/globals.css), for the browser's
 * own surfaces: `<meta name="theme-color">` and the web app manifest.
 */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#121417' } as const;
