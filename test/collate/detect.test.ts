/** Finding witnesses: copies of one telegram are grouped, telegrams on one subject are not, and the cost is linear. */
import { describe, expect, it } from 'vitest';
import { containmentOf, groupWitnesses, MAX_BUCKET, shingles, signature, THRESHOLD, type Signature } from '../../src/collate/detect.js';
import { COPY, ORIGINAL, SAME_SUBJECT, tokensOf } from './helpers.js';

const wordsOf = (text: string): string[] => tokensOf(text).filter((t) => t.kind === 'word').map((t) => t.norm);

describe('witness detection', () => {
  it('groups two copies that differ by a lacuna, a spelling, a gloss, supplied letters and paragraphing', () => {
    const groups = groupWitnesses([signature('a', wordsOf(ORIGINAL)), signature('b', wordsOf(COPY))]);
    expect(groups.map((g) => g.stems)).toEqual([['a', 'b']]);
    expect(groups[0]!.pairs[0]!.containment).toBeGreaterThanOrEqual(THRESHOLD);
    expect(groups[0]!.id).toBe('a');
  });

  it('does not group two telegrams on the same subject', () => {
    const [a, c] = [signature('a', wordsOf(ORIGINAL)), signature('c', wordsOf(SAME_SUBJECT))];
    expect(groupWitnesses([a, c])).toEqual([]);
    // Not by a hair: the two share almost no five-word sequence.
    expect(containmentOf(jaccard(a, c), a.size, c.size)).toBeLessThan(0.15);
  });

  it('groups the copies among other cables, and joins a third copy to them', () => {
    const third = ORIGINAL.replace('tomorrow', 'in the morning').replace('casting vote', 'deciding vote');
    const groups = groupWitnesses([signature('c', wordsOf(SAME_SUBJECT)), signature('b', wordsOf(COPY)), signature('x', wordsOf(third)), signature('a', wordsOf(ORIGINAL))]);
    expect(groups.map((g) => g.stems)).toEqual([['a', 'b', 'x']]);
  });

  it('finds the project’s two copies of the cable of 3 July 1945, and nothing else, in cables/', async () => {
    const { buildFile, CABLES } = await import('../helpers/ingest.js');
    const { witnessTokens } = await import('../../src/collate/text.js');
    const sigs = CABLES.map((s) => signature(s, witnessTokens(buildFile(`cables/${s}.txt`).cable).filter((t) => t.kind === 'word').map((t) => t.norm)));
    expect(groupWitnesses(sigs).map((g) => g.stems)).toEqual([['001_1b218d7b1150b741', '003_00770a608ea074b4']]);
  });

  it('never groups a cable too short to tell from a quotation', () => {
    const short = 'The delegate called on me this afternoon.';
    expect(groupWitnesses([signature('a', wordsOf(ORIGINAL)), signature('s', wordsOf(short))])).toEqual([]);
  });

  it('cuts a word sequence into distinct five-word shingles', () => {
    expect(shingles('a b c d e f'.split(' ')).size).toBe(2);
    expect(shingles('a b c d e a b c d e'.split(' ')).size).toBe(5);
    expect(shingles([]).size).toBe(0);
  });

  it('compares only the cables that share a bucket: candidates grow with the corpus, not with its square', () => {
    const stats = [1000, 4000].map((n) => {
      const sigs = corpus(n);
      const s = { candidates: 0 };
      const t0 = performance.now();
      const groups = groupWitnesses(sigs, THRESHOLD, s);
      return { n, candidates: s.candidates, ms: performance.now() - t0, groups };
    });
    for (const s of stats) {
      // Every planted pair of copies is found, and nothing else.
      expect(s.groups.length).toBe(s.n / 100);
      expect(s.groups.every((g) => g.stems.length === 2 && g.stems[1] === `${g.stems[0]}-copy`)).toBe(true);
      // A quadratic comparison would look at n²/2 pairs (500,000 and 8,000,000).
      expect(s.candidates).toBeLessThan(s.n * 2);
    }
    expect(MAX_BUCKET).toBeGreaterThan(2);
  });
});

function jaccard(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < a.mins.length; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / a.mins.length;
}

/** n synthetic cables of random words from one vocabulary (so that they share words, as cables on one subject do), one in a hundred with a copy. */
function corpus(n: number): Signature[] {
  let seed = 12345;
  const rand = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % k;
  };
  const vocabulary = Array.from({ length: 800 }, (_, i) => `w${i}`);
  const out: Signature[] = [];
  for (let i = 0; out.length < n; i++) {
    const words = Array.from({ length: 150 + rand(100) }, () => vocabulary[rand(vocabulary.length)]!);
    const stem = `c${String(i).padStart(5, '0')}`;
    out.push(signature(stem, words));
    if (i % 99 === 0 && out.length < n) {
      const copy = words.slice();
      copy[10] = 'illegible';
      copy.splice(40, 3);
      out.push(signature(`${stem}-copy`, copy));
    }
  }
  return out;
}
