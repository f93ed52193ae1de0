/** Capitalised names that no register entry claims: reported so that editors can add them, never tagged. */
import { monthNumber } from '../dates.js';
import { BARRIER, type Flat } from './flat.js';

/** Words that are capitalised but are not names: adjectives of nationality, titles, days. */
const NOT_NAMES = new Set(
  `Chinese Soviet Soviets Russian Russians Japanese Mongolian Mongolians Korean Koreans Siberian American Americans British English French
   Sino-Soviet Soviet-Chinese Chinese-Mongolian Chinese-Soviet Manchurian Allied Allies Communist Government Governor President Secretary
   Ambassador Generalissimo Marshal Minister Mr Mrs Dr Sunday Monday Tuesday Wednesday Thursday Friday Saturday I
   Personal Secret Top Confidential Restricted Paraphrase Telegram Memorandum`.split(/\s+/),
);
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'von']);
/** Words that begin sentences but not names. */
const FUNCTION_WORDS = new Set('The A An This That These Those In On At As If But And Or For To With From By No Not It He She We They There Here His Her Its Their Our My Your Half Finally However Again Except Under While After Before Although Since When Where What Which Who Title'.split(' '));

export interface Candidate {
  from: number;
  to: number;
  name: string;
}

/** The runs of capitalised words in a flat text not taken by a name or date, nor at a sentence's start alone. */
export function findCandidates(flat: Flat, taken: readonly [number, number][]): Candidate[] {
  const text = flat.text;
  const out: Candidate[] = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{N}’'.-]*/gu)].map((m) => ({ raw: m[0], w: m[0].replace(/[’'.]+$|[’']s$/u, ''), from: m.index!, to: m.index! + m[0].length }));
  const isCap = (w: string): boolean =>
    /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w) && !NOT_NAMES.has(w) && !NOT_NAMES.has(w.replace(/-.*$/, '')) && !FUNCTION_WORDS.has(w) && !monthNumber(w);
  /** Whether a run may go on after word k: not past the end of a sentence. */
  const open = (k: number): boolean => !/[^.]\p{Ll}{2,}\.$|\p{Ll}{2}\.$/u.test(words[k]!.raw);
  const covered = (from: number, to: number): boolean => taken.some(([s, e]) => from < e && s < to);
  for (let i = 0; i < words.length; i++) {
    if (!isCap(words[i]!.w) || covered(words[i]!.from, words[i]!.to)) continue;
    let j = i;
    const spaced = (a: number, b: number): boolean => /^\s+$/.test(text.slice(words[a]!.to, words[b]!.from));
    const usable = (k: number): boolean => k < words.length && isCap(words[k]!.w) && !covered(words[k]!.from, words[k]!.to);
    // "and" joins only within a name that has an "of" already: "Treaty of Friendship and Alliance", not "Yalta and Mikoyan".
    let sawOf = false;
    const joins = (k: number): boolean => CONNECTORS.has(words[k]!.w) && (words[k]!.w !== 'and' || sawOf);
    for (;;) {
      if (!open(j)) break;
      if (usable(j + 1) && spaced(j, j + 1)) j++;
      else if (j + 2 < words.length && joins(j + 1) && usable(j + 2) && spaced(j, j + 1) && spaced(j + 1, j + 2)) {
        sawOf ||= words[j + 1]!.w === 'of';
        j += 2;
      } else if (j + 3 < words.length && joins(j + 1) && joins(j + 2) && usable(j + 3) && spaced(j, j + 1) && spaced(j + 1, j + 2) && spaced(j + 2, j + 3)) {
        sawOf ||= words[j + 1]!.w === 'of' || words[j + 2]!.w === 'of';
        j += 3;
      } else break;
    }
    const from = words[i]!.from;
    const to = words[i]!.from + (words[j]!.to - words[i]!.from) - (words[j]!.to - words[j]!.from - words[j]!.w.length);
    const atStart = /(^|[.!?:]["”’]?\s+|["“]|\n)$/u.test(text.slice(Math.max(0, from - 4), from)) || text[from - 1] === BARRIER;
    if (atStart && i === j) {
      i = j;
      continue;
    }
    out.push({ from, to, name: text.slice(from, to) });
    i = j;
  }
  return out;
}
