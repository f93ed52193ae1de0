/**
 * A copy of a Wilson Center Digital Archive page in its labelled layout (the archive's PDF export): date,
 * title, labelled sections (Citation, Summary, …), then the transcript. The transcript reader here is
 * shared with the site's other layouts (wilson-site.ts).
 */
import { findFullDate } from '../dates.js';
import type { Reporter } from '../diagnostics.js';
import type { ArchiveRecord, Block, Cable, CableDate, CloserItem, OpenerItem } from '../model.js';
import type { SourceText } from '../source.js';
import { flatText, splitBlocks, type BlockRange } from './blocks.js';
import { bodyBlock, bracketedBlock, closerItem, firstDate, fromCapitals, isClassification, isInitials, isSignatureName, markHeading, openerItem, partiesOfAddress } from './common.js';
import { inlineText, parseInline, type InlineContext } from './inline.js';

/** A section label: `Citation:`, `**Original Language:**`. */
const LABEL = /^\**\s*(\p{Lu}[\p{L}]*(?: [\p{L}]+){0,3}):\s*\**$/u;
const KNOWN_LABELS = ['Citation', 'Summary', 'Credits', 'Original Language', 'Contents'];

/** A known label with its value on the same line, as a PDF-to-text copy has it: `Original Language: Russian`. */
const LABEL_INLINE = /^\**\s*(Citation|Summary|Credits|Original Language|Contents):\**[ \t]+(?=\S)/;
/** Lines of the page's frame before the labels: the PDF export's page header (`Digital Archive digitalarchive.wilsoncenter.org International History Declassified`), the site's skip link. */
const PAGE_FRAME = [/^Digital Archive(?: \S+)? International History Declassified$/, /^Skip to (?:main )?content$/i];

/** The label a block is, standing alone (`Citation:`) or opening the line of its value (`Citation: “…”`). */
function labelOf(b: BlockRange): string | undefined {
  const alone = b.text.includes('\n') ? undefined : LABEL.exec(b.text.trim())?.[1];
  return alone ?? LABEL_INLINE.exec(b.text)?.[1];
}

/** Where the value of a label on the same line starts, if the block is such a label. */
function inlineValueAt(b: BlockRange): number | undefined {
  if (!b.text.includes('\n') && LABEL.test(b.text.trim())) return undefined;
  const m = LABEL_INLINE.exec(b.text);
  return m ? b.start + m[0].length : undefined;
}

/** Whether a text looks like a Wilson Center page copy: at least two of its section labels stand on lines of their own (alone or before their value). */
export function looksLikeWilson(text: string): boolean {
  const labels = new Set<string>();
  for (const line of text.split('\n')) {
    const m = LABEL.exec(line.trim()) ?? LABEL_INLINE.exec(line.trim());
    if (m?.[1] && KNOWN_LABELS.includes(m[1])) labels.add(m[1]);
  }
  return labels.size >= 2 && (labels.has('Citation') || labels.has('Contents'));
}

/** An item of the Contents section: `Transcript - English`. */
const CONTENTS_ITEM = /^[\p{L} ]{2,40} - [\p{L} ]{2,40}$/u;

/** The parts of a citation: `"Title", July 10, 1945, Wilson Center Digital Archive, W. A. Harriman Papers, Library of Congress.` */
export function parseCitation(citation: string): Pick<ArchiveRecord, 'url' | 'archive' | 'collection' | 'repository'> & { title?: string } {
  const url = /<?(https?:\/\/[^\s>]+)>?/.exec(citation)?.[1];
  let rest = citation.replace(/<?https?:\/\/[^\s>]+>?/, '').replace(/\s+/g, ' ').trim();
  const q = /^["“](.+?)["”],?\s*/.exec(rest);
  const title = q?.[1]?.replace(/,$/, ''); // `“Title,” …`: the comma inside the quotation marks is the sentence's
  if (q) rest = rest.slice(q[0].length);
  const d = findFullDate(rest);
  if (d && d.index === 0) rest = rest.slice(d.text.length).replace(/^,\s*/, '');
  const parts = rest.replace(/\.$/, '').split(/,\s*/).filter(Boolean);
  const out: ReturnType<typeof parseCitation> = {};
  if (url) out.url = url;
  if (title) out.title = title;
  if (parts[0]) out.archive = parts[0];
  return { ...out, ...parseArchivalSource(parts.slice(1).join(', ')) };
}

