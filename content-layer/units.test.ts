import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContentTree } from './load';
import { makeContentTree, releaseFile } from './test-tree';
import { parseUnitFile, readUnitFile, unitProblems, unitSlug, UNITS_FILE } from './units';

const UNITS = {
  units: [
    { slug: 'data-innovation', names: { 'zh-TW': '資料創新司', en: 'Department of Data Innovation' } },
    { slug: 'ministry', names: { 'zh-TW': '數位發展部', en: 'Ministry of Digital Affairs' } },
  ],
};

test('a unit is found by its slug, and by its name in its own language only', () => {
  const parsed = parseUnitFile(JSON.stringify(UNITS));
  assert.ok('table' in parsed);
  const { table } = parsed;
  assert.equal(table.unitBySlug('ministry')?.names.en, 'Ministry of Digital Affairs');
  assert.equal(unitSlug(table, { locale: 'zh-TW', unit: '資料創新司' }), 'data-innovation');
  assert.equal(unitSlug(table, { locale: 'en', unit: 'Department of Data Innovation' }), 'data-innovation');
  assert.equal(unitSlug(table, { locale: 'en', unit: '資料創新司' }), undefined);
  assert.equal(table.unitBySlug('nobody'), undefined);
});

test('a broken units file is refused with where and why', () => {
  const problems = (data: unknown) => {
    const parsed = parseUnitFile(typeof data === 'string' ? data : JSON.stringify(data));
    return 'problems' in parsed ? parsed.problems.join('\n') : '';
  };
  assert.match(problems('{'), /not JSON/);
  assert.match(problems({ units: [{ slug: 'Data Innovation', names: UNITS.units[0]!.names }] }), /units\.0\.slug: expected lower-case/);
  assert.match(problems({ units: [{ slug: 'x', names: { 'zh-TW': '某司' } }] }), /units\.0\.names\.en/);
  assert.match(problems({ units: [UNITS.units[0], { ...UNITS.units[1], slug: 'data-innovation' }] }), /units\.1\.slug: "data-innovation" is used twice/);
  assert.match(problems({ units: [UNITS.units[0], { ...UNITS.units[1], names: { ...UNITS.units[1]!.names, en: 'Department of Data Innovation' } }] }), /units\.1\.names\.en: .* used twice/);
});

test('no units file is an empty table; every release then lacks a slug', () => {
  const root = makeContentTree({ 'a/zh-TW.md': releaseFile({ unit: '數位發展部' }) });
  assert.deepEqual(readUnitFile(root).table.units, []);
  const problems = unitProblems(root, loadContentTree(root).releases);
  assert.equal(problems.length, 1);
});

test('content checks name the release, the field and the fix for a unit without a slug', () => {
  const root = makeContentTree({
    'known/zh-TW.md': releaseFile({ unit: '數位發展部' }),
    'known/en.md': releaseFile({ unit: 'Ministry of Digital Affairs' }),
    'unknown/en.md': releaseFile({ unit: 'Department of Nothing' }),
  });
  writeFileSync(join(root, UNITS_FILE), JSON.stringify(UNITS));
  const problems = unitProblems(root, loadContentTree(root).releases);
  assert.equal(problems.length, 1);
  const [problem] = problems;
  assert.equal(problem!.severity, 'error');
  assert.match(problem!.path, /press-releases\/unknown\/en\.md$/);
  assert.equal(problem!.field, 'unit');
  assert.equal(problem!.line, 4);
  assert.match(problem!.message, /"Department of Nothing" is not a unit of .*units\.json: .*add the unit with its URL slug/);
});

test('the shipped units file covers every unit the shipped releases name', () => {
  const problems = unitProblems('content', loadContentTree('content').releases);
  assert.deepEqual(problems, []);
});
