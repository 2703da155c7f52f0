import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './support/site';

const motion = (page: Page) =>
  page.evaluate(() => ({
    scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    moving: [...document.querySelectorAll('*')].filter((element) => {
      const style = getComputedStyle(element);
      return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
    }).length,
  }));

test('smooth scrolling is on by default, and gone with prefers-reduced-motion', async ({ page }) => {
  await page.goto('/press/fixture-rich');
  expect((await motion(page)).scrollBehavior).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion(page)).toEqual({ scrollBehavior: 'auto', moving: 0 });
});

test('forced colours keep buttons, borders and focus indicators visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/en');
  await waitForHydration(page, 'Toggle Dark/Light Mode');
  for (const button of await page.locator('header button').all()) {
    const border = await button.evaluate((element) => getComputedStyle(element));
    expect(border.borderStyle).toBe('solid');
    expect(parseFloat(border.borderWidth)).toBeGreaterThanOrEqual(1);
  }
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the mark and the Menu’s bars, drawn by the stylesheet, take each theme’s colours and keep them in forced colours', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const drawing = () =>
    page.evaluate(() => {
      const mark = document.querySelector('.brand-mark')!;
      const menu = document.querySelector('.site-menu__toggle')!;
      return {
        tile: getComputedStyle(mark).backgroundColor,
        pixels: getComputedStyle(mark, '::before').backgroundColor,
        node: getComputedStyle(mark, '::after').backgroundColor,
        bars: getComputedStyle(menu, '::before').backgroundColor,
        buttonText: (() => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.cssText = 'color: ButtonText; forced-color-adjust: none';
          const color = getComputedStyle(probe).color;
          probe.remove();
          return color;
        })(),
      };
    });
  // The dark theme's --brand (#8cc4ff), --on-brand (#121417) and --text (#e8eaed).
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/press');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await drawing()).toMatchObject({
    tile: 'rgb(140, 196, 255)',
    pixels: 'rgb(18, 20, 23)',
    node: 'rgb(18, 20, 23)',
    bars: 'rgb(232, 234, 237)',
  });
  // The light theme's --brand (#0b5cad) and --on-brand (white), as public/icon.svg draws them, and --text (#1b1c1f).
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await drawing();
  expect(light).toMatchObject({ tile: 'rgb(11, 92, 173)', pixels: 'rgb(255, 255, 255)', node: 'rgb(255, 255, 255)' });
  expect(light.bars).toBe('rgb(27, 28, 31)');
  // Forced colours would paint every background the system's Canvas, the pixels into the tile, the bars away.
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await drawing();
  expect(forced).toMatchObject({ tile: 'rgb(11, 92, 173)', pixels: 'rgb(255, 255, 255)', node: 'rgb(255, 255, 255)' });
  // The bars in the system's colour for a button's text, whatever the reader's contrast theme.
  expect(forced.bars).toBe(forced.buttonText);
});

test('a release prints without navigation, toggles or banners, black on white, with its address and date', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/press/fixture-rich');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['header', 'footer', 'nav', '.skip-link', '.access-key']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('time').first()).toBeVisible();
  await expect(page.locator('.release__meta')).toContainText('http://localhost:3000/en/press/fixture-rich');
  const colors = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('.release__body p')!).color,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));
  expect(colors).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
});

test('every image has an alt attribute, and phrases in another language are marked', async ({ page }) => {
  for (const path of ['/press/fixture-rich', '/en/press/fixture-rich']) {
    await page.goto(path);
    await expect(page.locator('img:not([alt])')).toHaveCount(0);
  }
  await expect(page.locator('.release__body span[lang="zh-Hant-TW"]')).toHaveText('測試用語');
  await page.goto('/press/fixture-rich');
  await expect(page.locator('.release__body span[lang="en"]')).toHaveText('Test Phrase');
});