/** Collection and repository of an archival reference: `Container 175, W. Averell Harriman Papers, Manuscript Division, Library of Congress, Washington, D.C.` */
export function parseArchivalSource(text: string): { collection?: string; repository?: string } {
  const parts = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').split(/,\s*/);
  const ci = parts.findIndex((p) => /\b(?:Papers|Collection|Records|Files)\b/.test(p));
  const ri = parts.findIndex((p, i) => i > ci && /\b(?:Library|Archives?|Museum|Institute|University|Record Office)\b/.test(p));
  const out: { collection?: string; repository?: string } = {};
  if (ci !== -1) out.collection = parts[ci]!;
  if (ri !== -1) {
    const division = ri > 0 && ri - 1 !== ci && /\b(?:Division|Department|Section)\b/.test(parts[ri - 1]!) ? ri - 1 : ri;
    out.repository = parts.slice(division, ri + 1).join(', ');
  }
  return out;
}

/** The page heading before the first label: date lines and the title into the record, the page's frame left out. */
function readPageHeading(src: SourceText, blocks: BlockRange[], archive: ArchiveRecord): { next: number; omitted: NonNullable<Cable['omitted']> } {
  const omitted: NonNullable<Cable['omitted']> = [];
  const titleLines: string[] = [];
  let i = 0;
  for (; i < blocks.length && labelOf(blocks[i]!) === undefined; i++) {
    const blk = blocks[i]!;
    let at = blk.start;
    for (const line of PAGE_FRAME.some((re) => re.test(flatText(blk.text))) ? [blk.text] : blk.text.split('\n')) {
      const flat = flatText(line);
      const d = findFullDate(flat);
      const isDate = d && d.index === 0 && d.text.length >= flat.replace(/[.,]$/, '').length;
      const trimmed = line.trim();
      const from = at + line.indexOf(trimmed);
      if (PAGE_FRAME.some((re) => re.test(flat))) omitted.push({ text: trimmed, position: src.position(from, from + trimmed.length) });
      else if (isDate && !archive.date) archive.date = { when: d.when, text: flat };
      else if (isDate) archive.other.push({ label: 'Date', text: flat }); // a second date line is kept, not dropped
      else if (flat) titleLines.push(flat);
      at += line.length + 1;
    }
  }
  if (titleLines.length) archive.title = titleLines.join(' ');
  return { next: i, omitted };
}

