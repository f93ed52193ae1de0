/**
 * Footnotes of a FRUS page copy: the list at the end, in any of its renderings, and the numbers in the
 * text that refer to it. FRUS numbers its notes through a chapter (`Molotov63`) while a page copy may
 * number its list from 1, or not at all (`- text↩`): the references are found as a run k, k+1, … in the
 * order of the notes.
 */
import type { SourceText } from '../source.js';
import type { RefSite } from './inline.js';

/** One item of the list of notes, as offsets into the source. */
export interface NoteItem {
  /** The number the list gives the item (`1.`, `  63.`), if any. */
  listed?: string;
  /** The whole item, from its number or dash to its end. */
  start: number;
  end: number;
  /** The note's own text (after `1.` or `- `, before `↩`). */
  bodyStart: number;
  bodyEnd: number;
  /** How the list was rendered. */
  style: 'indented' | 'dash' | 'plain';
}

/** A numbered item, indented or not: `  1. text`, `63. text`, `9a. text`. */
const NUMBERED = /^([ \t\u00a0]*)(\d{1,3}[a-z]?)\.[ \t\u00a0]+\S/;
/** A dash item with a back-link: `- text↩`. */
const DASH = /^-[ \t\u00a0]+(.*?)[ \t\u00a0]*↩[ \t\u00a0]*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(src: SourceText, from: number, to: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos < to) {
    let nl = src.text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    out.push({ start: pos, end: nl, text: src.text.slice(pos, nl) });
    pos = nl + 1;
  }
  return out;
}

const isBlank = (s: string): boolean => /^[\s\u200b]*$/.test(s);

/** The item a line starts, if it starts one. */
function itemOf(line: Line): NoteItem | undefined {
  const dash = DASH.exec(line.text);
  if (dash) {
    const bodyStart = line.start + line.text.indexOf(dash[1]!, 1);
    return { start: line.start, end: line.end, bodyStart, bodyEnd: bodyStart + dash[1]!.length, style: 'dash' };
  }
  const num = NUMBERED.exec(line.text);
  if (num) {
    const lead = num[1]!.length;
    const bodyStart = line.start + num[0].length - 1;
    let bodyEnd = line.end;
    while (bodyEnd > bodyStart && /\s/.test(line.text[bodyEnd - 1 - line.start]!)) bodyEnd--;
    return { listed: num[2]!, start: line.start + lead, end: bodyEnd, bodyStart, bodyEnd, style: lead > 0 ? 'indented' : 'plain' };
  }
  return undefined;
}

/**
 * The list of notes at the end of [from, to): the longest run of note items (blank lines between them
 * allowed; an indented line that starts no item continues the item before it). Returns the items and
 * where the list starts (`to` when there is none).
 */
export function noteList(src: SourceText, from: number, to: number): { items: NoteItem[]; start: number } {
  const lines = linesOf(src, from, to);
  const items: NoteItem[] = [];
  let k = lines.length;
  while (k > 0 && isBlank(lines[k - 1]!.text)) k--;
  let pending: Line[] = [];
  for (let i = k - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line.text)) continue;
    const item = itemOf(line);
    if (item) {
      // Lines after it, indented, continue it.
      const cont = pending.filter((p) => /^[ \t\u00a0]/.test(p.text));
      if (cont.length !== pending.length) break;
      if (cont.length) {
        if (item.style === 'dash') break;
        item.end = item.bodyEnd = cont[cont.length - 1]!.start + cont[cont.length - 1]!.text.trimEnd().length;
      }
      pending = [];
      items.unshift(item);
      continue;
    }
    if (items.length === 0 && !/^[ \t\u00a0]/.test(line.text)) break;
    pending.unshift(line);
  }
  // One style to a list; the run ends where the style changes.
  const style = items[items.length - 1]?.style;
  let first = items.length;
  while (first > 0 && items[first - 1]!.style === style) first--;
  const run = items.slice(first);
  return { items: run, start: run[0]?.start ?? to };
}

/** A place in the text where a note number may stand. */
interface Candidate {
  value: string;
  start: number;
  end: number;
}

const MONTH = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s$/;

