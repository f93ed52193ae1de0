/**
 * Finding the witnesses of one text in a corpus by their words: each cable's word sequence is cut into
 * shingles (runs of SHINGLE words), summarised by a MinHash signature, and signatures are put in LSH
 * buckets, so that only cables sharing a bucket are ever compared: the cost grows with the corpus, not
 * with its square. A candidate pair is kept when the estimated share of the shorter cable's shingles
 * that the other holds (containment) reaches the threshold. Names, dates and file numbers play no part.
 */

/** Words in a shingle. Five words in the same order are rarely shared by two different telegrams on one subject. */
export const SHINGLE = 5;
/** Hash functions in a signature (BANDS × ROWS). */
export const HASHES = 128;
/** LSH bands, and rows a band: cables that agree on all the rows of some band become candidates. */
export const BANDS = 64;
export const ROWS = 2;
/**
 * The documented threshold: two cables are witnesses of one text when at least this share of the shorter
 * one's shingles stand in the other (estimated from the signatures). Copies that differ by gaps, spellings,
 * glosses and paragraphing share most; two telegrams on one negotiation share a few phrases (under 0.1 on
 * the project's cables).
 */
export const THRESHOLD = 0.5;
/** A cable with fewer distinct shingles is too short to be told apart from a quotation; it is never grouped. */
export const MIN_SHINGLES = 8;
/** A bucket holding more cables than this is boilerplate (a formula every cable repeats), not evidence: it proposes no pairs. */
export const MAX_BUCKET = 100;

/** A cable's MinHash signature. */
export interface Signature {
  stem: string;
  /** Distinct shingles of the cable. */
  size: number;
  mins: Uint32Array;
}

/** Two cables found to be witnesses, with the evidence. */
export interface WitnessPair {
  a: string;
  b: string;
  /** Estimated share of shingles the two have in common (Jaccard). */
  jaccard: number;
  /** Estimated share of the shorter cable's shingles found in the other. */
  containment: number;
}

/** A group of witnesses of one text: its id (its first stem), its cables (sorted) and the pairs that joined them. */
export interface WitnessGroup {
  id: string;
  stems: string[];
  pairs: WitnessPair[];
}

/** FNV-1a, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes a 32-bit value. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed seeds, so that signatures are the same from run to run. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The shingles (as 32-bit hashes) of a word sequence, distinct. */
export function shingles(words: readonly string[], size = SHINGLE): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) out.add(fnv(words.join(' ')));
  for (let i = 0; i + size <= words.length; i++) out.add(fnv(words.slice(i, i + size).join(' ')));
  return out;
}

/** The MinHash signature of a cable's normalised words. */
export function signature(stem: string, words: readonly string[]): Signature {
  const set = shingles(words);
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(s ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return { stem, size: set.size, mins };
}

/** The share of slots on which two signatures agree: an estimate of their shingles' Jaccard similarity. */
export function estimateJaccard(a: Signature, b: Signature): number {
  if (a.size === 0 || b.size === 0) return 0;
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / HASHES;
}

/** The share of the smaller set that the other holds, from their Jaccard similarity and sizes. */
export function containmentOf(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  const common = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, common / small);
}

/**
 * Groups signatures into witnesses of one text: the candidates the LSH buckets propose, kept when their
 * containment reaches the threshold, joined transitively. Groups of one are not returned. Deterministic.
 */
export function groupWitnesses(signatures: readonly Signature[], threshold = THRESHOLD, stats?: { candidates: number }): WitnessGroup[] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((s, i) => {
    if (s.size < MIN_SHINGLES) return;
    for (let b = 0; b < BANDS; b++) {
      let key = `${b}`;
      for (let r = 0; r < ROWS; r++) key += `:${s.mins[b * ROWS + r]}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<string>();
  const pairs: { i: number; j: number; pair: WitnessPair }[] = [];
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        const k = `${i},${j}`;
        if (seen.has(k)) continue;
        seen.add(k);
        if (stats) stats.candidates++;
        const [a, b] = [signatures[i]!, signatures[j]!];
        const jaccard = estimateJaccard(a, b);
        const containment = containmentOf(jaccard, a.size, b.size);
        if (containment >= threshold) pairs.push({ i, j, pair: { a: a.stem, b: b.stem, jaccard: round(jaccard), containment: round(containment) } });
      }
    }
  }
  // Union-find over the kept pairs.
  const parent = signatures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const { i, j } of pairs) parent[find(i)] = find(j);
  const groups = new Map<number, { members: Set<number>; pairs: WitnessPair[] }>();
  for (const { i, j, pair } of pairs) {
    const root = find(i);
    const g = groups.get(root) ?? { members: new Set<number>(), pairs: [] };
    groups.set(root, g);
    g.members.add(i).add(j);
    g.pairs.push(compare(pair.a, pair.b) <= 0 ? pair : { ...pair, a: pair.b, b: pair.a });
  }
  const out: WitnessGroup[] = [];
  for (const g of groups.values()) {
    const stems = [...g.members].map((m) => signatures[m]!.stem).sort(compare);
    g.pairs.sort((p, q) => compare(p.a, q.a) || compare(p.b, q.b));
    out.push({ id: stems[0]!, stems, pairs: g.pairs });
  }
  return out.sort((g, h) => compare(g.id, h.id));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