/** Parses a Wilson Center page copy. */
export function parseWilson(src: SourceText, stem: string, reporter: Reporter): Cable {
  const blocks = splitBlocks(src);
  const ctx: InlineContext = { src, reporter };
  const archive: ArchiveRecord = { languages: [], contents: [], other: [] };

  const { next: i, omitted } = readPageHeading(src, blocks, archive);
  if (omitted[0]) reporter.info('ingest:navigation', `left out as the archive's page, not the document's text: ${omitted.map((o) => `“${flatText(o.text)}”`).join(', ')}`, omitted[0].position.start);

  // Labelled sections, up to the transcript. No label is looked for after "Contents:".
  const labelAt: number[] = [];
  for (let k = i; k < blocks.length; k++) {
    const label = labelOf(blocks[k]!);
    if (label === undefined) continue;
    labelAt.push(k);
    if (label === 'Contents') break;
  }
  let transcriptFrom = i;
  const seen = new Set<string>();
  for (let s = 0; s < labelAt.length; s++) {
    const labelBlock = blocks[labelAt[s]!]!;
    const label = labelOf(labelBlock) ?? '';
    const lastSection = s === labelAt.length - 1;
    const content: BlockRange[] = [];
    const valueAt = inlineValueAt(labelBlock);
    if (valueAt !== undefined) content.push({ start: valueAt, end: labelBlock.end, text: src.text.slice(valueAt, labelBlock.end), indented: false });
    let k = labelAt[s]! + 1;
    const limit = lastSection ? blocks.length : labelAt[s + 1]!;
    for (; k < limit; k++) {
      const blk = blocks[k]!;
      if (label === 'Contents' ? !CONTENTS_ITEM.test(flatText(blk.text)) : lastSection && content.length > 0) break;
      content.push(blk);
    }
    transcriptFrom = k;
    const text = content.length ? src.text.slice(content[0]!.start, content[content.length - 1]!.end).replace(/\*\*/g, '').replace(/ {2,}\n/g, '\n').replace(/\n[\s\u00a0]*\n/g, '\n\n').trim() : '';
    if (content.length === 0) reporter.warn('ingest:empty-section', `the section “${label}” is empty`, src.point(labelBlock.start));
    // A section given twice: the second is kept beside the first, never over it.
    const again = seen.has(label);
    seen.add(label);
    switch (again ? '' : label) {
      case 'Citation': {
        archive.citation = text;
        const { title, ...parts } = parseCitation(text);
        Object.assign(archive, parts);
        if (title && !archive.title) archive.title = title; // the page's own title, when it has one, is kept
        break;
      }
      case 'Summary':
        archive.summary = flatText(text);
        if (content.length === 1) archive.summaryNodes = parseInline(ctx, content[0]!.start, content[0]!.end);
        break;
      case 'Credits':
        archive.credits = flatText(text);
        break;
      case 'Original Language':
        archive.languages = text.split(/[,\n]+/).map((x) => x.trim()).filter(Boolean);
        break;
      case 'Contents':
        archive.contents = content.flatMap((c) => c.text.split('\n').map(flatText)).filter(Boolean);
        break;
      default:
        archive.other.push({ label, text: flatText(text) });
    }
  }
  if (!archive.contents.length) reporter.info('ingest:no-contents', 'no “Contents:” section: the transcript is taken to start after the last section', src.point(blocks[transcriptFrom]?.start ?? src.text.length));

  const t = readTranscript(ctx, blocks.slice(transcriptFrom));
  const date = firstDate({ when: archive.date?.when, text: archive.date?.text, source: 'archive' }, { when: t.headWhen, source: 'dateline' });
  return wilsonCable(stem, t, archive, { date, place: t.place, sender: t.sender, addressees: t.addressees.length ? t.addressees : t.toLines }, omitted);
}

/** A Wilson Center page as a Cable: its transcript, its archive record, and the facts its reader settled. */
export function wilsonCable(
  stem: string,
  t: Transcript,
  archive: ArchiveRecord,
  facts: { date: CableDate | undefined; place: string | undefined; sender: string | undefined; addressees: string[] },
  omitted: NonNullable<Cable['omitted']>,
): Cable {
  return {
    stem,
    shape: 'wilson',
    ...(t.head ? { head: t.head } : {}),
    opener: t.opener,
    body: t.body,
    closer: t.closer,
    footnotes: [],
    meta: {
      ...(archive.title ? { sourceTitle: archive.title } : t.head ? { sourceTitle: inlineText(t.head.children) } : {}),
      ...(facts.date ? { date: facts.date } : {}),
      ...(facts.place ? { place: facts.place } : {}),
      ...(facts.sender ? { sender: facts.sender } : {}),
      addressees: facts.addressees,
      ...(t.classification ? { classification: t.classification } : {}),
      pages: [],
      archive,
    },
    ...(omitted.length ? { omitted } : {}),
  };
}

