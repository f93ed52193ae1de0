/**
 * A copy of a history.state.gov FRUS document page: source note, head, opener lines, text with `[Page N]`,
 * signature, footnotes at the end. Both renderings of the site are read: blocks between blank lines with
 * notes as indented `  1.` lines, and one block a line with notes as `- text↩` items. The variants and how
 * each is encoded are listed in src/ingest/README.md.
 */
import { dateFromDateTimeGroup, dateFromFileNumber, findFullDate } from '../dates.js';
import type { Reporter } from '../diagnostics.js';
import type { Block, Cable, CableDate, CloserItem, Footnote, Inline, OpenerItem, SourceNote } from '../model.js';
import { SourceText } from '../source.js';
import { isContainer } from '../spans.js';
import { blockRange, flatText, splitBlocks, type BlockRange } from './blocks.js';
import { bodyBlock, bracketedBlock, datelineOf, firstDate, isClassification, isSignatureName, markDateline, openerItem, partiesOfHead } from './common.js';
import { matchNotes, noteList } from './footnotes.js';
import { inlineText, parseInline, type InlineContext, type RefSite } from './inline.js';
import { leadingNavigation, trailingNavigation } from './navigation.js';

/**
 * A State Department decimal file number: a class (`761.93`), words of a subject that may follow it
 * (`740.00119 P.W.`, `740.00119 Control (Japan)`, `740.0011 European War 1939`), a slash and the
 * document's number (`8–1145`, `1486a`): `761.93/8–1145`, `740.0011 PW/8–1145`, `893.00/12–1544`.
 * A personnel file (`123 Service, John S.`) has a class and a name, no slash.
 */
