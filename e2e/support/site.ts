import { expect, type Page } from '@playwright/test';

/** What each language's pages say, as a reader sees them. */
export const LOCALES = [
  {
    locale: 'zh-TW',
    prefix: '',
    htmlLang: 'zh-Hant-TW',
    ministry: '數位發展部',
    skipLink: '跳到主要內容區塊',
    goTop: '回到頁首',
    themeToggle: '切換深色/淺色模式',
    textSizeLabel: '文字大小',
    textSizes: { small: '小', medium: '中', large: '大' },
    switchLabel: 'English',
    pressTitle: '新聞稿',
    notFoundTitle: '找不到網頁',
  },
  {
    locale: 'en',
    prefix: '/en',
    htmlLang: 'en',
    ministry: 'Ministry of Digital Affairs',
    skipLink: 'To the central content area',
    goTop: 'Go Top',
    themeToggle: 'Toggle Dark/Light Mode',
    textSizeLabel: 'Text size',
    textSizes: { small: 'Small', medium: 'Medium', large: 'Large' },
    switchLabel: '中文',
    pressTitle: 'Press releases',
    notFoundTitle: 'Page not found',
  },
] as const;

export type LocaleCase = (typeof LOCALES)[number];

/** One of each kind of page, as paths without the locale prefix. */
export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'press list', path: '/press' },
  { name: 'release', path: '/press/fixture-rich' },
  { name: 'unit index', path: '/units' },
  // A tag's page is the same component with another list (components/ReleaseGroup.tsx); tags differ between languages.
  { name: 'unit page', path: '/units/test-unit?page=2' },
  { name: 'site map', path: '/site-map' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: '404', path: '/press/no-such-release' },
] as const;

export const url = (prefix: string, path: string) => (prefix && path === '/' ? prefix : `${prefix}${path}`);

/** The theme toggle is enabled once React has hydrated the page. */
export async function waitForHydration(page: Page, toggleName: string) {
  await expect(page.getByRole('button', { name: toggleName })).toBeEnabled();
}

/** The preview secret the test server runs with. */
export const PREVIEW_SECRET = 'e2e-preview-secret-not-for-production';
