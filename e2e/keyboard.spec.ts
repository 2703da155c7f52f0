import { expect, test } from '@playwright/test';
import { pressAccessKey, walkTabOrder } from './support/keyboard';
import { LOCALES, url, waitForHydration } from './support/site';

const HEADER = {
  'zh-TW': [
    'link: 跳到主要內容區塊',
    'link: 上方功能區塊',
    'link: 數位發展部 Ministry of Digital Affairs',
    'link: English',
    'link: 首頁',
    'link: 新聞稿',
    'link: 搜尋區塊',
    'searchbox: 搜尋新聞稿',
    'button: 搜尋',
    'link: 網站導覽',
    'button: 切換深色/淺色模式',
    'button: 小',
    'button: 中',
    'button: 大',
    'link: 中央內容區塊',
  ],
  en: [
    'link: To the central content area',
    'link: Top function area',
    'link: 數位發展部 Ministry of Digital Affairs',
    'link: 中文',
    'link: Home',
    'link: Press releases',
    'link: Search area',
    'searchbox: Search press releases',
    'button: Search',
    'link: Site map',
    'button: Toggle Dark/Light Mode',
    'button: Small',
    'button: Medium',
    'button: Large',
    'link: Central content area',
  ],
};

const FOOTER = {
  'zh-TW': ['link: 下方功能區塊', 'link: 網站導覽', 'link: 無障礙聲明', 'link: 資料開放', 'link: RSS 訂閱新聞稿', 'link: 回到頁首'],
  en: [
    'link: Bottom function area',
    'link: Site map',
    'link: Accessibility statement',
    'link: Open data',
    'link: RSS feed of press releases',
    'link: Go Top',
  ],
};

const CONTENT = {
  home: {
    'zh-TW': [
      'link: 測試新聞稿：圖片與格式',
      'link: 測試新聞稿：僅有中文版',
      'link: 測試新聞稿 15',
      'link: 測試新聞稿 14',
      'link: 測試新聞稿 13',
      'link: 測試新聞稿 12',
      'link: 所有新聞稿',
      'link: 測試標籤甲',
      'link: 測試標籤乙',
      'link: 2024 年',
      'link: 2023 年',
      'link: 2020 年',
    ],
    en: [
      'link: Test fixture: images and formatting',
      'link: Test fixture release 15',
      'link: Test fixture release 14',
      'link: Test fixture release 13',
      'link: Test fixture release 12',
      'link: Test fixture release 11',
      'link: All press releases',
      'link: Test tag A',
      'link: Test tag B',
      'link: 2024',
      'link: 2023',
    ],
  },
  release: {
    'zh-TW': ['link: 首頁', 'link: 新聞稿', 'link: 測試單位', 'link: 外部連結', 'link: 測試標籤甲', 'link: 測試標籤乙'],
    // The sanitized "javascript:" link has no href left, so it is no longer a Tab stop.
    en: ['link: Home', 'link: Press releases', 'link: Test Unit', 'link: An external link', 'link: Test tag A', 'link: Test tag B'],
  },
};

for (const site of LOCALES) {
  for (const [pageName, path] of [
    ['home', '/'],
    ['release', '/press/fixture-rich'],
  ] as const) {
    // One locale in each theme, so that both palettes' focus indicators are measured.
    const colorScheme = site.locale === 'en' ? 'dark' : 'light';

    test(`the whole tab order of the ${pageName} page (${site.locale}, ${colorScheme}): visible focus, no trap`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url(site.prefix, path));
      await waitForHydration(page, site.themeToggle);

      const { stops, trapped } = await walkTabOrder(page);
      expect(trapped, 'the focus never left the page').toBe(false);
      expect(stops.map((s) => s.stop)).toEqual([
        ...HEADER[site.locale],
        ...CONTENT[pageName][site.locale],
        ...FOOTER[site.locale],
      ]);
      for (const { stop, outlineStyle, outlineWidth, contrast } of stops) {
        expect(outlineStyle, stop).not.toBe('none');
        expect(outlineWidth, stop).toBeGreaterThanOrEqual(2);
        expect(contrast, stop).toBeGreaterThanOrEqual(3);
      }
    });
  }

  test(`access keys U, C and Z jump to their areas (${site.locale})`, async ({ page }) => {
    await page.goto(url(site.prefix, '/press/fixture-01'));
    for (const [key, area] of [
      ['U', 'header'],
      ['C', 'main'],
      ['Z', 'footer'],
    ] as const) {
      const anchor = page.locator(`${area} a[accesskey="${key}"]`);
      await expect(anchor).toHaveText(':::');
      await expect(anchor).toHaveAttribute('title', /.+/);
      await pressAccessKey(page, key);
      await expect(anchor).toBeFocused();
    }
  });

  test(`text size: three sizes, Enter and Space, announced, persisted (${site.locale})`, async ({ page }) => {
    await page.goto(url(site.prefix, '/press/fixture-rich'));
    await waitForHydration(page, site.themeToggle);
    const group = page.getByRole('group', { name: site.locale === 'en' ? 'Text size' : '文字大小' });
    const [small, medium, large] = site.locale === 'en' ? ['Small', 'Medium', 'Large'] : ['小', '中', '大'];
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await expect(group.getByRole('button', { name: medium, pressed: true })).toBeVisible();
    expect(await fontSize()).toBe(16);

    await group.getByRole('button', { name: large! }).focus();
    await page.keyboard.press('Enter');
    await expect(group.getByRole('button', { name: large, pressed: true })).toBeVisible();
    await expect(group.getByRole('button', { name: medium, pressed: false })).toBeVisible();
    expect(await fontSize()).toBe(20);

    await group.getByRole('button', { name: small! }).focus();
    await page.keyboard.press('Space');
    await expect(group.getByRole('button', { name: small, pressed: true })).toBeVisible();
    expect(await fontSize()).toBe(14);

    await page.reload();
    // Applied before hydration by the inline script: no flash at the default size.
    expect(await fontSize()).toBe(14);
    await expect(group.getByRole('button', { name: small, pressed: true })).toBeVisible();
  });
}