export const DECIMAL_FILE = /^\d{3}(?:\.[\dA-Z]+)*[A-Z]?(?:(?:\s*[^\s/:][^/:]{0,80}?)?\s?\/\s?[\dA-Za-z][^\s:]*|\s+\p{Lu}[\p{L}'’-]+,(?:\s+[\p{Lu}][\p{L}.]*)+)$/u;
/** An archive's file that is not a decimal file: papers, files, records, lots, boxes. */
const ARCHIVE_FILE = /\b(Files?|Papers|Archives?|Records|Collection|Lot|Box|Diary)\b/i;
/** The kinds of document a source note may end in. */
const DOC_TYPE = /^(Telegram|Airgram|Despatch|Dispatch|Memorandum|Letter|Note|Message|Instruction|Circular Telegram|Circular Airgram|Radiogram|Teletype|Minutes|Aide-Mémoire|Telephone Conversation)$/i;

/** Whether a line is a FRUS source note; its parts if so: `761.93/8–1145: Telegram`, `Roosevelt Papers`, `C.F.M. Files: Lot M–88: Box 2063: US Delegation Minutes`. */
export function parseSourceNoteLine(line: string): { file: string; docType?: string } | undefined {
  // A full stop after the kind of document (`890D.01/8–2345: Telegram.`) is the note's own, not a sentence's.
  const whole = line.trim();
  const kindStop = /:\s*([^:]+)\.$/.exec(whole);
  const t = kindStop && DOC_TYPE.test(kindStop[1]!.trim()) ? whole.slice(0, -1) : whole;
  if (t.length < 3 || t.length > 200 || /[.!?]$/.test(t.replace(/\b(?:[A-Z]|Jr|Sr|P\.W|E\.W)\.$/, ''))) return undefined;
  const colon = t.lastIndexOf(':');
  const type = colon === -1 ? undefined : t.slice(colon + 1).trim();
  const withType = type !== undefined && DOC_TYPE.test(type) ? { file: t.slice(0, colon).trim(), docType: type } : { file: t };
  const file = withType.file;
  if (DECIMAL_FILE.test(file)) return withType;
  if (/\/\d{1,2}[–—-]\d{3,4}$/.test(file)) return withType;
  if (ARCHIVE_FILE.test(file) && /^\p{Lu}/u.test(file) && !/\bto\b/.test(file) && file.split(/\s+/).length <= 14) return withType;
  if (withType.docType && /[—–]/.test(file)) return withType;
  return undefined;
}

/** A head with no source note before it: `The Ambassador in China (Gauss) to the Secretary of State`, `Memorandum of Conversation, by …`. */
const HEAD_START = /^(?:The\s|President\s|Marshal\s|Prime Minister\s|Generalissimo\s|General\s|Major General\s|Lieutenant General\s|Admiral\s|Mr\.\s|King\s|Memorandum\b|Minutes\b|Record\b|Extracts?\s+[Ff]rom\b|United States Delegation\b|Draft\b|Aide-Mémoire\b|Note\s+by\b)/;

/** Whether a line reads as the head of a FRUS document. */
export function isHeadLine(line: string): boolean {
  const t = flatText(line);
  if (t.length < 10 || t.length > 300 || !HEAD_START.test(t)) return false;
  if (/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(t.replace(/\b(?:Mr|Mrs|Dr|Jr|St|Gen|Adm|No)\./g, ''))) return false; // sentences: text, not a head
  // A head ends in no full stop (but for a time or an abbreviation) and names an office, a title or a body.
  if (/[.!?]["”’]?$/.test(t.replace(/\s*\d{1,3}$/, '')) && !/(?:[ap]\.m\.|Jr\.|\b\p{Lu}\.)\d{0,3}$/u.test(t)) return false;
  if (t.split(/\s+/).length > 45) return false;
  return /\sto\s/.test(t) || /^(Memorandum|Minutes|Record|Extracts?|United States Delegation|Draft|Aide-Mémoire|Note by)\b/.test(t);
}

/** Whether a text looks like a FRUS page copy: its first line (after any site navigation) is a source note, or a head. */
export function looksLikeFrus(text: string): boolean {
  const all = splitBlocks(new SourceText(text)).map((b) => b.text);
  // A page marker before the source note (the document begins at the top of a page) is passed over.
  const blocks = all.filter((b, k) => k !== leadingNavigation(all) || !PAGE_LINE.test(b) || all[k + 1] === undefined);
  const block = blocks[leadingNavigation(blocks)];
  if (block === undefined) return false;
  const first = block.split('\n')[0]!;
  return parseSourceNoteLine(first) !== undefined || isHeadLine(NUMBER_LINE.test(first.trim()) ? (block.split('\n')[1] ?? blocks[leadingNavigation(blocks) + 1] ?? '') : block);
}

/** A page marker standing alone: `[Page 412]`. */
const PAGE_LINE = /^\[Page [\divxlc]+\]$/i;
/** `No. 198` (a conference volume's number), `No. 2417` (a despatch's). */
const NUMBER_LINE = /^No\.\s*\d+[A-Z]?\.?$/;
/** `[Received March 13—1:05 a.m.]`, `[Excerpts]`, `[Extract]48`, `[Paraphrase]`. */
const LABEL_LINE = /^\[(Received\b[^\]]*|Excerpts?|Extracts?|Paraphrase|Translation|Telegram|Undated|Unsigned)\]\d{0,3}$/i;
/** A kind of document standing alone after the head: `Aide-Mémoire`, `Translation2`, `Conversation`. */
const KIND_LINE = /^(Aide-Mémoire|Aide-Memoire|Translation|Conversation|Agenda|Memorandum|Note|Note Verbale|Oral Statement|Minutes|Paraphrase|Verbatim)\d{0,3}\.?$/i;
/** `Subject: …` in a memorandum. */
const SUBJECT_LINE = /^(Subject|Participants|Present)\s*:/i;

type HeaderKind = 'classification' | 'dateline' | 'label' | 'number' | 'kind' | 'subject' | 'pb';

/** What a line of the opener is, if it is one. */
function headerKind(line: string): HeaderKind | undefined {
  const t = flatText(line);
  if (isClassification(t)) return 'classification';
  if (LABEL_LINE.test(t)) return 'label';
  if (datelineOf(t)) return 'dateline';
  if (NUMBER_LINE.test(t)) return 'number';
  if (KIND_LINE.test(t)) return 'kind';
  if (SUBJECT_LINE.test(t) && t.length < 300) return 'subject';
  if (/^\[Page [\divxlc]+\]$/i.test(t)) return 'pb';
  return undefined;
}

/** The lines of a block, each as a block of its own. */
function linesOfBlock(b: BlockRange): BlockRange[] {
  const out: BlockRange[] = [];
  let at = b.start;
  for (const line of b.text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    if (t) out.push({ start: at + lead, end: at + lead + t.length, text: t, indented: lead > 0 });
    at += line.length + 1;
  }
  return out;
}

/** A dateline cut after its day or its month: the two lines as one. */
function joinDatelines(units: BlockRange[], src: SourceText): BlockRange[] {
  const out: BlockRange[] = [];
  for (let i = 0; i < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1];
    if (b && !datelineOf(a.text) && /,?$/.test(a.text) && /^\d{1,2}(?:,\s*\d{4}|\d{0}\b)|^\d{4}\b/.test(b.text) && datelineOf(`${a.text} ${b.text}`)) {
      out.push({ start: a.start, end: b.end, text: src.text.slice(a.start, b.end), indented: a.indented });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The opening blocks split into lines when each line is a part of the opener (`secret\nNo. 684`). */
function openerUnits(blocks: readonly BlockRange[], src: SourceText): BlockRange[] {
  const out: BlockRange[] = [];
  for (const b of joinDatelines([...blocks], src)) {
    const lines = joinDatelines(linesOfBlock(b), src);
    if (lines.length > 1 && lines.every((l) => headerKind(l.text) !== undefined)) out.push(...lines);
    else if (lines.length > 1 && headerKind(lines[0]!.text) !== undefined) {
      // Opener lines, then the text in the same block.
      let k = 0;
      while (k < lines.length && headerKind(lines[k]!.text) !== undefined) out.push(lines[k++]!);
      out.push(blockRange(src.text, lines[k]!.start, b.end));
    } else out.push(b);
  }
  return out;
}

/** The head block, with the lines that are not part of it (a conference number before it, opener lines after it) split off. */
function splitHead(b: BlockRange, src: SourceText): { before: BlockRange[]; head: BlockRange; after: BlockRange[] } {
  const lines = linesOfBlock(b);
  let s = 0;
  while (s < lines.length - 1 && NUMBER_LINE.test(lines[s]!.text)) s++;
  let e = s + 1;
  while (e < lines.length && headerKind(lines[e]!.text) === undefined) e++;
  const head = blockRange(src.text, lines[s]!.start, lines[e - 1]!.end);
  return { before: lines.slice(0, s), head, after: e < lines.length ? openerUnits([blockRange(src.text, lines[e]!.start, b.end)], src) : [] };
}

/** The date a head of minutes or a record gives: `…, Paris, May 8, 1946, 4 p.m.` */
function headDate(head: string): string | undefined {
  if (!/^(United States Delegation|Minutes|Record|Memorandum|Notes?|Log|Bohlen|Extracts?)\b/.test(head)) return undefined;
  const d = findFullDate(head);
  return d && d.index > head.length / 3 ? d.when : undefined;
}

/** A signature standing alone at the end: `Harriman`, `Joseph C. Grew`, `[Harriman]`, `C[ordell] H[ull]`, `G[eorge] A[tcheson], Jr.` */
function signatureOf(text: string): { supplied: boolean } | undefined {
  const inner = bracketedBlock(text);
  if (inner !== undefined) return isSignatureName(inner.replace(/\.$/, '')) ? { supplied: true } : undefined;
  const plain = text.replace(/[[\]]/g, '').replace(/,\s*Jr\.?$/, '').trim();
  return text.length < 48 && isSignatureName(plain) ? { supplied: false } : undefined;
}

/** A date standing alone at the end of the text: `November 10, 1943.`, `Washington, May 10, 1946.` */
function endDateOf(text: string): string | undefined {
  const flat = flatText(text);
  const dl = datelineOf(flat);
  if (dl) return dl.when;
  const d = findFullDate(flat);
  return d && d.index === 0 && flat.length <= d.text.length + 2 ? d.when : undefined;
}

/** A document's address at history.state.gov (`https://history.state.gov/historicaldocuments/frus1945v07/d685`). */
const FRUS_DOCUMENT_URL = /\bhttps?:\/\/(?:www\.)?history\.state\.gov\/historicaldocuments\/frus[\w-]+\/[\w-]+/;

/** Parses a FRUS page copy. */
export function parseFrus(src: SourceText, stem: string, reporter: Reporter): Cable {
  let blocks = splitBlocks(src);
  const omitted: NonNullable<Cable['omitted']> = [];
  const lead = leadingNavigation(blocks.map((b) => b.text));
  const trail = trailingNavigation(blocks.slice(lead).map((b) => b.text));
  for (const b of [...blocks.slice(0, lead), ...blocks.slice(blocks.length - trail)]) omitted.push({ text: b.text, position: src.position(b.start, b.end) });
  blocks = blocks.slice(lead, blocks.length - trail);
  // The page's own address, when the copy took it with the page frame: the archive's page of the cable.
  const sourceUrl = omitted.map((o) => FRUS_DOCUMENT_URL.exec(flatText(o.text))?.[0]).find((u) => u !== undefined);
  if (omitted.length) reporter.info('ingest:navigation', `left out as the site's navigation, not the document's: ${omitted.map((o) => `“${flatText(o.text)}”`).join(', ')}`, omitted[0]!.position.start);
  const docEnd = blocks[blocks.length - 1]?.end ?? src.text.length;
  // A page marker before the source note: the document begins at the top of that page; the marker opens the head.
  const topPb = blocks[1] && PAGE_LINE.test(blocks[0]!.text) && parseSourceNoteLine(linesOfBlock(blocks[1])[0]?.text ?? '') ? blocks.shift() : undefined;

  // Source note: the first line, when it is one.
  let i = 0;
  let sourceNote: SourceNote | undefined;
  const firstLines = blocks[0] ? linesOfBlock(blocks[0]) : [];
  const parsedNote = firstLines[0] ? parseSourceNoteLine(firstLines[0].text) : undefined;
  if (parsedNote && firstLines[0]) {
    const n = firstLines[0];
    sourceNote = {
      text: n.text,
      ...(parsedNote.docType ? { docType: parsedNote.docType } : {}),
      position: src.position(n.start, n.end),
      ...(DECIMAL_FILE.test(parsedNote.file) ? { fileNumber: parsedNote.file } : { archiveFile: parsedNote.file }),
    };
    if (firstLines.length > 1) blocks = [blockRange(src.text, firstLines[1]!.start, blocks[0]!.end), ...blocks.slice(1)];
    else i = 1;
  } else reporter.info('ingest:no-source-note', 'no source note (file number or archive) on the first line; the head is read from it', src.point(blocks[0]?.start ?? 0));

  // The list of notes at the end, in any rendering.
  const list = noteList(src, blocks[i]?.start ?? 0, docEnd);
  blocks = blocks.filter((b) => b.start < list.start).map((b) => (b.end > list.start ? blockRange(src.text, b.start, list.start) : b)).filter((b) => b.text !== '');

  // Head, with a conference number before it and opener lines after it split off.
  const opener: OpenerItem[] = [];
  const ctxBase = { src, reporter };
  let headBlock: BlockRange | undefined;
  let rest: BlockRange[] = [];
  while (blocks[i + 1] && NUMBER_LINE.test(blocks[i]!.text)) opener.push(openerItem(ctxBase, blocks[i++]!, 'doc-number'));
  // A page marker before the head: the document begins at the top of that page; the marker opens the head.
  const leadingPb = topPb ?? (blocks[i + 1] && headerKind(blocks[i]!.text) === 'pb' ? blocks[i++] : undefined);
  if (blocks[i]) {
    const split = splitHead(blocks[i]!, src);
    headBlock = split.head;
    rest = split.after;
    for (const b of split.before) opener.push(openerItem(ctxBase, b, 'doc-number'));
  } else reporter.warn('ingest:no-head', 'the source note is followed by no head', src.point(docEnd));
  const after = [...rest, ...blocks.slice(i + 1)];

  // Notes and the numbers that refer to them, from the head on.
  const from = headBlock?.start ?? list.start;
  const matched = list.items.length ? matchNotes(src.text, from, list.start, list.items) : { numbers: [], refs: [] };
  const referencedCount = matched.refs.filter(Boolean).length;
  const isNotes = list.items.length > 0 && (list.items[0]!.style !== 'plain' || referencedCount > 0);
  const refs: RefSite[] = isNotes ? matched.refs.filter((r): r is RefSite => r !== undefined) : [];
  const ctx: InlineContext = { ...ctxBase, refs };
  const footnotes: Footnote[] = isNotes
    ? list.items.map((it, k) => {
        const referenced = matched.refs[k] !== undefined;
        if (!referenced) reporter.warn('ingest:note-without-reference', `footnote ${matched.numbers[k]} has no reference in the text; it is kept at the end`, src.point(it.start));
        return { n: matched.numbers[k]!, children: parseInline(ctxBase, it.bodyStart, it.bodyEnd), referenced, position: src.position(it.start, it.end) };
      })
    : [];
  const units = isNotes ? after : [...after, ...splitBlocks(src, list.start, docEnd)];

  const head = headBlock
    ? {
        children: [...(leadingPb ? parseInline(ctx, leadingPb.start, leadingPb.end) : []), ...parseInline(ctx, headBlock.start, headBlock.end)],
        position: src.position(leadingPb?.start ?? headBlock.start, headBlock.end),
      }
    : undefined;

  // Opener: classification, labels, numbers, datelines, received lines, a subject, before the first paragraph.
  const openers = openerUnits(units.slice(0, 12), src);
  let b = 0;
  let place: string | undefined;
  let datelineWhen: string | undefined;
  let classification: string | undefined;
  for (; b < openers.length - 1; b++) {
    const blk = openers[b]!;
    const kind = headerKind(blk.text);
    if (kind === 'classification') {
      opener.push(openerItem(ctx, blk, 'classification'));
      classification ??= flatText(blk.text);
    } else if (kind === 'dateline') {
      const item = openerItem(ctx, blk, 'dateline');
      const marked = markDateline(src, item.children, blk.start, blk.text);
      item.children = marked.nodes;
      opener.push(item);
      const dl = datelineOf(blk.text);
      place ??= dl?.place;
      datelineWhen ??= dl?.when;
    } else if (kind === 'pb') opener.push({ type: 'pb', children: parseInline(ctx, blk.start, blk.end), position: src.position(blk.start, blk.end) });
    else if (kind === 'subject') opener.push(openerItem(ctx, blk, 'subject'));
    else if (kind === 'number') opener.push(openerItem(ctx, blk, 'doc-number'));
    else if (kind === 'kind') opener.push(openerItem(ctx, blk, 'doc-kind'));
    else if (kind === 'label') opener.push({ type: 'editorial', children: parseInline(ctx, blk.start, blk.end), position: src.position(blk.start, blk.end) });
    else {
      const inner = bracketedBlock(blk.text);
      if (inner === undefined || signatureOf(blk.text) || bodyBlock(ctx, blk).type === 'p') break;
      opener.push({ type: 'editorial', children: parseInline(ctx, blk.start, blk.end), position: src.position(blk.start, blk.end) });
    }
  }
  const bodyUnits = [...openers.slice(b), ...units.slice(12)];

  // Closer: a signature, and a date standing alone, at the end.
  const closer: CloserItem[] = [];
  let bodyEnd = bodyUnits.length;
  let endWhen: string | undefined;
  for (let guard = 0; guard < 4 && bodyEnd > 1; guard++) {
    const last = bodyUnits[bodyEnd - 1]!;
    const sig = signatureOf(last.text);
    const when = endDateOf(last.text);
    const note = bracketedBlock(last.text) !== undefined && !sig && closer.length === 0 && bodyEnd > 2 && signatureOf(bodyUnits[bodyEnd - 2]!.text);
    if (note) {
      // The editors' note after the signature stays after it.
      closer.unshift({ type: 'editorial', children: parseInline(ctx, last.start, last.end), position: src.position(last.start, last.end) });
    } else if (sig && !closer.some((c) => c.type === 'signed')) {
      const children: Inline[] = sig.supplied ? [{ type: 'supplied', value: bracketedBlock(last.text)!, position: src.position(last.start, last.end) }] : parseInline(ctx, last.start, last.end);
      closer.unshift({ type: 'signed', children, position: src.position(last.start, last.end) });
    } else if (when && !endWhen) {
      const item: CloserItem = { type: 'dateline', children: markDateline(src, parseInline(ctx, last.start, last.end), last.start, last.text).nodes, position: src.position(last.start, last.end) };
      closer.unshift(item);
      endWhen = when;
    } else break;
    bodyEnd--;
  }

  const body: Block[] = [];
  for (let k = 0; k < bodyEnd; k++) {
    const blk = bodyUnits[k]!;
    const first = body.every((x) => x.type !== 'p');
    // `2873.`, `111258.`, and a date-time group in the editors' brackets, `[111258]`.
    const num = first ? /^(\d{1,6})\.(?=\s|\s*\. \.)/.exec(blk.text) ?? /^\[(\d{6})Z?\.?\](?=\s)/.exec(blk.text) : null;
    if (num) {
      const value = num[0];
      const seg: Inline = { type: 'seg', kind: isDateTimeGroup(num[1]!) ? 'dtg' : 'telegram-number', value, position: src.position(blk.start, blk.start + value.length) };
      body.push({ type: 'p', children: [seg, ...parseInline(ctx, blk.start + value.length, blk.end)], position: src.position(blk.start, blk.end) });
    } else body.push(bodyBlock(ctx, blk));
  }
  if (!body.some((x) => x.type === 'p')) reporter.warn('ingest:no-text', 'the cable has headers but no paragraphs of text', src.point(docEnd));

  reportOrphanNumbers(src, reporter, head, body, footnotes.length);

  const headText = head ? inlineText(head.children) : undefined;
  const parties = headText ? partiesOfHead(headText) : { addressees: [] };
  const fileDate = sourceNote?.fileNumber ? dateFromFileNumber(sourceNote.fileNumber) : undefined;
  // The telegram's date-time group, at the head of its first paragraph: the day it was sent.
  const first = body.find((x) => x.type === 'p');
  const dtgLead = first?.type === 'p' ? first.children[0] : undefined;
  const dtg = dtgLead?.type === 'seg' && dtgLead.kind === 'dtg' ? dtgLead.value : undefined;
  const date: CableDate | undefined = firstDate(
    { when: datelineWhen, source: 'dateline' },
    { when: headText ? headDate(headText) : undefined, source: 'heading' },
    { when: endWhen, source: 'end-date' },
    { when: fileDate && dtg ? dateFromDateTimeGroup(dtg, fileDate) : undefined, source: 'date-time-group' },
    { when: fileDate, source: 'file-number' },
  );
  return {
    stem,
    shape: 'frus',
    ...(sourceNote ? { sourceNote } : {}),
    head,
    opener,
    body,
    closer,
    footnotes,
    ...(omitted.length ? { omitted } : {}),
    meta: {
      ...(headText ? { sourceTitle: headText } : {}),
      ...(sourceUrl ? { sourceUrl } : {}),
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
      ...(parties.sender ? { sender: parties.sender } : {}),
      addressees: parties.addressees,
      ...(classification ? { classification } : {}),
      pages: collectPages([...(head?.children ?? []), ...opener.flatMap((o) => o.children), ...body.flatMap((x) => (x.type === 'p' ? x.children : [])), ...closer.flatMap((c) => c.children)], body),
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

/**
 * The pages the document stands on: `[Page N]` marks where page N begins, so text before the first
 * marker stands on page N−1 (FRUS's own practice); then every marker in order. A document whose text
 * starts right at its first marker (nothing but white space before it) begins on that page.
 */
function collectPages(inline: Inline[], body: Block[]): string[] {
  const pages: { n: string; at: number }[] = [];
  let firstText = Infinity;
  const walk = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.type === 'pb') pages.push({ n: n.n, at: n.position.start.offset });
      else if (isContainer(n)) walk(n.children);
      else if (n.type !== 'lb' && n.type !== 'noteRef' && (n.type !== 'text' || n.value.trim() !== '')) firstText = Math.min(firstText, n.position.start.offset);
    }
  };
  walk(inline);
  for (const b of body) {
    if (b.type === 'pb') pages.push({ n: b.n, at: b.position.start.offset });
    else if (b.type === 'editorial') firstText = Math.min(firstText, b.position.start.offset);
  }
  const sorted = pages.sort((a, b) => a.at - b.at);
  const ordered = sorted.map((p) => p.n);
  const first = sorted[0];
  if (first !== undefined && firstText < first.at && /^\d+$/.test(first.n) && +first.n > 1) ordered.unshift(String(+first.n - 1));
  return ordered;
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
