import { expect, test } from '@playwright/test';

const titles = (page: import('@playwright/test').Page) =>
  page.locator('main .release-list h2').allTextContents();

test.describe('press list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists 15 releases a page, newest first, with next and previous links', async ({ page }) => {
    await page.goto('/press');
    await expect(page.getByText('共 20 則新聞稿（第 1 頁，共 2 頁）')).toBeVisible();
    const first = await titles(page);
    expect(first).toHaveLength(15);
    expect(first.slice(0, 3)).toEqual(['測試新聞稿：圖片與格式', '測試新聞稿：僅有中文版', '測試新聞稿 15']);
    expect(first.at(-1)).toBe('測試新聞稿 03');

    const pagination = page.getByRole('navigation', { name: '新聞稿分頁' });
    await expect(pagination.getByRole('link', { name: '上一頁' })).toHaveCount(0);
    await pagination.getByRole('link', { name: '下一頁' }).click();
    await expect(page).toHaveURL(/\/press\?page=2$/);
    expect(await titles(page)).toEqual([
      '測試新聞稿 02',
      '測試新聞稿 01',
      '測試新聞稿：英文版仍是草稿',
      '唐鳳部長與駐台北韓國代表李殷鎬會面 期許臺韓攜手強化資安聯防',
      '測試新聞稿：惡意內容',
    ]);
    await expect(pagination.getByRole('link', { name: '第 2 頁' })).toHaveAttribute('aria-current', 'page');

    await pagination.getByRole('link', { name: '上一頁' }).click();
    await expect(page).toHaveURL(/\/press$/);
    expect(await titles(page)).toEqual(first);
  });

  test('English has its own count and pages', async ({ page }) => {
    await page.goto('/en/press?page=2');
    await expect(page.getByText('17 press releases (page 2 of 2)')).toBeVisible();
    expect(await titles(page)).toEqual([
      'Test fixture release 01',
      'Minister Audrey Tang Met with Representative Eun-ho Lee of Korean Mission in Taipei, Hoping for Taiwan-Korea Cooperation in Strengthening Cybersecurity Defense',
    ]);
  });

  test('the language switch keeps the page where the other language has it', async ({ page }) => {
    await page.goto('/press?page=2');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/press?page=2');
  });
});

test('drafts and scheduled releases are on no public page', async ({ page, request }) => {
  for (const path of ['/', '/en', '/press', '/press?page=2', '/en/press', '/en/press?page=2']) {
    const html = await (await request.get(path)).text();
    for (const secret of [/fixture-draft(?!-)/, /fixture-draft-edit/, /fixture-scheduled/, /測試草稿/, /測試排程/, /Test draft/, /Test scheduled/, /English still a draft/]) {
      expect(html, `${path} mentions ${secret}`).not.toMatch(secret);
    }
  }
  for (const path of ['/press/fixture-draft', '/en/press/fixture-draft', '/press/fixture-scheduled', '/press/fixture-draft-edit', '/en/press/fixture-partial-draft']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  await page.goto('/');
  await expect(page.locator('main .release-list li')).toHaveCount(5);
});
