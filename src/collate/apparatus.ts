/**
 * Collation, as CollateX does it: witnesses tokenised (text.ts), normalised, aligned word by word against
 * the first witness (the base), then each stretch where they differ classified. The result is a parallel
 * segmentation: runs of text all witnesses share, and variant places (app) with each witness's reading.
 */
import { alignKeys } from './align.js';
import { normalise, ownText, type Piece, type Token } from './text.js';

/** What kind of difference a variant place is. */
export type VariantType = 'orthographic' | 'substantive' | 'omission' | 'addition' | 'lacuna' | 'editorial';

/** The meaning of each type, as the apparatus's header and the pages give it. */
export const VARIANT_TYPES: Record<VariantType, string> = {
  lacuna: 'a witness has a gap (illegible or omitted text) here',
  substantive: 'the witnesses have different words',
  omission: 'a witness lacks words the base witness has',
  addition: 'a witness has words the base witness lacks',
  orthographic: 'the same words, spelt (one or two letters apart), hyphenated, capitalised or punctuated differently, or another form of the same name in the registers (Dairen, Darien)',
  editorial: 'the same words; only the editors’ additions differ (supplied letters, a gloss, a remark)',
};

export interface CollationWitness {
  /** The cable's stem. */
  id: string;
  tokens: Token[];
}

/** One witness's tokens at a variant place. */
export interface WitnessReading {
  witness: string;
  tokens: Token[];
  /** Where the reading stands in the witness when it has no tokens: after this token (index into the witness's tokens; -1 before the first). */
  after: number;
}

/** A reading at a variant place: the witnesses that read alike, and what each has (its own offsets). */
export interface Reading {
  witnesses: string[];
  byWitness: WitnessReading[];
}

export type Segment =
  /** Text all witnesses share (the base's tokens), and for each token the witnesses whose paragraph starts there. */
  | { kind: 'same'; tokens: Token[]; starts: string[][]; witnessTokens: Map<string, Token[]> }
  | { kind: 'app'; n: number; type: VariantType; readings: Reading[] };

export interface Apparatus {
  witnesses: string[];
  segments: Segment[];
  /** Variant places by type. */
  counts: Record<VariantType, number>;
}

/** A token as the apparatus compares it: its pieces, editors' signs included. */
function signatureOf(t: Token): string {
  return JSON.stringify(t.pieces);
}

/** Collates witnesses (at least two); the first is the base. Deterministic. */
export function collate(witnesses: readonly CollationWitness[]): Apparatus {
  if (witnesses.length < 2) throw new Error('collate: at least two witnesses are needed');
  const base = witnesses[0]!;
  const n = base.tokens.length;
  const keys = (w: CollationWitness): string[] => w.tokens.map((t) => t.key);
  // For each witness: the token aligned with each base token (-1: none), and the tokens inserted before each base token.
  const column: Int32Array[] = [];
  const inserted: number[][][] = [];
  for (const w of witnesses) {
    const col = new Int32Array(n).fill(-1);
    const ins: number[][] = Array.from({ length: n + 1 }, () => []);
    if (w === base) for (let i = 0; i < n; i++) col[i] = i;
    else {
      const pairs = alignKeys(keys(base), keys(w));
      for (const [i, j] of pairs) col[i] = j;
      let p = 0;
      for (let j = 0; j < w.tokens.length; j++) {
        while (p < pairs.length && pairs[p]![1] < j) p++;
        if (p < pairs.length && pairs[p]![1] === j) continue;
        ins[p < pairs.length ? pairs[p]![0] : n]!.push(j);
      }
    }
    column.push(col);
    inserted.push(ins);
  }
  const W = witnesses.length;
  const segments: Segment[] = [];
  const counts = { orthographic: 0, substantive: 0, omission: 0, addition: 0, lacuna: 0, editorial: 0 } as Record<VariantType, number>;
  let run: number[][] | null = null; // per witness: token indices of the open variant place
  let places = 0;
  const lastSeen = new Int32Array(W).fill(-1);
  let runStart: Int32Array = lastSeen.slice();
  const close = (): void => {
    if (!run) return;
    const byWitness = witnesses.map((w, k) => ({ witness: w.id, tokens: run![k]!.map((j) => w.tokens[j]!), after: runStart[k]! }));
    const readings: Reading[] = [];
    for (const r of byWitness) {
      const sig = r.tokens.map(signatureOf).join('\u0000');
      const same = readings.find((x) => x.byWitness[0]!.tokens.map(signatureOf).join('\u0000') === sig);
      if (same) {
        same.witnesses.push(r.witness);
        same.byWitness.push(r);
      } else readings.push({ witnesses: [r.witness], byWitness: [r] });
    }
    const type = classify(byWitness);
    counts[type]++;
    segments.push({ kind: 'app', n: ++places, type, readings });
    run = null;
  };
  const addToRun = (k: number, j: number): void => {
    if (!run) {
      run = witnesses.map(() => []);
      runStart = lastSeen.slice();
    }
    run[k]!.push(j);
  };
  for (let i = 0; i <= n; i++) {
    // Words inserted before base token i, in any witness: a variant place.
    for (let k = 1; k < W; k++) {
      for (const j of inserted[k]![i]!) {
        addToRun(k, j);
        lastSeen[k] = j;
      }
    }
    if (i === n) break;
    const here = witnesses.map((w, k) => (column[k]![i]! >= 0 ? w.tokens[column[k]![i]!]! : undefined));
    const agree = here.every((t) => t && signatureOf(t) === signatureOf(here[0]!));
    if (agree) {
      close();
      const last = segments[segments.length - 1];
      const seg = last?.kind === 'same' ? last : { kind: 'same' as const, tokens: [] as Token[], starts: [] as string[][], witnessTokens: new Map<string, Token[]>(witnesses.map((w) => [w.id, []])) };
      if (seg !== last) segments.push(seg);
      seg.tokens.push(here[0]!);
      seg.starts.push(witnesses.filter((_, k) => here[k]!.paragraphStart).map((w) => w.id));
      witnesses.forEach((w, k) => seg.witnessTokens.get(w.id)!.push(here[k]!));
    } else {
      here.forEach((t, k) => t && addToRun(k, column[k]![i]!));
    }
    witnesses.forEach((_, k) => {
      if (column[k]![i]! >= 0) lastSeen[k] = column[k]![i]!;
    });
  }
  close();
  return { witnesses: witnesses.map((w) => w.id), segments, counts };
}

