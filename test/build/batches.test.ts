/** Validation in bounded batches: no call of xmllint-wasm gets more files or characters than it handles safely, and a corpus of any size validates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batches } from '../../src/build.js';
import { loadRng } from '../../src/schemas.js';
import { validateTei } from '../../src/validate/index.js';
import { ROOT } from '../helpers/ingest.js';

describe('batches', () => {
  it('hold at most so many files and characters, in order, every file once', () => {
    const files = Array.from({ length: 7 }, (_, i) => ({ path: `f${i}`, contents: 'x'.repeat(i === 3 ? 50 : 10) }));
    const made = batches(files, 3, 40);
    expect(made.map((b) => b.map((f) => f.path))).toEqual([['f0', 'f1', 'f2'], ['f3'], ['f4', 'f5', 'f6']]);
    expect(batches([], 3, 40)).toEqual([]);
  });

  it('validate a corpus of many files, one error found in its own file', async () => {
    const tei = readFileSync(`${ROOT}tei/004_ee78402f5728550e.xml`, 'utf8');
    const files = Array.from({ length: 450 }, (_, i) => ({ path: `tei/c${i}.xml`, contents: i === 321 ? tei.replace('<body>', '<body><bogus/>') : tei }));
    const schema = loadRng(`${ROOT}schema`, 'tei-cable.rng');
    const problems = [];
    for (const batch of batches(files)) problems.push(...(await validateTei(batch, schema)));
    expect(batches(files).length).toBe(3);
    expect([...new Set(problems.filter((d) => d.severity === 'error').map((d) => d.file))]).toEqual(['tei/c321.xml']);
  }, 120_000);
});