/** Every place in [from, to) where a note number may stand: glued after a word or a sign, after a space at a line's end, or after a day or a year it is glued to. */
export function markerCandidates(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(from, to);
  const add = (value: string, at: number, length: number, space = false): void => {
    out.push({ value, start: from + at - (space ? 1 : 0), end: from + at + length });
  };
  // Glued: `Molotov7`, `matter.61`, `”45`, `Stettinius’22`, `[Extract]48`, `. .2`; not a time's minutes (`12:45`).
  for (const m of slice.matchAll(/(?<=[\p{L}.,;:!?”’"')\]])(\d{1,3}[a-z]?)(?![\p{N}\p{L}])/gu)) {
    const before = slice.slice(Math.max(0, m.index! - 2), m.index!);
    if (/\d[:.,]$/.test(before) && !/\d\.$/.test(before)) continue;
    add(m[1]!, m.index!, m[1]!.length);
  }
  // Standing after a space at a line's end: `… to the President 1`.
  for (const m of slice.matchAll(/(?<=[\p{L}.,;:”’"')\]] )(\d{1,3}[a-z]?)(?=[ \t]*(?:\n|$))/gmu)) add(m[1]!, m.index!, m[1]!.length, true);
  // Glued to a day after a month (`April 2169`: 21 and 69) or to a year (`19459`).
  for (const m of slice.matchAll(/(?<![\p{N}])(\d{3,5})(?![\p{N}])/gu)) {
    const digits = m[1]!;
    const at = m.index!;
    const afterMonth = MONTH.test(slice.slice(Math.max(0, at - 10), at));
    for (const dayLength of afterMonth ? [1, 2] : []) {
      const day = +digits.slice(0, dayLength);
      const rest = digits.slice(dayLength);
      if (day >= 1 && day <= 31 && rest.length <= 3 && rest[0] !== '0') add(rest, at + dayLength, rest.length);
    }
    if (/^19[0-9]{2}\d{1,3}$/.test(digits) && digits[4] !== '0') add(digits.slice(4), at + 4, digits.length - 4);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The numbers the notes are referred to by: k, k+1, … (a lettered `9a` takes the place after `9`), matched in order to candidates. */
function matchRun(candidates: readonly Candidate[], count: number, k: number): (Candidate | undefined)[] {
  const found: (Candidate | undefined)[] = [];
  let pos = -1;
  let expected = k;
  for (let t = 0; t < count; t++) {
    const hit = candidates.find((c) => c.start > pos && (c.value === String(expected) || c.value === `${expected - 1}a`));
    if (hit) {
      pos = hit.end - 1;
      found.push(hit);
      if (hit.value === String(expected)) expected++;
    } else {
      found.push(undefined);
      expected++;
    }
  }
  return found;
}

/**
 * The note number of each item and where each is referred to. Every k that some candidate suggests is
 * tried; the one that places most references wins (ties: the list's own numbering, then the smallest k).
 */
export function matchNotes(text: string, from: number, to: number, items: readonly NoteItem[]): { numbers: string[]; refs: (RefSite | undefined)[] } {
  const candidates = markerCandidates(text, from, to);
  const listedFirst = items[0]?.listed !== undefined ? parseInt(items[0].listed, 10) : undefined;
  const ks = new Set<number>();
  if (listedFirst !== undefined) ks.add(listedFirst);
  for (const c of candidates) {
    const v = parseInt(c.value, 10);
    for (let j = 0; j < items.length; j++) if (v - j >= 1) ks.add(v - j);
  }
  let best: { k: number; run: (Candidate | undefined)[]; score: number } | undefined;
  for (const k of [...ks].sort((a, b) => a - b)) {
    const run = matchRun(candidates, items.length, k);
    const score = run.filter(Boolean).length;
    const lead = run.findIndex(Boolean);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && best.k !== listedFirst && (k === listedFirst || lead < best.run.findIndex(Boolean)));
    if (better) best = { k, run, score };
  }
  if (!best || best.score === 0) {
    return { numbers: items.map((it, i) => it.listed ?? String(i + 1)), refs: items.map(() => undefined) };
  }
  const numbers: string[] = [];
  let n = best.k;
  best.run.forEach((c) => {
    if (c && c.value !== String(n)) numbers.push(c.value);
    else numbers.push(String(n++));
  });
  return { numbers, refs: best.run.map((c, i) => (c ? { start: c.start, end: c.end, n: numbers[i]! } : undefined)) };
}
