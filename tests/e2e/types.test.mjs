// The generated TypeScript types (www/gdpr-fine-simulator.d.ts, from the Rust types) compile
// under `tsc --strict`, accept how a page uses the widget (tests/types/usage.ts) and refuse what
// the schema refuses (tests/types/refused.ts: one error on each of its `export const` lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = (file) =>
  spawnSync('node_modules/.bin/tsc', ['--strict', '--noEmit', '--lib', 'es2020,dom', '--module', 'es2020', '--moduleResolution', 'bundler', file], {
    cwd: root,
    encoding: 'utf8',
  });

test('a page using the widget type-checks against the generated types', () => {
  const r = tsc('tests/types/usage.ts');
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the generated types refuse what the schema refuses, each on its own line', () => {
  const r = tsc('tests/types/refused.ts');
  const lines = readFileSync(`${root}/tests/types/refused.ts`, 'utf8').split('\n');
  const expected = lines.flatMap((l, i) => (l.startsWith('export const') ? [i + 1] : []));
  const found = [...r.stdout.matchAll(/refused\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1]));
  assert.deepEqual([...new Set(found)].sort((a, b) => a - b), expected, r.stdout);
});