/** What a page's transcript gives: its parts, and the parties, place and date its opening lines name. */
export interface Transcript {
  head?: NonNullable<Cable['head']>;
  opener: OpenerItem[];
  body: Block[];
  closer: CloserItem[];
  sender?: string;
  addressees: string[];
  /**
   * The addressees of a translated telegram's `To Cde. Stalin` lines: weaker than a title's parties, as such a line may
   * name the channel (`To Terebin`, where the title says `to Mao Zedong [via Terebin]`).
   */
  toLines: string[];
  classification?: string;
  place?: string;
  /** The date of the heading in capitals, or of a memorandum's `Conversation.` line. */
  headWhen?: string;
}

/** Reads a transcript: heading, classification and addressing lines, paragraphs, and the initials, signature or date closing it. */
export function readTranscript(ctx: InlineContext, t: BlockRange[]): Transcript {
  const opening = readOpening(ctx, t);
  const closing = readClosing(ctx, t, opening.next);
  const body: Block[] = t.slice(opening.next, closing.end).map((b) => transcriptBlock(ctx, b));
  if (!body.some((b) => b.type === 'p')) ctx.reporter.warn('ingest:no-text', 'the page has no transcript paragraphs', ctx.src.point(t[0]?.start ?? ctx.src.text.length));
  const { next: _next, ...rest } = opening;
  return { ...rest, body, closer: closing.closer };
}

/** `Page 2` alone on a line: a page of the PDF export starts here. */
const PAGE_LINE = /^Page (\d+)$/;

/** A block of the transcript: a page of the PDF export starting, or what bodyBlock makes of it. */
function transcriptBlock(ctx: InlineContext, b: BlockRange): Block {
  const page = PAGE_LINE.exec(b.text.trim())?.[1];
  return page ? { type: 'pb', n: page, position: ctx.src.position(b.start, b.end) } : bodyBlock(ctx, b);
}

/** `Conversation.   April 29, 1944.`: the date line of a memorandum of conversation. */
const CONVERSATION = /^(?:Memorandum of )?Conversation[.,:]?\s+/i;

/** The opening of a transcript: classification lines, the heading and addressing lines in capitals, and a memorandum's date line, before the first paragraph. */
function readOpening(ctx: InlineContext, t: BlockRange[]): Omit<Transcript, 'body' | 'closer'> & { next: number } {
  const { src } = ctx;
  const out: Omit<Transcript, 'body' | 'closer'> & { next: number } = { opener: [], addressees: [], toLines: [], next: 0 };
  let k = 0;
  for (; k < t.length - 1; k++) {
    const blk = t[k]!;
    const flat = flatText(blk.text);
    if (CONVERSATION.test(flat) && findFullDate(flat)) {
      const marked = markHeading(src, parseInline(ctx, blk.start, blk.end), blk.start, blk.text);
      out.opener.push({ type: 'dateline', children: marked.nodes, position: src.position(blk.start, blk.end) });
      out.headWhen ??= marked.when;
      continue;
    }
    if (isClassification(flat)) {
      out.opener.push(openerItem(ctx, blk, 'classification'));
      out.classification ??= flat;
      continue;
    }
    if (bracketedBlock(blk.text) !== undefined && bodyBlock(ctx, blk).type === 'editorial') {
      out.opener.push(openerItem(ctx, blk, 'editorial')); // `[Translator's Note: …]` above the text
      continue;
    }
    if (isHandlingMark(flat)) {
      out.opener.push(openerItem(ctx, blk, 'classification'));
      out.classification ??= flat;
      continue;
    }
    if (CIPHER_KIND.test(flat)) {
      out.opener.push(openerItem(ctx, blk, 'doc-kind')); // `Ciphered Telegram No. 4040`
      continue;
    }
    // Lines in capitals are partiesOfAddress's (`FROM HARRIMAN TO THE PRESIDENT`), but for `FROM: PYONGYANG`.
    const address = /\p{Ll}/u.test(flat) || /^FROM:\s/.test(flat) ? addressLine(flat) : undefined;
    if (address) {
      out.opener.push(openerItem(ctx, blk, 'salute'));
      if (address.place) out.place ??= address.place;
      out.toLines.push(...address.addressees.filter((a) => !out.toLines.includes(a))); // `To Cde. Stalin` + `To Cde. Molotov`
      continue;
    }
    if (/\p{Ll}/u.test(flat.replace(/\[[^\]]*\]/g, ''))) break;
    const next = t[k + 1];
    const joined = next && k + 1 < t.length - 1 && continuesAddress(flat, next.text) ? partiesOfAddress(`${flat} ${flatText(next.text)}`) : undefined;
    const parties = joined ?? partiesOfAddress(blk.text);
    if (parties) {
      out.opener.push(openerItem(ctx, blk, 'salute'));
      if (joined && next) {
        out.opener.push(openerItem(ctx, next, 'salute'));
        k++;
      }
      out.sender ??= parties.sender;
      if (!out.addressees.length) out.addressees = parties.addressees;
    } else if (!out.head && out.opener.length === 0) {
      const marked = markHeading(src, parseInline(ctx, blk.start, blk.end), blk.start, blk.text);
      out.head = { children: marked.nodes, position: src.position(blk.start, blk.end) };
      if (marked.place) out.place = fromCapitals(marked.place);
      out.headWhen = marked.when;
    } else out.opener.push(openerItem(ctx, blk, 'salute'));
  }
  out.next = k;
  return out;
}