/** Whether a word is all the editors' (supplied letters and punctuation, no letter of the witness's own). */
function suppliedOnly(t: Token): boolean {
  return t.kind === 'word' && t.pieces.some((p) => p.kind === 'supplied') && t.pieces.every((p) => p.kind !== 'text' || normalise(p.text) === '');
}

/** The words of a reading, as keys, the editors' supplied words counted (they stand for the witness's). */
function keysOf(tokens: readonly Token[]): string {
  return tokens.filter((t) => t.kind === 'word').map((t) => t.key).join(' ');
}

/** The letters of a reading without separators: `45-year` and `45 year` are one spelling apart. */
function lettersOf(tokens: readonly Token[]): string {
  return tokens.filter((t) => t.kind === 'word').map((t) => (t.key.startsWith('@') ? t.key : t.norm)).join('');
}

/** Classifies a variant place from every witness's reading (the first is the base's). */
export function classify(readings: readonly { tokens: Token[] }[]): VariantType {
  if (readings.some((r) => r.tokens.some((t) => t.kind === 'gap'))) return 'lacuna';
  // Whole words the editors supplied (`[T.V.] Soong`, `Chiang [Kai-shek]`) are theirs, not the witness's: the
  // place is classified by the witness's own words, and readings that differ only by such words differ editorially.
  const bare = readings.map((r) => ({ tokens: r.tokens.filter((t) => !suppliedOnly(t)) }));
  if (bare.some((b, k) => b.tokens.length < readings[k]!.tokens.length)) {
    return new Set(bare.map((b) => b.tokens.map(ownText).join('').replace(/\s+/g, ''))).size === 1 ? 'editorial' : classify(bare);
  }
  const own = readings.map((r) => r.tokens.map(ownText).join('').replace(/\s+/g, ''));
  if (new Set(readings.map((r) => keysOf(r.tokens))).size === 1 || new Set(readings.map((r) => lettersOf(r.tokens))).size === 1) {
    return new Set(own).size === 1 ? 'editorial' : 'orthographic';
  }
  if (sameWordsSpeltOtherwise(readings.map((r) => r.tokens.filter((t) => t.kind === 'word').map((t) => t.norm)))) return 'orthographic';
  // Words one reading has and another lacks, the rest alike (punctuation aside): an omission when the base
  // has the most, an addition when it has fewer.
  const words = readings.map((r) => r.tokens.filter((t) => t.kind === 'word').map((t) => t.key));
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (words.every((w) => isSubsequence(w, longest)) && words.some((w) => w.length < longest.length)) {
    return words[0]!.length === longest.length ? 'omission' : 'addition';
  }
  return 'substantive';
}

/**
 * Whether readings have the same number of words, each within a spelling of the others: one letter changed,
 * added or dropped in a word of up to six letters, two in a longer one, the first letter the same
 * (harbour, harbor; Molotoff, Molotov). Numbers must be equal.
 */
function sameWordsSpeltOtherwise(readings: readonly string[][]): boolean {
  const [first, ...rest] = readings;
  if (!first || first.length === 0) return false;
  return rest.every((r) => r.length === first.length && r.every((w, i) => near(w, first[i]!)));
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && short[i] === w) i++;
  return i === short.length;
}

function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b) || a[0] !== b[0]) return false;
  const limit = Math.max(a.length, b.length) <= 6 ? 1 : 2;
  if (Math.abs(a.length - b.length) > limit) return false;
  // Levenshtein distance, by one row.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]! <= limit;
}

/** The pieces of a run of tokens, a space between tokens. */
export function piecesOf(tokens: readonly Token[]): Piece[][] {
  return tokens.map((t) => t.pieces);
}
