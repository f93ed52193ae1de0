/** A copy of a history.state.gov FRUS document page: source note, head, text, `[Page N]`, footnotes at the end. */
import { dateFromFileNumber } from '../dates.js';
import type { Reporter } from '../diagnostics.js';
import type { Block, Cable, CloserItem, Footnote, Inline, OpenerItem, SourceNote } from '../model.js';
import type { SourceText } from '../source.js';
import { isContainer } from '../spans.js';
import { flatText, splitBlocks, type BlockRange } from './blocks.js';
import { bodyBlock, bracketedBlock, datelineOf, firstDate, markDateline, isClassification, isSignatureName, openerItem, partiesOfHead } from './common.js';
import { inlineText, parseInline, type InlineContext, type RefSite } from './inline.js';

/** `761.93/8–1145: Telegram`, `Moscow Embassy Files—710 Sino-Soviet Relations: Telegram`. */
const SOURCE_NOTE = /^(.{3,200}?):\s+(\p{Lu}[\p{L} ,'’-]{1,60})$/u;
/**
 * A State Department decimal file number: a class (`761.93`), words of a subject that may follow it
 * (`740.00119 P.W.`, `740.00119 Control (Japan)`, `740.0011 European War 1939`), a slash and the
 * document's number (`8–1145`, `1486a`): `761.93/8–1145`, `740.0011 PW/8–1145`, `893.00/12–1544`.
 * A personnel file (`123 Service, John S.`) has a class and a name, no slash.
 */
export const DECIMAL_FILE = /^\d{3}(?:\.[\dA-Z]+)*(?:(?:\s+[^\s/:][^/:]{0,80}?)?\s?\/\s?[\dA-Za-z][^\s:]*|\s+\p{Lu}[\p{L}'’-]+,(?:\s+[\p{Lu}][\p{L}.]*)+)$/u;

/** Whether a line is a FRUS source note; its parts if so. */
export function parseSourceNoteLine(line: string): { file: string; docType: string } | undefined {
  const m = SOURCE_NOTE.exec(line.trim());
  if (!m) return undefined;
  const file = m[1]!.trim();
  if (!DECIMAL_FILE.test(file) && !/\/\d{1,2}[–—-]\d{3,4}$/.test(file) && !/\b(Files?|Papers|Archives?|Records|Lot)\b/i.test(file) && !/[—–]/.test(file)) return undefined;
  return { file, docType: m[2]!.trim() };
}

/** Whether a text looks like a FRUS page copy: its first line is a source note. */
export function looksLikeFrus(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && parseSourceNoteLine(first) !== undefined;
}

const NOTE_ITEM = /^(\d{1,3})\.\s+/;

/** The footnotes at the end: a run of numbered items, consecutive, indented or referenced. */
function trailingNotes(src: SourceText, blocks: BlockRange[], from: number): { notes: { n: number; start: number; end: number; indented: boolean }[]; firstBlock: number } {
  const items: { n: number; start: number; end: number; block: number; indented: boolean }[] = [];
  let k = blocks.length;
  while (k > from && NOTE_ITEM.test(blocks[k - 1]!.text)) k--;
  for (let b = k; b < blocks.length; b++) {
    // A block may hold several notes, one a line.
    const blk = blocks[b]!;
    const lines = blk.text.split('\n');
    let at = blk.start;
    for (const line of lines) {
      const off = src.text.indexOf(line, at);
      const trimmed = line.trim();
      const m = NOTE_ITEM.exec(trimmed);
      const start = off + line.indexOf(trimmed);
      if (m) items.push({ n: +m[1]!, start, end: start + trimmed.length, block: b, indented: blk.indented || /^\s/.test(line) });
      else if (items.length > 0) items[items.length - 1]!.end = start + trimmed.length;
      at = off + line.length;
    }
  }
  // Keep the longest consecutive run ending at the last item.
  let first = items.length - 1;
  while (first > 0 && items[first - 1]!.n === items[first]!.n - 1) first--;
  const run = items.slice(Math.max(first, 0));
  return { notes: run.map(({ n, start, end, indented }) => ({ n, start, end, indented })), firstBlock: run.length ? run[0]!.block : blocks.length };
}

/** Where each footnote number stands in the text: glued to a word (`night63`) or after one at a line's end (`President 1`). */
function findRefs(text: string, from: number, to: number, numbers: number[]): Map<number, RefSite> {
  const found = new Map<number, RefSite>();
  let at = from;
  for (const n of numbers) {
    const glued = new RegExp(`(?<=[\\p{L}.,;:!?”’"')\\]])${n}(?![\\p{N}\\p{L}])`, 'gu');
    const standing = new RegExp(`(?<=[\\p{L}.,;:”’"')] )${n}(?=[ \\t]*(\\n|$))`, 'gmu');
    glued.lastIndex = at;
    standing.lastIndex = at;
    const hit = [glued.exec(text), standing.exec(text)].filter((m): m is RegExpExecArray => m !== null && m.index < to).sort((a, b) => a.index - b.index)[0];
    if (hit) {
      const start = hit.index;
      const sp = text[start - 1] === ' ' ? 1 : 0;
      found.set(n, { start: start - sp, end: start + hit[0].length, n: String(n) });
      at = start + hit[0].length;
    }
  }
  return found;
}

/** Parses a FRUS page copy. */
export function parseFrus(src: SourceText, stem: string, reporter: Reporter): Cable {
  const blocks = splitBlocks(src);
  const ctxBase = { src, reporter };
  let i = 0;
  const noteBlock = blocks[i]!;
  const parsedNote = parseSourceNoteLine(noteBlock.text)!;
  const sourceNote: SourceNote = {
    text: noteBlock.text,
    docType: parsedNote.docType,
    position: src.position(noteBlock.start, noteBlock.end),
    ...(DECIMAL_FILE.test(parsedNote.file) ? { fileNumber: parsedNote.file } : { archiveFile: parsedNote.file }),
  };
  i++;
  const headBlock = blocks[i];
  if (!headBlock) reporter.warn('ingest:no-head', 'the source note is followed by no head', src.point(noteBlock.end));
  const bodyFrom = headBlock ? i + 1 : i;

  const trailing = trailingNotes(src, blocks, bodyFrom);
  const textEnd = trailing.firstBlock < blocks.length ? blocks[trailing.firstBlock]!.start : src.text.length;
  let refs = headBlock ? findRefs(src.text, headBlock.start, textEnd, trailing.notes.map((n) => n.n)) : new Map<number, RefSite>();
  // Numbered paragraphs at the end are notes only when indented as notes are, or referenced from the text.
  const isNotes = trailing.notes.length > 0 && (trailing.notes.every((n) => n.indented) || refs.size > 0);
  const noteRanges = isNotes ? trailing.notes : [];
  const firstBlock = isNotes ? trailing.firstBlock : blocks.length;
  if (!isNotes) refs = new Map();
  const ctx: InlineContext = { ...ctxBase, refs: [...refs.values()] };
  const footnotes: Footnote[] = noteRanges.map((r) => {
    const bodyStart = r.start + NOTE_ITEM.exec(src.text.slice(r.start, r.end))![0].length;
    const referenced = refs.has(r.n);
    if (!referenced) reporter.warn('ingest:note-without-reference', `footnote ${r.n} has no reference in the text; it is kept at the end`, src.point(r.start));
    return { n: String(r.n), children: parseInline(ctxBase, bodyStart, r.end), referenced, position: src.position(r.start, r.end) };
  });

  const head = headBlock ? { children: parseInline(ctx, headBlock.start, headBlock.end), position: src.position(headBlock.start, headBlock.end) } : undefined;

  // Opener: editorial notes, classification, datelines, before the first paragraph.
  const opener: OpenerItem[] = [];
  let b = bodyFrom;
  let place: string | undefined;
  let datelineWhen: string | undefined;
  let classification: string | undefined;
  for (; b < firstBlock; b++) {
    const blk = blocks[b]!;
    const inner = bracketedBlock(blk.text);
    const dl = datelineOf(blk.text);
    if (isClassification(blk.text)) {
      opener.push(openerItem(ctx, blk, 'classification'));
      classification ??= flatText(blk.text);
    } else if (dl) {
      const item = openerItem(ctx, blk, 'dateline');
      item.children = markDateline(src, item.children, blk.start, blk.text).nodes;
      opener.push(item);
      place ??= dl.place;
      datelineWhen ??= dl.when;
    } else if (inner !== undefined && !isSignatureName(inner) && b < firstBlock - 1) {
      const item = bodyBlock(ctx, blk);
      if (item.type === 'p') break;
      opener.push({ type: item.type === 'pb' ? 'pb' : 'editorial', children: parseInline(ctx, blk.start, blk.end), position: item.position });
    } else break;
  }

  // Closer: a signature standing alone at the end, bracketed when the editors supplied it.
  const closer: CloserItem[] = [];
  let bodyEnd = firstBlock;
  const last = blocks[bodyEnd - 1];
  if (last && bodyEnd - 1 >= b) {
    const inner = bracketedBlock(last.text);
    if ((inner !== undefined && isSignatureName(inner)) || (inner === undefined && isSignatureName(last.text.replace(/[[\]]/g, '')) && last.text.length < 40 && bodyEnd - 1 > b)) {
      const children: Inline[] = inner !== undefined ? [{ type: 'supplied', value: inner, position: src.position(last.start, last.end) }] : parseInline(ctx, last.start, last.end);
      closer.push({ type: 'signed', children, position: src.position(last.start, last.end) });
      bodyEnd--;
    }
  }

  const body: Block[] = [];
  for (let k = b; k < bodyEnd; k++) {
    const blk = blocks[k]!;
    const first = body.length === 0 || body.every((x) => x.type !== 'p');
    const num = first ? /^(\d{1,6})\.(?=\s)/.exec(blk.text) : null;
    if (num) {
      const value = num[0];
      const digits = num[1]!;
      const kind = isDateTimeGroup(digits) ? 'dtg' : 'telegram-number';
      const seg: Inline = { type: 'seg', kind, value, position: src.position(blk.start, blk.start + value.length) };
      body.push({ type: 'p', children: [seg, ...parseInline(ctx, blk.start + value.length, blk.end)], position: src.position(blk.start, blk.end) });
    } else body.push(bodyBlock(ctx, blk));
  }
  if (!body.some((x) => x.type === 'p')) reporter.warn('ingest:no-text', 'the cable has headers but no paragraphs of text', src.point(blocks[blocks.length - 1]?.end ?? 0));

  reportOrphanNumbers(src, reporter, head, body, noteRanges.length);

  const headText = head ? inlineText(head.children) : undefined;
  const parties = headText ? partiesOfHead(headText) : { addressees: [] };
  const fileDate = sourceNote.fileNumber ? dateFromFileNumber(sourceNote.fileNumber) : undefined;
  const date = firstDate({ when: datelineWhen, source: 'dateline' }, { when: fileDate, source: 'file-number' });
  return {
    stem,
    shape: 'frus',
    sourceNote,
    head,
    opener,
    body,
    closer,
    footnotes,
    meta: {
      sourceTitle: headText,
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
      ...(parties.sender ? { sender: parties.sender } : {}),
      addressees: parties.addressees,
      ...(classification ? { classification } : {}),
      pages: collectPages([...(head?.children ?? []), ...body.flatMap((x) => (x.type === 'p' ? x.children : [])), ...footnotes.flatMap((f) => f.children)], body),
    },
  };
}

/** Whether six digits read as a date-time group DDHHMM. */
export function isDateTimeGroup(digits: string): boolean {
  if (!/^\d{6}$/.test(digits)) return false;
  const d = +digits.slice(0, 2);
  const h = +digits.slice(2, 4);
  const m = +digits.slice(4, 6);
  return d >= 1 && d <= 31 && h <= 23 && m <= 59;
}

/** The page numbers of the page breaks, in order. */
function collectPages(inline: Inline[], body: Block[]): string[] {
  const pages: { n: string; at: number }[] = [];
  const walk = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.type === 'pb') pages.push({ n: n.n, at: n.position.start.offset });
      else if (isContainer(n)) walk(n.children);
    }
  };
  walk(inline);
  for (const b of body) if (b.type === 'pb') pages.push({ n: b.n, at: b.position.start.offset });
  return pages.sort((a, b) => a.at - b.at).map((p) => p.n);
}

/** Reports numbers glued to words (`night63`) that no footnote claims. */
function reportOrphanNumbers(src: SourceText, reporter: Reporter, head: { children: Inline[] } | undefined, body: Block[], noteCount: number): void {
  const texts = [...(head?.children ?? []), ...body.flatMap((b) => (b.type === 'p' ? b.children : []))].filter((n) => n.type === 'text');
  for (const t of texts) {
    for (const m of t.value.matchAll(/\p{Ll}{2,}(\d{1,3})(?=[\s.,;:]|$)/gu)) {
      reporter.warn(
        'ingest:reference-without-note',
        `“${m[0]}” ends in a footnote number ${m[1]} with no note${noteCount ? ' of that number' : ''} at the end; kept as text`,
        src.point(t.position.start.offset + m.index! + m[0].length - m[1]!.length),
      );
    }
  }
}