/** A translated telegram's handling marks above its text: `Strictly secret`, `Copying prohibited`, `Special File`, one or several on a line. */
const HANDLING = /^(?:strictly secret|top secret|secret|completely secret|of special importance|copying (?:is )?(?:prohibited|forbidden)|making copies is (?:prohibited|forbidden)|not to be copied|special file|personal)[.!,]?\s*/i;

/** Whether a line is only handling marks (`Strictly secret. Copying prohibited.`). */
export function isHandlingMark(line: string): boolean {
  let rest = line.trim();
  if (!HANDLING.test(rest)) return false;
  for (let m = HANDLING.exec(rest); m && m[0].length > 0 && rest; m = HANDLING.exec(rest)) rest = rest.slice(m[0].length);
  return rest === '';
}

/** How a translated telegram names its kind above its text: `Ciphered Telegram`, `Ciphered Telegram # 600428/sh`. */
const CIPHER_KIND = /^(?:Ciphered|Coded|Encoded|Deciphered|Decoded|CIPHERED|CODED)\s+(?:Telegram|Cable|Message|TELEGRAM|CABLE)(?:\s*(?:#|No\.?|Nr\.?)\s*[\w/-]+)?\.?$/;

/** `From Pyongyang.`, `FROM: PYONGYANG`, `From Pyongyang, No. 4040. …`: the place a telegram was sent from. */
const FROM_PLACE = /^(?:From|FROM)\s*:?\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])[.,;]?\s*/u;
/** `To Cde. Stalin`, `To Comrade F. Kuznetsov`, `To Vyshinsky.`, `For Comrades Stalin and Molotov`: the addressees. */
const TO_PARTIES = /^(?:To|TO|For|FOR)\s*:?\s+(?:(?:Comrades?|Cdes?\.?|Com\.|COMRADES?|CDES?\.?)\s+)?(.+?)[.:]?$/u;
/** A party of an addressing line: capitalised words, initials and the editors' glosses (`Filippov [Stalin]`), a few small words. */
const PARTY = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*|\[[^\]]*\]|\([^)]*\))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\[[^\]]*\]|\([^)]*\)|of|for|the|in|de|du|von))*$/u;

/**
 * A translated telegram's addressing line in small letters (the opening lines in capitals are partiesOfAddress's):
 * the place it names after `From`, the addressees it names after `To`; undefined when the line is not one.
 */
