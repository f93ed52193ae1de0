/** The benchmark's corpus is distinct cables of the project's layouts, not copies that the build would collate as witnesses. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variant, writeBenchCorpus } from '../../src/bench-corpus.js';
import { findWitnesses } from '../../src/build/witnesses.js';
import { ingest } from '../../src/ingest/index.js';
import { Reporter } from '../../src/diagnostics.js';
import { CABLES, PROJECT_WITNESSES, ROOT } from '../helpers/ingest.js';

describe('the bench corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  writeBenchCorpus(dir, 3 * CABLES.length);
  const txt = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();

  it('has N cables, the project’s first, then variants that differ from them and keep their layout', () => {
    expect(txt).toHaveLength(3 * CABLES.length);
    CABLES.forEach((stem, i) => {
      const original = readFileSync(join(ROOT, 'cables', `${stem}.txt`), 'utf8');
      expect(readFileSync(join(dir, txt[i]!), 'utf8')).toBe(original);
      const v = readFileSync(join(dir, txt[i + CABLES.length]!), 'utf8');
      expect(v).not.toBe(original);
      expect(v.split('\n')).toHaveLength(original.split('\n').length);
      const shape = (text: string, name: string) => ingest(Buffer.from(text), name, new Reporter(name))?.cable.shape;
      expect(shape(v, 'v')).toBe(shape(original, 'o'));
    });
  });

  it('groups as witnesses only the copies the project’s own cables hold', () => {
    const found = findWitnesses(txt.map((n) => ({ stem: n.slice(0, -4), path: join(dir, n) })));
    expect(found.groups.map((g) => g.stems.length)).toEqual(PROJECT_WITNESSES.groups.map((g) => g.stems.length));
  });

  it('is the same every time', () => {
    const text = readFileSync(join(ROOT, 'cables', `${CABLES[0]}.txt`), 'utf8');
    expect(variant(text, 7)).toBe(variant(text, 7));
    expect(variant(text, 7)).not.toBe(variant(text, 8));
  });
});
