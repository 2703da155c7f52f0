import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';

type JsonFeed = {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: { id: string; url: string; title: string; content_text: string; date_published: string; date_modified?: string; authors: { name: string }[]; tags?: string[]; language: string }[];
};

// (The scheduling fixture due soon after the build may be public by the time the feed is prerendered.)
const PRIVATE = [/fixture-draft/, /fixture-scheduled/, /fixture-removed/, /fixture-replaced/, /測試草稿/, /測試排程：未來才公開/, /Test draft/, /Test scheduled: public in the future/, /English still a draft/, /誤發/];

for (const [json, rss, language] of [
  ['/feed.json', '/feed.xml', 'zh-Hant-TW'],
  ['/en/feed.json', '/en/feed.xml', 'en'],
] as const) {
  test(`${json} is JSON Feed 1.1 with the same items as ${rss}`, async ({ request }) => {
    const response = await request.get(json);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const text = await response.text();
    for (const secret of PRIVATE) expect(text).not.toMatch(secret);
    const feed = JSON.parse(text) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe(language);
    expect(new URL(feed.feed_url).pathname).toBe(json);
    // JSON Feed 1.1: every item has an id and content; dates are RFC 3339.
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    }

    // Both feeds are regenerated at most every minute, each on its own first request after that: compared
    // once both answer from the same moment's list (a retry, never a fixed wait).
    await expect(async () => {
      const feed = (await (await request.get(json)).json()) as JsonFeed;
      const rssFeed = await new Parser().parseString(await (await request.get(rss)).text());
      expect(feed.items.map((item) => item.url)).toEqual(rssFeed.items.map((item) => item.link));
      expect(feed.items.map((item) => item.title)).toEqual(rssFeed.items.map((item) => item.title));
      expect(feed.items.map((item) => Date.parse(item.date_published))).toEqual(rssFeed.items.map((item) => Date.parse(item.pubDate!)));
      expect(feed.items.map((item) => item.content_text)).toEqual(rssFeed.items.map((item) => item.content));
      expect(feed.items.map((item) => item.authors[0]!.name)).toEqual(rssFeed.items.map((item) => item.creator));
      expect(feed.items.map((item) => item.tags ?? [])).toEqual(rssFeed.items.map((item) => item.categories ?? []));
    }).toPass({ timeout: 20_000, intervals: [1000] });
    // A withdrawn release is marked in both, the same way.
    expect(feed.items.some((item) => /^(［已撤回］|\[Withdrawn\])/.test(item.title))).toBe(true);
  });
}

test('every page announces its language’s JSON Feed beside its RSS feed', async ({ page }) => {
  for (const [path, feed] of [
    ['/', '/feed.json'],
    ['/press/fixture-01', '/feed.json'],
    ['/en/press', '/en/feed.json'],
    ['/en/press/no-such-release', '/en/feed.json'],
  ]) {
    await page.goto(path!);
    const advertised = await page.locator('link[rel="alternate"][type="application/feed+json"]').getAttribute('href');
    expect(new URL(advertised!, 'http://x').pathname, path).toBe(feed);
  }
});
