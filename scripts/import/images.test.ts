/**
 * Tests of the importer's image download, against a local HTTP server serving
 * generated pictures (these machines reach no other server). All data is made
 * up for the tests; none of it is the ministry's news.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { loadContentTree } from '../../content-layer/load';
import { downloadReleaseImages } from './images';
import { convertRecord } from './moda';

const made: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'import-images-'));
  made.push(path);
  return path;
};

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 27, g: 127, b: 90 } } });

let server: Server;
let base: string;
const requests: string[] = [];

before(async () => {
  const files: Record<string, { type: string; body: Buffer }> = {
    '/copyright/MODA/one.jpg': { type: 'image/jpeg', body: await picture(1600, 900).jpeg().toBuffer() },
    // A PNG behind a .jpg address and a misleading type: the bytes decide.
    '/copyright/MODA/two.jpg': { type: 'application/octet-stream', body: await picture(640, 480).png().toBuffer() },
    '/copyright/MODA/page.jpg': { type: 'text/html', body: Buffer.from('<!doctype html><title>Not found</title>') },
  };
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const file = files[request.url ?? ''];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.close();
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

function testPage(title: string, images: unknown[]) {
  return {
    title,
    createDate: '2099-01-15',
    unit: 'Department of Test Data',
    paragraphs: ['A made-up paragraph for the image download tests.'],
    images,
    attachments: [],
    links: [],
    videos: [],
    tags: [],
    url: 'https://example.test/press/press-releases/9001.html',
    source: { repository: 'example/test-site', path: 'press/press-releases/9001.html', commit: '0'.repeat(40) },
  };
}

const IMAGES = [
  { src: 'https://moda.gov.tw/copyright/MODA/one.jpg', alt: '', caption: 'Test photo (1/4)' },
  { src: 'https://moda.gov.tw/copyright/MODA/two.jpg', alt: 'A made-up test picture', caption: null },
  { src: 'https://moda.gov.tw/copyright/MODA/missing.jpg', alt: '', caption: 'Test photo (3/4)' },
  { src: 'https://moda.gov.tw/copyright/MODA/page.jpg', alt: '', caption: 'Test photo (4/4)' },
];

const RECORD = {
  id: '9001',
  'zh-TW': testPage('測試資料：圖片下載', IMAGES),
  en: testPage('TEST DATA: image download', IMAGES),
};

describe('downloading a release\'s images (--images)', () => {
  test('saves each into the release folder once, names it by file with its size, and keeps what fails remote', async () => {
    const { release } = convertRecord(RECORD, 0);
    const root = folder();
    const target = join(root, 'press-releases', '9001');
    requests.length = 0;
    const { release: local, unmapped, downloaded } = await downloadReleaseImages(release!, target, { base });

    assert.equal(downloaded, 2);
    // Both languages show the same photos: each address fetched once, from the mirror, under its own path.
    assert.deepEqual(requests.sort(), ['/copyright/MODA/missing.jpg', '/copyright/MODA/one.jpg', '/copyright/MODA/page.jpg', '/copyright/MODA/two.jpg']);
    assert.deepEqual(readdirSync(target).sort(), ['one.jpg', 'two.png']);

    const en = local.files.find((file) => file.locale === 'en')!.text;
    assert.match(en, /- src: one\.jpg\n {4}alt: ""\n {4}caption: Test photo \(1\/4\)\n {4}width: 1600\n {4}height: 900\n/);
    assert.match(en, /- src: two\.png\n {4}alt: A made-up test picture\n {4}width: 640\n {4}height: 480\n/);
    assert.match(en, /- src: https:\/\/moda\.gov\.tw\/copyright\/MODA\/missing\.jpg\n/);
    assert.match(en, /- src: https:\/\/moda\.gov\.tw\/copyright\/MODA\/page\.jpg\n/);
    assert.deepEqual(
      unmapped.map((item) => [item.locale, item.field, item.message.replace(base, '<base>')]),
      [
        ['zh-TW', 'images[2].src', 'could not download it from <base>/copyright/MODA/missing.jpg (HTTP 404): kept as https://moda.gov.tw/copyright/MODA/missing.jpg'],
        ['zh-TW', 'images[3].src', '<base>/copyright/MODA/page.jpg is not a JPEG, PNG or WebP image: kept as https://moda.gov.tw/copyright/MODA/page.jpg'],
        ['en', 'images[2].src', 'could not download it from <base>/copyright/MODA/missing.jpg (HTTP 404): kept as https://moda.gov.tw/copyright/MODA/missing.jpg'],
        ['en', 'images[3].src', '<base>/copyright/MODA/page.jpg is not a JPEG, PNG or WebP image: kept as https://moda.gov.tw/copyright/MODA/page.jpg'],
      ],
    );

    // The content layer accepts what was written: the files are there, their sizes agree.
    for (const file of local.files) writeFileSync(join(target, `${file.locale}.md`), file.text);
    const { releases, problems } = loadContentTree(root);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    assert.equal(problems.filter((p) => p.message.includes('pixels')).length, 0);
    assert.deepEqual(
      releases[0]!.versions.en!.images.slice(0, 2).map((image) => [image.src, image.width, image.height, image.local?.format]),
      [
        ['one.jpg', 1600, 900, 'jpeg'],
        ['two.png', 640, 480, 'png'],
      ],
    );
  });

  test('the CLI downloads with --images --image-base, and a second run leaves every file as it was', async () => {
    const root = folder();
    const archive = join(root, 'archive.json');
    writeFileSync(archive, JSON.stringify([RECORD]));
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/content-import.ts', archive, '--out', root, '--images', '--image-base', base]);
    const first = await run();
    assert.match(first.stdout, /2 images downloaded into their releases' folders/);
    assert.match(first.stdout, /images\[2\]\.src: could not download it from/);
    const photo = join(root, 'press-releases', '9001', 'one.jpg');
    const before = statSync(photo).mtimeMs;
    const text = readFileSync(join(root, 'press-releases', '9001', 'en.md'), 'utf8');
    const second = await run();
    assert.match(second.stdout, /\(0 new or changed, 2 unchanged\)/);
    assert.equal(statSync(photo).mtimeMs, before);
    assert.equal(readFileSync(join(root, 'press-releases', '9001', 'en.md'), 'utf8'), text);
  });

  test('the CLI refuses --image-base without --images', async () => {
    await assert.rejects(
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/content-import.ts', 'x.json', '--image-base', 'http://127.0.0.1:1']),
      (error: { stderr: string }) => /--image-base goes with --images/.test(error.stderr),
    );
  });
});
