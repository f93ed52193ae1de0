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

/** The blocks of src between start and end. A line of only white space (NBSP included) is blank. */
export function splitBlocks(src: SourceText, start = 0, end = src.text.length): BlockRange[] {
  const out: BlockRange[] = [];
  const text = src.text;
  let blockStart = -1;
  let blockEnd = -1;
  let pos = start;
  const flush = (): void => {
    if (blockStart === -1) return;
    let s = blockStart;
    let e = blockEnd;
    const lineStart = s;
    while (s < e && /[\s\u200b]/.test(text[s]!)) s++;
    while (e > s && /[\s\u200b]/.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e, text: text.slice(s, e), indented: s > lineStart });
    blockStart = -1;
  };
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    if (BLANK.test(line)) flush();
    else {
      if (blockStart === -1) blockStart = pos;
      blockEnd = nl;
    }
    pos = nl + 1;
  }
  flush();
  return out;
}

/** The text of a block with Markdown bold marks removed and white space (line breaks included) made single spaces. */
export function flatText(s: string): string {
  return s.replace(/\*\*/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
