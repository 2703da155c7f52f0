import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentVersion, imageInfo, imageWidths, isLocalImage, shareableImage } from './images';
import { loadContentTree } from './load';
import { answerMedia, copyReleaseImages, findLocalImage, parseMediaPath } from './media';
import { ReleaseIndex } from './releases';
import { frontMatterSchema } from './schema';
import { makeContentTree, releaseFile } from './test-tree';

// Made-up TEST DATA: generated pictures, not ministry content.

const made: string[] = [];
after(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});
const kept = (folder: string) => (made.push(folder), folder);

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 11, g: 92, b: 173 } } });

const withImages = (images: string, fields: Record<string, string | boolean> = {}) =>
  releaseFile(fields).replace('---\n\n', `images:\n${images}---\n\n`);

describe('image files', () => {
  test('reads the format and size of JPEG, PNG and WebP from their headers', async () => {
    assert.deepEqual(imageInfo(await picture(640, 480).jpeg().toBuffer()), { format: 'jpeg', width: 640, height: 480 });
    assert.deepEqual(imageInfo(await picture(300, 200).png().toBuffer()), { format: 'png', width: 300, height: 200 });
    assert.deepEqual(imageInfo(await picture(1200, 800).webp().toBuffer()), { format: 'webp', width: 1200, height: 800 });
    assert.deepEqual(imageInfo(await picture(500, 400).webp({ lossless: true }).toBuffer()), { format: 'webp', width: 500, height: 400 });
    assert.equal(imageInfo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
    assert.equal(imageInfo(Buffer.alloc(0)), null);
  });

  test('gives a JPEG turned by its EXIF orientation its upright size', async () => {
    const turned = await picture(640, 480).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    assert.deepEqual(imageInfo(turned), { format: 'jpeg', width: 480, height: 640 });
  });

  test('offers the standard widths below an image, never wider than it or than 1920', () => {
    assert.deepEqual(imageWidths(1600), [320, 640, 960, 1280, 1600]);
    assert.deepEqual(imageWidths(640), [320, 640]);
    assert.deepEqual(imageWidths(200), [200]);
    assert.deepEqual(imageWidths(4000), [320, 640, 960, 1280, 1920]);
  });

  test('takes a bare file name in the release folder, an https URL or a public path, and nothing that leaves the folder', () => {
    const parse = (src: string) =>
      frontMatterSchema.safeParse({ title: 't', date: '2024-01-01', unit: 'u', images: [{ src, alt: '' }] }).success;
    for (const good of ['photo.jpg', 'Photo_2.JPEG', 'a-b.c.png', 'x.webp', 'https://moda.gov.tw/a.jpg', '/icon.svg']) {
      assert.ok(parse(good), good);
    }
    for (const bad of ['../photo.jpg', 'sub/photo.jpg', '.hidden.jpg', 'photo.gif', 'photo.svg', 'http://example.org/a.jpg', 'photo .jpg']) {
      assert.ok(!parse(bad), bad);
      assert.ok(!isLocalImage(bad), bad);
    }
  });

  test('wants both width and height, or neither', () => {
    const parse = (extra: object) =>
      frontMatterSchema.safeParse({ title: 't', date: '2024-01-01', unit: 'u', images: [{ src: 'https://moda.gov.tw/a.jpg', alt: '', ...extra }] });
    assert.ok(parse({ width: 800, height: 600 }).success);
    assert.ok(!parse({ width: 800 }).success);
    assert.ok(!parse({ width: 0, height: 600 }).success);
    assert.ok(!parse({ width: 800.5, height: 600 }).success);
  });
});

describe('loading a release with local images', () => {
  test('gives each its size and content version; a missing or unreadable file is an error', async () => {
    const jpeg = await picture(1600, 900).jpeg().toBuffer();
    const root = kept(
      makeContentTree({
        'good/en.md': withImages('  - src: lead.jpg\n    alt: A test picture\n  - src: https://moda.gov.tw/a.jpg\n    alt: ""\n    width: 800\n    height: 600\n'),
        'good/lead.jpg': jpeg,
        'missing/en.md': withImages('  - src: gone.jpg\n    alt: ""\n'),
        'broken/en.md': withImages('  - src: fake.png\n    alt: ""\n'),
        'broken/fake.png': 'not a picture',
        'wrong-size/en.md': withImages('  - src: lead.jpg\n    alt: ""\n    width: 10\n    height: 10\n'),
        'wrong-size/lead.jpg': jpeg,
      }),
    );
    const { releases, problems } = loadContentTree(root);
    const images = releases.find((r) => r.slug === 'good')!.versions.en!.images;
    assert.deepEqual(images[0], {
      src: 'lead.jpg',
      alt: 'A test picture',
      width: 1600,
      height: 900,
      local: { file: 'lead.jpg', version: contentVersion(jpeg), format: 'jpeg' },
    });
    assert.deepEqual(images[1], { src: 'https://moda.gov.tw/a.jpg', alt: '', width: 800, height: 600 });
    assert.deepEqual(
      releases.map((r) => r.slug),
      ['good', 'wrong-size'],
    );
    const errors = problems.filter((p) => p.severity === 'error');
    assert.equal(errors.length, 2);
    assert.match(errors.find((p) => p.path.includes('missing'))!.message, /no file gone\.jpg in the release's folder/);
    assert.equal(errors.find((p) => p.path.includes('missing'))!.field, 'images[0].src');
    assert.match(errors.find((p) => p.path.includes('broken'))!.message, /not a readable JPEG, PNG or WebP/);
    const warning = problems.find((p) => p.path.includes('wrong-size') && p.field === 'images[0].width');
    assert.match(warning!.message, /is 1600×900 pixels, not 10×10/);
    assert.equal(releases.find((r) => r.slug === 'wrong-size')!.versions.en!.images[0]!.width, 1600);
  });

  test('shares a local image at up to 1280 pixels wide', async () => {
    const root = kept(makeContentTree({ 'a/en.md': withImages('  - src: p.png\n    alt: ""\n'), 'a/p.png': await picture(1600, 1000).png().toBuffer() }));
    const image = loadContentTree(root).releases[0]!.versions.en!.images[0]!;
    assert.deepEqual(shareableImage('a', image), { url: `/media/a/${image.local!.version}/1280/p.png`, width: 1280, height: 800 });
  });
});

describe('the image route', () => {
  test('refuses malformed and traversing paths before anything is read', () => {
    assert.deepEqual(parseMediaPath('a-1', '0123456789abcdef', '640', 'p.jpg'), { slug: 'a-1', version: '0123456789abcdef', width: 640, file: 'p.jpg' });
    for (const [slug, version, width, file] of [
      ['..', '0123456789abcdef', '640', 'p.jpg'],
      ['a', '0123456789abcdef', '640', '..%2Fen.md'],
      ['a', '0123456789abcdef', '640', '../en.md'],
      ['a', '0123456789abcdef', '640', 'en.md'],
      ['a', '0123456789ABCDEF', '640', 'p.jpg'],
      ['a', 'short', '640', 'p.jpg'],
      ['a', '0123456789abcdef', '0640', 'p.jpg'],
      ['a', '0123456789abcdef', '-1', 'p.jpg'],
      ['A', '0123456789abcdef', '640', 'p.jpg'],
    ]) {
      assert.equal(parseMediaPath(slug!, version!, width!, file!), null, `${slug}/${version}/${width}/${file}`);
    }
  });

  test('makes each offered width once, from the build copy, and 404s anything else; drafts only for staff', async () => {
    const jpeg = await picture(1600, 900).jpeg().toBuffer();
    const root = kept(
      makeContentTree({
        'pub/en.md': withImages('  - src: lead.jpg\n    alt: ""\n'),
        'pub/lead.jpg': jpeg,
        'secret/en.md': withImages('  - src: lead.jpg\n    alt: ""\n', { draft: true }),
        'secret/lead.jpg': jpeg,
      }),
    );
    const { releases } = loadContentTree(root);
    const folders = { media: kept(mkdtempSync(join(tmpdir(), 'media-'))), cache: kept(mkdtempSync(join(tmpdir(), 'cache-'))) };
    assert.equal(copyReleaseImages(releases, root, folders.media), 1);
    const publicIndex = new ReleaseIndex(releases);
    const image = findLocalImage(publicIndex, 'pub', 'lead.jpg')!;
    const version = image.local!.version;

    const answer = await answerMedia({ slug: 'pub', version, width: 640, file: 'lead.jpg' }, image, root, folders);
    assert.equal(answer.status, 200);
    if (answer.status !== 200) return;
    assert.equal(answer.contentType, 'image/jpeg');
    assert.equal(answer.etag, `"${version}-640"`);
    assert.deepEqual(await sharp(answer.body).metadata().then(({ width, height }) => ({ width, height })), { width: 640, height: 360 });
    assert.deepEqual(readdirSync(folders.cache), [`${version}-640.jpg`]);

    // Served from the build's copy even once the content folder's file is replaced.
    writeFileSync(join(root, 'press-releases', 'pub', 'lead.jpg'), await picture(100, 100).jpeg().toBuffer());
    const later = await answerMedia({ slug: 'pub', version, width: 1280, file: 'lead.jpg' }, image, root, folders);
    assert.equal(later.status, 200);

    for (const asked of [
      { slug: 'pub', version, width: 700, file: 'lead.jpg' },
      { slug: 'pub', version, width: 1920, file: 'lead.jpg' },
      { slug: 'pub', version: 'ffffffffffffffff', width: 640, file: 'lead.jpg' },
    ]) {
      assert.equal((await answerMedia(asked, image, root, folders)).status, 404, JSON.stringify(asked));
    }
    assert.equal(findLocalImage(publicIndex, 'pub', 'other.jpg'), undefined);
    assert.equal(findLocalImage(publicIndex, 'secret', 'lead.jpg'), undefined);
    assert.ok(findLocalImage(new ReleaseIndex(releases, 'staff'), 'secret', 'lead.jpg'));
  });

  test('without a build copy, serves the content folder only while its file has the version asked for', async () => {
    const png = await picture(800, 600).png().toBuffer();
    const root = kept(makeContentTree({ 'a/en.md': withImages('  - src: p.png\n    alt: ""\n'), 'a/p.png': png }));
    const image = findLocalImage(new ReleaseIndex(loadContentTree(root).releases), 'a', 'p.png')!;
    const folders = { media: join(root, 'no-build'), cache: kept(mkdtempSync(join(tmpdir(), 'cache-'))) };
    const asked = { slug: 'a', version: image.local!.version, width: 320, file: 'p.png' };
    assert.equal((await answerMedia(asked, image, root, folders)).status, 200);
    writeFileSync(join(root, 'press-releases', 'a', 'p.png'), await picture(800, 600).png({ compressionLevel: 1 }).tint('#ff0000').toBuffer());
    assert.equal((await answerMedia({ ...asked, width: 640 }, image, root, folders)).status, 404);
  });
});
