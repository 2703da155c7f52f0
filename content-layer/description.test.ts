import assert from 'node:assert/strict';
import { test } from 'node:test';
import { releaseDescription } from './description';
import { loadContentTree } from './load';
import { makeContentTree, releaseFile } from './test-tree';

const versionOf = (file: string) => loadContentTree(makeContentTree({ 'a/zh-TW.md': file })).releases[0]!.versions['zh-TW']!;

test('a release’s description is its summary when it has one', () => {
  assert.equal(releaseDescription(versionOf(releaseFile({ summary: '摘要。' }, '第一段。\n\n第二段。'))), '摘要。');
});

test('without a summary, the first paragraph as plain text, entities decoded and marks gone', () => {
  const version = versionOf(releaseFile({}, '**數位部**與 [夥伴](https://example.org) 合作 & 推動。\n\n第二段。'));
  assert.equal(releaseDescription(version), '數位部與 夥伴 合作 & 推動。');
  assert.equal(releaseDescription(version), releaseDescription(version));
});

test('a long first paragraph is cut at 160 characters, not inside a character', () => {
  const description = releaseDescription(versionOf(releaseFile({}, '測'.repeat(300))));
  assert.equal(Array.from(description).length, 160);
  assert.ok(description.endsWith('…'));
});