export function addressLine(line: string): { place?: string; addressees: string[] } | undefined {
  let rest = line.trim();
  if (rest.length > 120) return undefined;
  const out: { place?: string; addressees: string[] } = { addressees: [] };
  const from = FROM_PLACE.exec(rest);
  if (from) {
    out.place = fromCapitals(from[1]!);
    rest = rest.slice(from[0].length);
    if (/^(?:to|for)\s/i.test(rest) === false) return out; // `From Pyongyang, No. 4040. 10 hours 10 minutes.`: the rest is the line's own
  }
  const to = TO_PARTIES.exec(rest);
  if (!to) return undefined;
  const parties = to[1]!
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.replace(/^(?:Comrades?|Cdes?\.?|Com\.)\s+/, '').trim())
    .filter(Boolean);
  if (!parties.length || parties.length > 8 || !parties.every((p) => PARTY.test(p) && p.split(/\s+/).length <= 6)) return undefined;
  out.addressees = parties;
  return out;
}

/** Whether an addressing line in capitals goes on in the next block: `FROM W. A. HARRIMAN TO` + `THE PRESIDENT AND …`. */
function continuesAddress(line: string, next: string): boolean {
  const rest = flatText(next);
  return /\bFROM\s+\S.*\s(?:TO|FOR|AND|AND THE|THE|OF)$/.test(line) && rest.length > 0 && !/\p{Ll}/u.test(rest);
}

/** Closing initials: `RPM`, `WAH`, `EP:nn` (drafter and typist). */
function isClosingInitials(text: string): boolean {
  return isInitials(text) || /^[A-Z]{1,5}:[a-z]{1,5}$/.test(text.trim());
}

/** A signature standing alone, not in brackets: `Mao Zedong.`, `V. Molotov`, `PETROV`. */
export function isPlainSignature(text: string): boolean {
  const t = flatText(text);
  if (t.length > 40 || isInitials(t) || isClassification(t)) return false;
  if (!/^(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+){0,2}\.?$/u.test(t)) return false;
  if (/\b(?:end|message|copy|of|the|and|to|for|no|not|secret)\b/i.test(t)) return false;
  return /\s/.test(t.replace(/\.$/, '')) || !/\p{Ll}/u.test(t); // one word only in capitals: `PETROV`
}

/** A date standing alone at the end: `16 August 1945`, `16.XII.1947`, `29.XI.45`. */
function isClosingDate(text: string): boolean {
  const t = flatText(text).replace(/\.$/, '');
  const d = findFullDate(t);
  return (d !== undefined && d.index === 0 && d.text.length === t.length) || /^\d{1,2}\.[IVX]{1,4}\.(?:\d{2}|\d{4})$/.test(t);
}

/** The closing of a transcript: initials, a signature (bracketed or not) or a date standing alone at the end. */
function readClosing(ctx: InlineContext, t: BlockRange[], from: number): { closer: CloserItem[]; end: number } {
  const { src } = ctx;
  const closer: CloserItem[] = [];
  let end = t.length;
  while (end - 1 > from) {
    const blk = t[end - 1]!;
    const inner = bracketedBlock(blk.text);
    if (isClosingInitials(blk.text)) closer.unshift(closerItem(ctx, blk, 'initials'));
    else if (inner !== undefined && isSignatureName(inner)) {
      closer.unshift({ type: 'signed', children: [{ type: 'supplied', value: inner, position: src.position(blk.start, blk.end) }], position: src.position(blk.start, blk.end) });
    } else if (inner === undefined && isPlainSignature(blk.text)) closer.unshift(closerItem(ctx, blk, 'signed'));
    else if (isClosingDate(blk.text) && closer.length === 0) {
      const marked = markHeading(src, parseInline(ctx, blk.start, blk.end), blk.start, blk.text);
      closer.unshift({ type: 'dateline', children: marked.nodes, position: src.position(blk.start, blk.end) });
    } else break;
    end--;
  }
  return { closer, end };
}
