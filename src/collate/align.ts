/**
 * Aligning two sequences of keys (normalised words) as a diff does: the words they share, in order.
 * Common ends are taken first; between them, words that occur once in each side anchor the alignment
 * (patience diff) and the stretches between anchors are aligned the same way; a stretch with no such
 * anchor is aligned by the longest common subsequence when it is small, and left unaligned when it is
 * not (so that no input makes the cost quadratic in a cable's length).
 */

/** The largest stretch (cells of the table: length × length) aligned by dynamic programming. */
export const MAX_TABLE = 1_000_000;

/** Pairs [i, j] of positions of `a` and `b` whose keys are equal and aligned, increasing in both. An empty key matches nothing. */
export function alignKeys(a: readonly string[], b: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  // Stretches are handled left to right: each pushes its parts on a stack in reverse order.
  const pending: ([number, number] | { aLo: number; aHi: number; bLo: number; bHi: number })[] = [{ aLo: 0, aHi: a.length, bLo: 0, bHi: b.length }];
  while (pending.length) {
    const item = pending.pop()!;
    if (Array.isArray(item)) {
      out.push(item);
      continue;
    }
    let { aLo, aHi, bLo, bHi } = item;
    const head: [number, number][] = [];
    while (aLo < aHi && bLo < bHi && a[aLo] !== '' && a[aLo] === b[bLo]) head.push([aLo++, bLo++]);
    const tail: [number, number][] = [];
    while (aHi > aLo && bHi > bLo && a[aHi - 1] !== '' && a[aHi - 1] === b[bHi - 1]) tail.unshift([--aHi, --bHi]);
    const middle: ([number, number] | { aLo: number; aHi: number; bLo: number; bHi: number })[] = [];
    if (aLo < aHi && bLo < bHi) {
      const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi);
      if (anchors.length) {
        let [pa, pb] = [aLo, bLo];
        for (const [i, j] of anchors) {
          middle.push({ aLo: pa, aHi: i, bLo: pb, bHi: j }, [i, j]);
          [pa, pb] = [i + 1, j + 1];
        }
        middle.push({ aLo: pa, aHi, bLo: pb, bHi });
      } else if ((aHi - aLo) * (bHi - bLo) <= MAX_TABLE) middle.push(...lcs(a, b, aLo, aHi, bLo, bHi));
    }
    const parts = [...head, ...middle, ...tail];
    for (let k = parts.length - 1; k >= 0; k--) pending.push(parts[k]!);
  }
  return out;
}

/** Positions of keys that occur exactly once in each stretch, longest increasing run of them (patience). */
function uniqueAnchors(a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): [number, number][] {
  const count = (s: readonly string[], lo: number, hi: number): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = lo; i < hi; i++) if (s[i] !== '') m.set(s[i]!, m.has(s[i]!) ? -1 : i);
    return m;
  };
  const inA = count(a, aLo, aHi);
  const inB = count(b, bLo, bHi);
  const pairs: [number, number][] = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  return longestIncreasing(pairs);
}

/** The longest run of pairs increasing in their second member (pairs sorted by the first), by patience sorting. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let [lo, hi] = [0, tops.length];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (pairs[tops[m]!]![1] < pairs[k]![1]) lo = m + 1;
      else hi = m;
    }
    if (lo > 0) back[k] = tops[lo - 1]!;
    tops[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tops.length ? tops[tops.length - 1]! : -1; k >= 0; k = back[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** The longest common subsequence of two stretches, by the usual table. */
function lcs(a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): [number, number][] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const t = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] = a[aLo + i] !== '' && a[aLo + i] === b[bLo + j] ? t[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(t[(i + 1) * (m + 1) + j]!, t[i * (m + 1) + j + 1]!);
    }
  }
  const out: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (a[aLo + i] !== '' && a[aLo + i] === b[bLo + j]) out.push([aLo + i++, bLo + j++]);
    else if (t[(i + 1) * (m + 1) + j]! >= t[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return out;
}
