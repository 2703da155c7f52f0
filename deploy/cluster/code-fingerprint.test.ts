import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { codeFingerprint } from './code-fingerprint';

let project: string;
const write = (path: string, text: string) => {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
};
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'press-fingerprint-test-'));
  write('app/page.tsx', 'export default 1;');
  write('messages/en.json', '{}');
  write('content/press-releases/a/en.md', '---\ntitle: A\n---\n');
  write('docs/deploying.md', '# Deploying');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const fingerprint = () => codeFingerprint(project, join(project, 'content'));

test('content, docs and build folders do not change the fingerprint: the compile is reused', () => {
  const before = fingerprint();
  write('content/press-releases/b/en.md', '---\ntitle: B\n---\n');
  write('docs/deploying.md', '# Deploying, edited');
  write('.next-cluster/standalone/server.js', '');
  assert.equal(fingerprint(), before);
});

test('code, messages and a moved file change it: the code is compiled again', () => {
  const before = fingerprint();
  write('messages/en.json', '{"a": 1}');
  const afterMessages = fingerprint();
  assert.notEqual(afterMessages, before);
  write('components/New.tsx', '');
  assert.notEqual(fingerprint(), afterMessages);
});

test('a code folder that happens to be named like an excluded one still counts', () => {
  const before = fingerprint();
  write('app/[locale]/content/page.tsx', 'export default 2;');
  const afterContent = fingerprint();
  assert.notEqual(afterContent, before);
  write('components/e2e/.hidden.ts', '');
  assert.notEqual(fingerprint(), afterContent);
});

test('the build environment is part of it', () => {
  const before = fingerprint();
  const saved = process.env.SITE_URL;
  process.env.SITE_URL = 'https://press.example.gov.tw';
  try {
    assert.notEqual(fingerprint(), before);
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
});
