/**
 * Repetitions within one witness: a run of words a paragraph writes twice, the second time soon after the
 * first (a copyist's dittography: the eye slips back to a word seen before and the passage is copied
 * again). Found on the words without case and punctuation, by their runs of MIN_WORDS (hashed, so the
 * cost grows with the paragraph); the second occurrence is wrapped in a `repetition` node that carries an
 * editors' note naming the first. Nothing is removed. Pure: a cable in, a cable out.
 */
import type { Block, Cable, Inline, Repetition } from '../model.js';
import type { SourceText } from '../source.js';
import { wrapRange } from '../spans.js';
import { normalise } from './text.js';

/**
 * The fewest words a repetition has: shorter runs are the language's, not the copyist's (parallel clauses
 * such as “that the ownership of the railroads should be Russian … should be Chinese” repeat eight).
 */
export const MIN_WORDS = 12;
/** The most words between the end of the first occurrence and the start of the second: a dittography repeats what was just copied. */
export const MAX_GAP = 30;
/** How far back (in words) a run is looked for. */
export const WINDOW = 300;

/** A repetition found: where the first and second occurrences stand in the source (offsets), and how many words. */
export interface RepetitionFound {
  first: { start: number; end: number };
  second: { start: number; end: number };
  words: number;
  /** The note the second occurrence carries. */
  note: string;
  /** Whether it could be marked (false when it crosses the edge of a name, a date or speech). */
  marked: boolean;
}

interface Word {
  key: string;
  text: string;
  start: number;
  end: number;
}

/** The words of a paragraph's text nodes, with their source offsets (punctuation alone is not a word). */
function wordsOf(nodes: readonly Inline[]): Word[] {
  const out: Word[] = [];
  const walk = (list: readonly Inline[]): void => {
    for (const n of list) {
      if (n.type === 'text') {
        const re = /\S+/g;
        for (let m = re.exec(n.value); m; m = re.exec(n.value)) {
          const key = normalise(m[0]);
          if (key) out.push({ key, text: m[0], start: n.position.start.offset + m.index, end: n.position.start.offset + m.index + m[0].length });
        }
      } else if ('children' in n) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The repetitions of a list of words: [first start, second start, length] in words, left to right, not overlapping. */
export function findRepetitions(keys: readonly string[], minWords = MIN_WORDS, maxGap = MAX_GAP, window = WINDOW): [number, number, number][] {
  const seen = new Map<string, number[]>();
  const out: [number, number, number][] = [];
  for (let i = 0; i + minWords <= keys.length; i++) {
    const gram = keys.slice(i, i + minWords).join(' ');
    const earlier = seen.get(gram) ?? [];
    let found: [number, number, number] | undefined;
    for (let k = earlier.length - 1; k >= 0 && i - earlier[k]! <= window; k--) {
      const j = earlier[k]!;
      let length = 0;
      while (i + length < keys.length && j + length < i && keys[j + length] === keys[i + length]) length++;
      if (length >= minWords && i - (j + length) <= maxGap && (!found || length > found[2])) found = [j, i, length];
    }
    if (found) {
      out.push(found);
      // The second occurrence's words are not looked up again.
      for (let x = i; x < i + found[2] && x + minWords <= keys.length; x++) seen.set(keys.slice(x, x + minWords).join(' '), [...(seen.get(keys.slice(x, x + minWords).join(' ')) ?? []), x]);
      i += found[2] - 1;
      continue;
    }
    earlier.push(i);
    seen.set(gram, earlier);
  }
  return out;
}

const quote = (words: readonly Word[]): string => words.map((w) => w.text).join(' ').replace(/[,;:.]+$/, '');

/** The note on a repetition: what was written twice, and where it first stands. */
function noteFor(first: readonly Word[], paragraph: number): string {
  const head = quote(first.slice(0, 4));
  const tail = quote(first.slice(-4));
  return `Repetition: these ${first.length} words stand twice in the source (a copyist's dittography); the first time just before, in paragraph ${paragraph}, from “${head}” to “${tail}”. Kept as the source has them.`;
}

/** Marks every repetition of a cable's paragraphs; returns the cable (a new one when something was marked) and what was found. */
export function markRepetitions(cable: Cable, src: SourceText): { cable: Cable; found: RepetitionFound[] } {
  const found: RepetitionFound[] = [];
  let n = 0;
  const body = cable.body.map((block): Block => {
    if (block.type !== 'p') return block;
    n++;
    const words = wordsOf(block.children);
    let children = block.children;
    for (const [j, i, length] of findRepetitions(words.map((w) => w.key))) {
      const first = words.slice(j, j + length);
      const second = words.slice(i, i + length);
      const note = noteFor(first, n);
      const start = second[0]!.start;
      const end = second[second.length - 1]!.end;
      const wrapped = wrapRange(src, children, start, end, (kids): Repetition => ({ type: 'repetition', note, children: kids, position: src.position(start, end) }));
      if (wrapped) children = wrapped;
      found.push({ first: { start: first[0]!.start, end: first[first.length - 1]!.end }, second: { start, end }, words: length, note, marked: wrapped !== null });
    }
    return children === block.children ? block : { ...block, children };
  });
  return { cable: found.some((f) => f.marked) ? { ...cable, body } : cable, found };
}
