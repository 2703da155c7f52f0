import { expect, test } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';
import { LOCALES } from './support/site';

// fixture-rich has three local images (lead.jpg 1600×1000, detail.png 800×600
// with alt: "", chart.webp 1200×800: made-up test pictures) and a remote-style
// one (/icon.svg) with width and height in its front matter.

const LEAD_CAPTION = { 'zh-TW': '首圖說明（測試）', en: 'Lead image caption (test)' } as const;

for (const site of LOCALES) {
  test(`release photos (${site.locale}): lead under the title, gallery after the body, sized, served, no layout shift`, async ({
    page,
    request,
  }) => {
    // What moved after the page's load event (the measure), and which elements, should anything.
    await recordLayoutShifts(page);
    const response = await page.goto(`${site.prefix}/press/fixture-rich`);
    expect(response?.status()).toBe(200);

    // The lead image: between the release's details and its body, with its caption, fetched first.
    const lead = page.locator('article > figure.release__lead-image');
    await expect(lead.locator('figcaption')).toHaveText(LEAD_CAPTION[site.locale]);
    await expect(page.locator('article > dl.release__meta + figure + .release__body')).toHaveCount(1);
    const leadImage = lead.locator('img');
    await expect(leadImage).toHaveAttribute('width', '1600');
    await expect(leadImage).toHaveAttribute('height', '1000');
    await expect(leadImage).toHaveAttribute('fetchpriority', 'high');
    await expect(leadImage).not.toHaveAttribute('loading', 'lazy');

    // The rest: a gallery after the body, loaded lazily, every image sized.
    const gallery = page.locator('.release__body ~ .release__images img');
    await expect(gallery).toHaveCount(3);
    for (const image of await gallery.all()) {
      await expect(image).toHaveAttribute('loading', 'lazy');
      await expect(image).toHaveAttribute('width', /^[1-9]\d*$/);
      await expect(image).toHaveAttribute('height', /^[1-9]\d*$/);
    }
    await expect(gallery.nth(0)).toHaveAttribute('alt', '');

    // Every size of every local image answers 200 with an image type, cacheable for good.
    const local = page.locator('img[srcset]');
    await expect(local).toHaveCount(3);
    const urls = new Set<string>();
    for (const image of await local.all()) {
      const srcset = (await image.getAttribute('srcset'))!;
      for (const candidate of srcset.split(', ')) {
        const [url, width] = candidate.split(' ');
        expect(url).toMatch(/^\/media\/fixture-rich\/[0-9a-f]{16}\/\d+\/(lead\.jpg|detail\.png|chart\.webp)$/);
        expect(width).toMatch(/^\d+w$/);
        urls.add(url!);
      }
      urls.add((await image.getAttribute('src'))!);
    }
    expect(urls.size).toBe(5 + 3 + 4);
    for (const url of urls) {
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      const type = url.endsWith('.jpg') ? 'image/jpeg' : url.endsWith('.png') ? 'image/png' : 'image/webp';
      expect(answer.headers()['content-type'], url).toBe(type);
      expect(answer.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
      expect(answer.headers()['x-content-type-options'], url).toBe('nosniff');
    }

    // Scrolled through, every image loads (the browser picks from srcset), and nothing ever moved.
    await page.locator('.release__images').scrollIntoViewIfNeeded();
    await page.locator('footer').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('img').evaluateAll((images) => images.filter((i) => !(i as HTMLImageElement).complete || !(i as HTMLImageElement).naturalWidth).length))
      .toBe(0);
    expect(await layoutShifts(page, { afterLoad: true, ignoreInput: true })).toEqual([]);

    // On paper: the lead image only.
    await page.emulateMedia({ media: 'print' });
    await expect(leadImage).toBeVisible();
    await expect(page.locator('.release__images')).toBeHidden();
  });
}

test('a remote image whose size front matter does not give holds a 4:3 box, as lead and in the gallery, loaded or not', async ({ page }) => {
  await page.goto('/press/fixture-rich');
  // As a remote image without width and height is rendered; its source never answers, as on a machine that cannot reach it.
  const boxes = await page.locator('.release__lead-image img, .release__images .gallery img').evaluateAll((images) =>
    images.map((image) => {
      image.removeAttribute('srcset');
      image.removeAttribute('width');
      image.removeAttribute('height');
      image.setAttribute('src', 'data:,');
      const { width, height } = image.getBoundingClientRect();
      return Math.round((width / height) * 100) / 100;
    }),
  );
  expect(boxes).toEqual([1.33, 1.33, 1.33, 1.33]);
});

test('image URLs that name nothing are clean 404s, never 500s; a size is made once and revalidates', async ({ request, page }) => {
  await page.goto('/press/fixture-rich');
  const src = (await page.locator('.release__lead-image img').getAttribute('src'))!;
  const [, , slug, version, width, file] = src.split('/');
  expect(`/media/${slug}/${version}/${width}/${file}`).toBe(src);
  for (const path of [
    `/media/no-such-release/${version}/${width}/${file}`,
    `/media/${slug}/${version}/${width}/missing.jpg`,
    `/media/${slug}/ffffffffffffffff/${width}/${file}`,
    `/media/${slug}/${version}/700/${file}`,
    `/media/${slug}/${version}/1920/${file}`,
    `/media/${slug}/${version}/${width}/..%2Fen.md`,
    `/media/${slug}/${version}/${width}/%2E%2E%2F%2E%2E%2Fpackage.json`,
    `/media/..%2F..%2F/${version}/${width}/${file}`,
    `/media/fixture-draft/${version}/${width}/${file}`,
    `/media/${slug}/${version}/${width}/en.md`,
  ]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()['cache-control'], path).toMatch(/no-store/);
  }
  const first = await request.get(src);
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag']!;
  expect(etag).toBe(`"${version}-${width}"`);
  const again = await request.get(src, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  const head = await request.head(src);
  expect(head.status()).toBe(200);
  expect(head.headers()['content-type']).toBe('image/jpeg');
});
