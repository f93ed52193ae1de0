/** Splits a source into blocks: runs of non-blank lines, as ranges of the source. */
import type { SourceText } from '../source.js';

/** A run of non-blank lines; start and end are offsets into the source, trimmed of outer white space. */
export interface BlockRange {
  start: number;
  end: number;
  text: string;
  /** Whether the block's first line is indented. */
  indented: boolean;
}

const BLANK = /^[\s\u200b]*$/;
/** A Markdown hard line break at a line's end: two spaces or a backslash. */
const HARD_BREAK = /(?: {2,}|\\)$/;
/** Longer than any line of a text wrapped by hand or by a mail program. */
const LONG_LINE = 100;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A dateline cut after its day (`Chungking, May 31,` + `1944—11 a.m.`). */
const DATELINE_HEAD = /^\[?\p{Lu}[\p{L} .'’-]*,?\]?,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:\s*\(\?\))?,?\s*$/u;

/** A dateline cut after its month (`Algiers, March` + `25, 1944—10 a.m.`). */
const DATELINE_MONTH = /^\[?\p{Lu}[\p{L} .'’-]*,?\]?,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/u;

/** Whether two lines of one run belong to one block in a text whose blocks are single lines. */
function joined(a: string, b: string): boolean {
  const t = a.trim();
  if (HARD_BREAK.test(a)) return true;
  if (((t.match(/\*\*/g)?.length ?? 0) % 2) === 1) return true; // bold open across the break
  if (DATELINE_HEAD.test(t) && /^\d{4}\b/.test(b.trim())) return true;
  if (DATELINE_MONTH.test(t) && /^\d{1,2},?\s+\d{4}\b/.test(b.trim())) return true;
  if (/^-\s*\(?\d{1,2}[a-z]?[.)]\s*$/.test(t) || /^-\s*\(?[a-z]\)\s*$/.test(t)) return true; // a list item's number on its own line
  return false;
}

/**
 * Whether a line starts a block of its own even inside a run of wrapped lines: a page marker, a line in
 * brackets (`[Received …]`, `[Enclosure]`), the line after one, a list item or note in the site's dashes.
 */
function standsAlone(a: string, b: string): boolean {
  if (HARD_BREAK.test(a)) return false;
  const t = b.trim();
  const whole = /^\[[^\]]+\]\d{0,3}$/;
  return whole.test(t) || whole.test(a.trim()) || /^-\s/.test(t) || /^[ \t\u00a0]+\d{1,3}[a-z]?\.\s/.test(b);
}

/**
 * The blocks of src between start and end. A line of only white space (NBSP included) is blank.
 * Blocks are runs of lines between blank lines; but where paragraphs stand one a line with no blank line
 * between them (a line of the run longer than any wrapped line shows it), each line of that run is a block of its own, but for
 * the lines that belong together: a hard line break, bold across the break, a dateline cut after its day,
 * a list item's number standing alone.
 */
export function splitBlocks(src: SourceText, start = 0, end = src.text.length): BlockRange[] {
  const text = src.text;
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (let pos = start; pos < end; ) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    if (BLANK.test(line)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ start: pos, end: nl, text: line });
    pos = nl + 1;
  }
  if (run.length) runs.push(run);

  // A run is one block a line when a line of it is too long to be wrapped and stands apart from its neighbours.
  const oneALine = (r: Line[]): boolean =>
    r.some((l, k) => l.text.trim().length > LONG_LINE && ((k > 0 && !joined(r[k - 1]!.text, l.text)) || (k < r.length - 1 && !joined(l.text, r[k + 1]!.text)))) ||
    (runs.length === 1 && !looksWrapped(r));
  const out: BlockRange[] = [];
  for (const r of runs) {
    const lineMode = oneALine(r);
    let from = 0;
    for (let k = 1; k <= r.length; k++) {
      const cut = k === r.length || (lineMode ? !joined(r[k - 1]!.text, r[k]!.text) : standsAlone(r[k - 1]!.text, r[k]!.text));
      if (!cut) continue;
      out.push(blockRange(text, r[from]!.start, r[k - 1]!.end));
      from = k;
    }
  }
  return out;
}

/** Whether the lines of a text with no blank line are one paragraph wrapped at a width (most lines near the longest), not one paragraph a line. */
function looksWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 3) return true;
  const lengths = lines.map((l) => l.text.trim().length);
  const width = Math.max(...lengths);
  if (width > LONG_LINE) return false;
  return lengths.slice(0, -1).filter((n) => n >= width - 25).length >= 0.7 * (lengths.length - 1);
}

/** The block [s, e) of text, trimmed of outer white space. */
export function blockRange(text: string, s: number, e: number): BlockRange {
  const lineStart = s;
  while (s < e && /[\s\u200b]/.test(text[s]!)) s++;
  while (e > s && /[\s\u200b]/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e), indented: s > lineStart };
}

/** The text of a block with Markdown bold marks removed and white space (line breaks included) made single spaces. */
export function flatText(s: string): string {
  return s.replace(/\*\*/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
