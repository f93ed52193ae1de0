/** Inline nodes as one string to search, each character mapped back to the source range it stands for. */
import type { Inline } from '../model.js';

/** A character that no name, date or word pattern crosses: it stands for a note, a gap or a gloss. */
export const BARRIER = '\u0001';

export interface Flat {
  text: string;
  /** Source offset where the range of each character starts. */
  start: number[];
  /** Source offset where the range of each character ends. */
  end: number[];
  /** Ranges of the flat text already marked as a name or date. */
  taken: [number, number][];
}

/** Flattens inline nodes: text as it is, supplied text and segments as their words, notes and gaps as barriers. */
export function flatten(nodes: readonly Inline[]): Flat {
  const flat: Flat = { text: '', start: [], end: [], taken: [] };
  const push = (s: string, start: number, end: number, atomic: boolean): void => {
    for (let i = 0; i < s.length; i++) {
      flat.text += s[i];
      flat.start.push(atomic ? start : start + i);
      flat.end.push(atomic ? end : start + i + 1);
    }
  };
  const walk = (list: readonly Inline[]): void => {
    for (const n of list) {
      const { start, end } = { start: n.position.start.offset, end: n.position.end.offset };
      switch (n.type) {
        case 'text':
          push(n.value, start, end, false);
          break;
        case 'supplied':
        case 'seg':
          push(n.value, start, end, true);
          break;
        case 'lb':
          push(' ', start, end, true);
          break;
        case 'pb':
          break;
        case 'name':
        case 'date': {
          const from = flat.text.length;
          walk(n.children);
          flat.taken.push([from, flat.text.length]);
          break;
        }
        case 'hi':
        case 'said':
          walk(n.children);
          break;
        default:
          push(BARRIER, start, end, true);
      }
    }
  };
  walk(nodes);
  return flat;
}

/** The source range of the flat range [from, to). */
export function sourceRange(flat: Flat, from: number, to: number): [number, number] {
  return [flat.start[from]!, flat.end[to - 1]!];
}

/** Whether [from, to) overlaps one of the ranges. */
export function overlaps(ranges: readonly (readonly [number, number])[], from: number, to: number): boolean {
  return ranges.some(([s, e]) => from < e && s < to);
}

/** Whether [from, to) overlaps a range already taken. */
export function isTaken(flat: Flat, from: number, to: number): boolean {
  return overlaps(flat.taken, from, to);
}
