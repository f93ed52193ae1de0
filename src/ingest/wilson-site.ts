/**
 * A copy of a Wilson Center Digital Archive document page in the site's own layouts (the labelled PDF
 * export is wilson.ts):
 *
 * - the current site, blocks between blank lines, `Skip to content` first; or one block a line, with no
 *   `Skip to content` and maybe a paragraph of another document before the date line: date line, title,
 *   funder line, transcript, summary, `Author(s):` and `Associated …` headings, then `Document
 *   Information` (Source, Original Archive, Rights, Original Uploaded Date, Type, Language, Record ID),
 *   its labels sometimes missing;
 * - the 2013–2022 site: search box, banner, date line, title in capitals (or none), funder line, the
 *   citation box (summary and citation sentence), share link, language tab, transcript.
 *
 * The site's navigation is left out (SITE_NAVIGATION, SITE_FOOTER, headings without values, lists of
 * related documents), each piece in `cable.omitted`, all named in one `ingest:navigation` diagnostic;
 * everything else is kept: the page's metadata in the header, the transcript in the text.
 */
import { findFullDate, isoDate, monthNumber } from '../dates.js';
import type { Reporter } from '../diagnostics.js';
import type { ArchiveRecord, Cable, CableDate } from '../model.js';
import type { SourceText } from '../source.js';
import { flatText, splitBlocks, type BlockRange } from './blocks.js';
import { bracketedBlock, partiesOfHead } from './common.js';
import { parseInline, type InlineContext } from './inline.js';
import { isPlainSignature, parseArchivalSource, parseCitation, readTranscript, wilsonCable, type Transcript } from './wilson.js';

/** One non-blank line of the source: its range trimmed of outer white space, and where its line starts. */
interface Line {
  start: number;
  end: number;
  lineStart: number;
  text: string;
  indented: boolean;
}

/** The site's layouts: current (blocks between blank lines), compact (one block a line), old-site (2013–2022). */
export type SiteLayout = 'current' | 'compact' | 'old-site';

/** Why a piece of the page was left out. */
type Why = 'navigation' | 'heading' | 'empty' | 'related' | 'footer';

interface Piece {
  start: number;
  end: number;
  text: string;
  why: Why;
}

/** The 2013–2022 site's language tab: `ENGLISH (TRANSCRIPTION) HTML`, `English HTML`. */
const LANGUAGE_TAB = /^((?:\p{Lu}+|\p{Lu}\p{Ll}+)(?: \((?:\p{Lu}+|\p{Lu}\p{Ll}+)\))?) HTML$/u;

/** The top of a 2013–2022 page: its search box and banner. */
const OLD_SITE_TOP = [/^Search in$/, /^ADD SEARCH FILTER CANCEL SEARCH FILTER$/, /^Digital Archive International History Declassified$/];

/**
 * The site's navigation before the transcript, each a whole line: the current site's skip link; the
 * 2013–2022 site's search box, banner, tool bar, citation and share tabs, and language tab.
 */
export const SITE_NAVIGATION: readonly RegExp[] = [
  /^Skip to (?:main )?content$/i,
  ...OLD_SITE_TOP,
  /^CITATION SHARE DOWNLOAD$/,
  /^•\s*Citation$/,
  /^get citation$/i,
  /^•\s*share document$/i,
  /^VIEW DOCUMENT IN$/,
  LANGUAGE_TAB,
];

/** The site's footer and menus after the Document Information block, each a whole line. */
export const SITE_FOOTER: readonly RegExp[] = [
  /^(?:Home|About|About Us|Donate|Support|Contact|Contact Us|Subscribe|Newsletter|Search|Menu|Back to top|Accessibility|Careers|Press|Events|Sign up|Follow us|Facebook|Twitter|X|YouTube|LinkedIn|Instagram|Privacy Policy|Terms of Use|Wilson Center|Digital Archive|History and Public Policy Program)$/i,
  /^(?:©|Copyright\b|\(c\)\s).*$/i,
];

/** Lines that only a page listing documents has (search results, a person's, topic's or collection's page). */
const LISTING: readonly RegExp[] = [/^\d+\s*[-–]\s*\d+ of \d+$/, /^Popular Documents$/i, /^SEARCH RESULTS$/, /^Results:?$/, /^No image found\.?$/, /^Placeholder image for when a portrait image is not available$/i];

const MONTHS = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** The page's date line: `July 9, 1945`, `July 05, 1945`, `July 1945`, `June, 1934`, `1948`. */
const PAGE_DATE = new RegExp(`^${MONTHS}(?:\\s+(\\d{1,2}))?,?\\s+(\\d{4})$`);
const YEAR_ONLY = /^(1[6-9]\d\d|20\d\d)$/;
/** `This document was made possible with support from (the) Chun & Jane Chiu Family Foundation`. */
const FUNDER = /^This document was made possible with support from (?:the )?(.+?)\.?$/;
/** The 2013–2022 citation sentence: `"Title," July 05, 1945, History and Public Policy Program Digital Archive, …`. */
const CITATION_LINE = /^["“].+?["”],?\s+\S/;
const URL_LINE = /^<?https?:\/\/\S+?>?$/;

const DOC_INFO = /^Document Information$/;
const ASSOCIATED = /^(?:Associated People & Organizations|Associated Places|Associated Topics|Subjects Discussed)$/;
const RELATED = /^Related Documents$/;
const AUTHORS = /^Author\(s\):?\s*(.*)$/;
/** The keys of the Document Information block, each alone on its line, its value on the lines after. */
const KEYS = ['Source', 'Original Archive', 'Rights', 'Original Uploaded Date', 'Type', 'Language', 'Record ID'];
const ONE_LINE_KEYS = new Set(['Original Uploaded Date', 'Type', 'Language', 'Record ID']);

/** The non-blank lines of text[from, to), trimmed, with their ranges. */
function linesOf(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  for (let pos = from; pos < to; ) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    const raw = text.slice(pos, nl);
    const lead = raw.search(/[^\s\u200b]/);
    if (lead !== -1) {
      const body = raw.slice(lead).replace(/[\s\u200b]+$/, '');
      out.push({ start: pos + lead, end: pos + lead + body.length, lineStart: pos, text: body, indented: lead > 0 });
    }
    pos = nl + 1;
  }
  return out;
}

const matchesAny = (res: readonly RegExp[], text: string): boolean => res.some((re) => re.test(text));

/** Whether a line is the site's navigation before the transcript. */
export function isSiteNavigation(text: string): boolean {
  return matchesAny(SITE_NAVIGATION, text.trim());
}

/** The date of a page's date line, ISO (`1945-07-09`, `1945-07`, `1948`), or undefined. */
export function pageDate(text: string): { when: string; text: string } | undefined {
  const t = text.trim();
  if (YEAR_ONLY.test(t)) return { when: t, text: t };
  const m = PAGE_DATE.exec(t);
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? '');
  const year = Number(m[3]);
  if (m[2] === undefined) return { when: `${m[3]}-${String(month).padStart(2, '0')}`, text: t };
  const when = isoDate(year, month, Number(m[2]));
  return when ? { when, text: t } : undefined;
}

/** Whether line b follows line a with no blank line between (one paragraph wrapped over lines). */
function sameRunAs(text: string, a: Line, b: Line): boolean {
  return (text.slice(a.end, b.start).match(/\n/g)?.length ?? 0) === 1;
}

/** Where the page's date line is among the first lines (navigation and at most three other lines before it), or -1. */
function dateLineIndex(lines: readonly Line[], text: string): number {
  let others = 0;
  for (let i = 0; i < Math.min(lines.length, 24); i++) {
    const t = lines[i]!.text;
    if (pageDate(t)) return i;
    // A paragraph wrapped over lines counts once.
    const sameRun = i > 0 && sameRunAs(text, lines[i - 1]!, lines[i]!);
    if (!isSiteNavigation(t) && !sameRun && ++others > 3) return -1;
  }
  return -1;
}

/** The first line that shows a page listing documents, if the text is a site page. */
function listingLine(lines: readonly Line[]): Line | undefined {
  const top = lines[0]?.text ?? '';
  if (!/^Skip to (?:main )?content$/i.test(top) && !matchesAny(OLD_SITE_TOP, top)) return undefined;
  return lines.slice(0, 40).find((l) => matchesAny(LISTING, l.text));
}

/** Whether a line reads as a page's title: capitalised, short, not a sentence of text. */
function looksLikeTitle(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && t.length <= 200 && !/[.!?:;]$/.test(t) && !pageDate(t) && !isSiteNavigation(t);
}

/** Whether the page has the tail of a current-site document page: `Document Information` or an `Associated …` heading. */
function hasDocumentTail(lines: readonly Line[]): boolean {
  return lines.some((l) => DOC_INFO.test(l.text) || ASSOCIATED.test(l.text));
}

/** The site layout of a Wilson Center page copy, `listing` for a page listing documents, or undefined for any other text. */
export function siteLayout(text: string): SiteLayout | 'listing' | undefined {
  const lines = linesOf(text);
  if (listingLine(lines)) return 'listing';
  const dateAt = dateLineIndex(lines, text);
  if (dateAt === -1) return undefined;
  const before = lines.slice(0, dateAt).map((l) => l.text);
  if (before.some((t) => matchesAny(OLD_SITE_TOP, t))) return 'old-site';
  const blankLines = /\n[ \t\u00a0\u200b]*\n/.test(text.slice(lines[0]?.start ?? 0, lines[Math.min(lines.length - 1, dateAt + 2)]?.end ?? 0));
  if (before.some((t) => /^Skip to (?:main )?content$/i.test(t))) return blankLines ? 'current' : 'compact';
  // A copy cut before its tail: the page's date line first (or after one paragraph of another document), then a title.
  const runsBefore = lines.slice(0, dateAt).filter((l, i) => i === 0 || !sameRunAs(text, lines[i - 1]!, l)).length;
  if (!hasDocumentTail(lines) && !(runsBefore <= 1 && looksLikeTitle(lines[dateAt + 1]?.text))) return undefined;
  return blankLines ? 'current' : 'compact';
}

/** Reports a listing page of the site (not a document); true if it is one. */
export function reportListing(src: SourceText, reporter: Reporter): boolean {
  const line = listingLine(linesOf(src.text));
  if (!line) return false;
  reporter.warn(
    'ingest:wilson-listing',
    `a Wilson Center Digital Archive page listing documents (“${line.text}”: search results, or a person's, topic's or collection's page), not a document; encoded as plain paragraphs`,
    src.point(line.start),
  );
  return true;
}

const piece = (l: Line, why: Why): Piece => ({ start: l.start, end: l.end, text: l.text, why });

/** What the page heading gives, before the transcript. */
interface Heading {
  date?: { when: string; text: string };
  title?: Line;
  credits?: string;
  /** Lines before the date line that are not navigation: another document's teaser, in the compact copy. */
  preceding: Line[];
  /** The old site's citation box: the summary lines and the citation sentence. */
  summary: Line[];
  citation: Line[];
  urls: Line[];
  contents: string[];
  pieces: Piece[];
  /** The index of the transcript's first line. */
  next: number;
}

type Zone = 'page' | 'box' | 'share';

/** The zone of the old site's heading that a navigation line opens. */
function zoneAfter(nav: string, zone: Zone): Zone {
  if (/Citation$/i.test(nav) && !/DOWNLOAD/.test(nav)) return 'box';
  if (/share document$/i.test(nav)) return 'share';
  if (/^VIEW DOCUMENT IN$|HTML$/.test(nav)) return 'page';
  return zone;
}

/** Reads the page heading: navigation, date line, title, funder line, the old site's citation box. */
function readHeading(lines: readonly Line[], dateAt: number, layout: SiteLayout): Heading {
  const h: Heading = { preceding: [], summary: [], citation: [], urls: [], contents: [], pieces: [], next: lines.length };
  for (let i = 0; i < Math.max(dateAt, 0); i++) {
    const l = lines[i]!;
    if (isSiteNavigation(l.text)) h.pieces.push(piece(l, 'navigation'));
    else h.preceding.push(l);
  }
  const dateLine = lines[dateAt];
  const date = dateLine ? pageDate(dateLine.text) : undefined;
  if (date) h.date = date;
  let zone: Zone = 'page';
  let titleClosed = false;
  let i = Math.max(dateAt + 1, 0);
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isSiteNavigation(l.text)) {
      h.pieces.push(piece(l, 'navigation'));
      const tab = LANGUAGE_TAB.exec(l.text);
      if (tab?.[1]) h.contents.push(tab[1].toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase()));
      zone = zoneAfter(l.text, zone);
      if (/citation/i.test(l.text)) titleClosed = true;
      continue;
    }
    if (zone === 'box' || (layout === 'old-site' && zone === 'page' && l.indented && !h.citation.length)) {
      if (h.citation.length || (CITATION_LINE.test(l.text) && findFullDate(l.text))) h.citation.push(l);
      else h.summary.push(l);
      titleClosed = true;
      continue;
    }
    if (zone === 'share' && URL_LINE.test(l.text)) {
      h.urls.push(l);
      continue;
    }
    if (!h.credits && FUNDER.test(l.text)) {
      h.credits = l.text;
      continue;
    }
    if (!h.title && !titleClosed && zone === 'page') {
      h.title = l;
      titleClosed = true;
      continue;
    }
    break;
  }
  h.next = i;
  return h;
}

/** Whether a line opens the page's tail (after the transcript and its summary). */
function isTailHeading(text: string): boolean {
  return DOC_INFO.test(text) || ASSOCIATED.test(text) || RELATED.test(text) || AUTHORS.test(text);
}

/** Whether a line is one of the page's own lines that stand alone: navigation, date line, heading, key, footer, URL. */
function standsAlone(text: string): boolean {
  return isSiteNavigation(text) || pageDate(text) !== undefined || URL_LINE.test(text) || isTailHeading(text) || KEYS.includes(text) || matchesAny(SITE_FOOTER, text) || matchesAny(LISTING, text);
}

/** Whether a line starts a unit of its own: it stands alone, or opens the funder line or the citation sentence. */
function startsUnit(text: string): boolean {
  return standsAlone(text) || FUNDER.test(text) || CITATION_LINE.test(text);
}

/**
 * The page's units: where blocks are separated by blank lines, the lines of a paragraph wrapped over
 * several lines are one unit (but for the page's own lines, which stand alone); else each line is one.
 */
function unitsOf(text: string, lines: readonly Line[], oneALine: boolean): Line[] {
  const units: Line[] = [];
  for (const l of lines) {
    const last = units[units.length - 1];
    const sameRun = last !== undefined && sameRunAs(text, last, l);
    if (!oneALine && last && sameRun && !standsAlone(last.text) && !startsUnit(l.text)) units[units.length - 1] = { ...last, end: l.end, text: `${last.text} ${l.text}` };
    else units.push(l);
  }
  return units;
}

/** The transcript's blocks in [from, to): between blank lines when it has them, else one a line. */
function transcriptBlocks(src: SourceText, from: number, to: number): BlockRange[] {
  if (from >= to) return [];
  if (/\n[ \t\u00a0\u200b]*\n/.test(src.text.slice(from, to).trim())) return splitBlocks(src, from, to);
  return linesOf(src.text, from, to).map((l) => ({ start: l.start, end: l.end, text: l.text, indented: l.indented }));
}

/** A note by the editors after the summary: `Note that …`. */
const EDITORS_NOTE = /^(?:Note\b|N\.B\.|Editor['’]s note)/i;

/** Whether a block reads as the page's summary: a sentence, not a sign, a signature or initials. */
function isSummaryLike(text: string): boolean {
  const t = flatText(text);
  return t.split(' ').length >= 4 && /\p{Ll}/u.test(t) && bracketedBlock(t) === undefined && !isPlainSignature(t);
}

/** The summary at the end of the transcript's blocks (one paragraph, or two when the second is the editors' note), and the rest. */
function takeSummary(blocks: BlockRange[]): { summary: BlockRange[]; rest: BlockRange[] } {
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 2 || !isSummaryLike(last.text)) return { summary: [], rest: blocks };
  const before = blocks[blocks.length - 2];
  if (blocks.length >= 3 && before && EDITORS_NOTE.test(flatText(last.text)) && isSummaryLike(before.text)) return { summary: blocks.slice(-2), rest: blocks.slice(0, -2) };
  return { summary: [last], rest: blocks.slice(0, -1) };
}

/** What the page's tail gives: labelled values, what was left out, the languages and the source. */
interface Tail {
  other: { label: string; text: string }[];
  pieces: Piece[];
  languages: string[];
  source?: string;
}

/** A heading or key of the tail with the lines of its value. */
interface Section {
  label: string;
  labelLine?: Line;
  inline?: string;
  lines: Line[];
}

/** Whether a paragraph is the archive's statement on rights and reuse (told by its words, as its wording varies). */
export function isRightsText(text: string): boolean {
  return /\b(?:rights?|copyright)\b/i.test(text) && /\b(?:permission|reuse|re-use|copyright|commercial)\b/i.test(text);
}

/** Whether a line after the Document Information block names a funder: `Leon Levy Foundation`. */
function isFunderName(text: string, funder: string | undefined): boolean {
  return text === funder || (text.length <= 100 && /\b(?:Foundation|Fund|Corporation|Trust|Endowment)\b/.test(text));
}

/** Ends a section of the tail: its value is kept, or the heading left out when it has none. */
function closeSection(tail: Tail, s: Section): void {
  const parts = [s.inline ?? '', ...s.lines.map((l) => flatText(l.text))].filter((x) => x !== '');
  if (!parts.length) {
    if (s.labelLine) tail.pieces.push(piece(s.labelLine, 'empty'));
    return;
  }
  const text = parts.join(ASSOCIATED.test(s.label) ? '; ' : ' ');
  tail.other.push({ label: s.label, text });
  if (s.label === 'Language') tail.languages.push(...text.split(/,\s*|\s+and\s+/).filter(Boolean));
  if (s.label === 'Source') tail.source ??= text;
}

/** A `Related Documents` heading and the list after it (up to the next heading of the tail): one piece, or the heading alone when empty. */
function relatedList(src: SourceText, lines: readonly Line[], at: number): { piece: Piece; next: number } {
  let k = at + 1;
  while (k < lines.length && !DOC_INFO.test(lines[k]!.text) && !KEYS.includes(lines[k]!.text) && !ASSOCIATED.test(lines[k]!.text) && !AUTHORS.test(lines[k]!.text)) k++;
  const first = lines[at]!;
  const last = lines[k - 1]!;
  return { piece: { start: first.start, end: last.end, text: src.text.slice(first.start, last.end), why: k === at + 1 ? 'empty' : 'related' }, next: k };
}

/** Reads the page's tail: Author(s), Associated headings, Document Information and its keys, footer. */
function readTail(src: SourceText, lines: readonly Line[], funder: string | undefined): Tail {
  const tail: Tail = { other: [], pieces: [], languages: [] };
  const seen = new Set<string>();
  let current: Section | undefined;
  let inInfo = false;
  let ended = false;
  const close = (): void => {
    if (current) closeSection(tail, current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (RELATED.test(t)) {
      close();
      const r = relatedList(src, lines, i);
      tail.pieces.push(r.piece);
      i = r.next - 1;
      continue;
    }
    if (ended) {
      trailingLine(tail, l, funder);
      continue;
    }
    if (DOC_INFO.test(t)) {
      close();
      inInfo = true;
      tail.pieces.push(piece(l, 'heading'));
      continue;
    }
    const authors = AUTHORS.exec(t);
    if (authors || ASSOCIATED.test(t) || KEYS.includes(t)) {
      close();
      current = authors ? { label: 'Author(s)', labelLine: l, inline: (authors[1] ?? '').trim(), lines: [] } : { label: t, labelLine: l, lines: [] };
      seen.add(current.label);
      continue;
    }
    if (inInfo && matchesAny(SITE_FOOTER, t) && current?.label !== 'Source' && current?.label !== 'Rights') {
      close();
      ended = true;
      i--;
      continue;
    }
    const cur: Section | undefined = current;
    if (isRightsText(t) && cur?.label !== 'Rights') {
      close();
      current = { label: 'Rights', lines: [] };
    } else if (cur && ONE_LINE_KEYS.has(cur.label) && (cur.lines.length > 0 || (cur.label === 'Record ID' && !/^\d+$/.test(t)))) {
      close();
      if (cur.label === 'Record ID') {
        ended = true;
        i--;
        continue;
      }
    } else if (cur?.label === 'Rights' && !cur.labelLine && !isRightsText(t)) close();
    current ??= { label: inInfo ? (seen.has('Source') ? 'Document Information' : 'Source') : 'Page note', lines: [] };
    seen.add(current.label);
    current.lines.push(l);
    if (current.label === 'Record ID') {
      close();
      ended = true;
    }
  }
  close();
  return tail;
}

/** A line after the Document Information block: footer, the funder's name, or kept as trailing text. */
function trailingLine(tail: Tail, l: Line, funder: string | undefined): void {
  if (matchesAny(SITE_FOOTER, l.text)) tail.pieces.push(piece(l, 'footer'));
  else if (!tail.other.some((o) => o.label === 'Funders') && isFunderName(l.text, funder)) tail.other.push({ label: 'Funders', text: l.text });
  else tail.other.push({ label: 'Trailing text', text: flatText(l.text) });
}

/** What a page's title says: the kind of document, and its place and date, sender and addressees where it names them. */
export interface TitleFacts {
  kind?: string;
  place?: string;
  date?: { when: string; text: string };
  sender?: string;
  addressees: string[];
}

const KIND_WORD = /\b(?:Cable|Telegram|Message|Letter|Memorandum|Note|Report|Dispatch|Despatch|Paraphrase|Translation|Draft|Instruction|Directive|Minutes|Aide-M[ée]moire)s?\b/i;
/** Titles of office that take `the` when an earlier addressee has it: `the President and [the] Secretary of State`. */
const ROLE_START = /^(?:Acting |Under )?(?:Secretary|President|Prime Minister|Ambassador|Foreign (?:Minister|Commissar)|Marshal|Generalissimo|Minister|Commissar|Chargé)\b/;

/** Splits s at a separator standing outside brackets and parentheses. */
function splitOutside(s: string, separator: RegExp): string[] {
  let depth = 0;
  let masked = '';
  for (const ch of s) {
    if (ch === '[' || ch === '(') depth++;
    masked += depth > 0 ? '\u0000'.repeat(ch.length) : ch;
    if ((ch === ']' || ch === ')') && depth > 0) depth--;
  }
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(separator)) {
    out.push(s.slice(from, m.index));
    from = (m.index ?? 0) + m[0].length;
  }
  out.push(s.slice(from));
  return out.map((p) => p.trim()).filter(Boolean);
}

/** Whether a string reads as a party: a name or a title of office, of a few words. */
function isParty(s: string): boolean {
  return /^(?:the )?[\p{Lu}]/u.test(s) && s.split(' ').length <= 8;
}

/** The addressees of a title's `to …` part, cut before a subject (`on …`, `re …`) or a date. */
function titleAddressees(part: string): string[] {
  let s = part.split(/\s(?:on|re|regarding|concerning|about)\s/)[0] ?? '';
  const d = findFullDate(s);
  if (d) s = s.slice(0, d.index);
  s = s.replace(/[\s,;:.]+$/, '');
  const parts = splitOutside(s, /,\s*(?:and\s+)?|\s+and\s+/g);
  const first = parts[0] ?? '';
  return parts.map((p, i) => (i > 0 && /^the /.test(first) && ROLE_START.test(p) ? `the ${p}` : p));
}

/** A party as a title names it, without the channel (`Stalin [via Kuznetsov]`) or the comrades' title (`Cdes. Stalin`). */
function party(s: string): string {
  return s
    .replace(/\s*[[(]via [^\])]+[\])]/gi, '')
    .replace(/^(?:Cdes?\.|Comrades?)\s+/i, '')
    .trim();
}

/** Reads a page's title: `Paraphrase of Outgoing Navy Cable - Moscow, February 3, 1944`, `Cable, Mao Zedong to Filippov [Stalin]`, `Message from A to B`. */
export function parseTitle(title: string): TitleFacts {
  const t = title.replace(/\s+/g, ' ').trim();
  const facts: TitleFacts = { addressees: [] };
  const d = findFullDate(t);
  if (d) facts.date = { when: d.when, text: d.text };
  const [, dashKind, dashPlace, dashDate] = /^(.+?) [-–—] ([^,]+), (.+)$/.exec(t) ?? [];
  if (dashKind && dashPlace && d && dashDate === d.text && KIND_WORD.test(dashKind)) {
    facts.kind = dashKind;
    facts.place = dashPlace;
    return facts;
  }
  // `Memorandum by Sir Orme Sargent, Deputy Under-Secretary at the Foreign Office, to Winston Churchill`: a FRUS-like head.
  const by = /^([^,]+?) by (.+)$/.exec(t);
  if (by && KIND_WORD.test(by[1] ?? '')) {
    const parties = partiesOfHead(t);
    if (parties.sender && isParty(parties.sender)) {
      facts.kind = by[1];
      facts.sender = party(parties.sender);
      facts.addressees = titleAddressees(parties.addressees.join(', ')).map(party);
      return facts;
    }
  }
  // `Telegram from Baku to Moscow, M.D. Bagirov and I.I. Maslennikov to Cdes. Stalin, …`: places first, then the parties.
  const placesFirst = /^(.+?) from [^,]+? to [^,]+?, (.+?) to (.+)$/i.exec(t);
  const from = placesFirst && KIND_WORD.test(placesFirst[1] ?? '') ? placesFirst : /^(.+?) from (.+?) to (.+)$/i.exec(t);
  const comma = /^([^,]+), (.+?) to (.+)$/.exec(t);
  const m = from && KIND_WORD.test(from[1] ?? '') ? from : comma && KIND_WORD.test(comma[1] ?? '') ? comma : undefined;
  const kind = m?.[1];
  const sender = m?.[2] ? party(m[2]) : undefined;
  const addressees = m?.[3] ? titleAddressees(m[3]).map(party) : [];

  if (kind && sender && isParty(sender) && addressees.length && addressees.every(isParty)) {
    facts.kind = kind;
    facts.sender = sender;
    facts.addressees = addressees;
    return facts;
  }
  // `Message from Bagirov on April 7 meeting with Pishevari`: a sender and a subject, no addressee.
  const fromOn = /^(.+?) from (.+?) (?:on|about|regarding|concerning|re) /.exec(t);
  if (fromOn && KIND_WORD.test(fromOn[1] ?? '') && fromOn[1]!.split(' ').length <= 4) {
    const sender = party(fromOn[2]!);
    if (isParty(sender) && sender.split(' ').length <= 4 && !/ to /.test(sender)) return { ...facts, kind: fromOn[1]!, sender };
  }
  const lead = /^([^,]+), /.exec(t)?.[1];
  if (lead && KIND_WORD.test(lead) && lead.split(' ').length <= 5) facts.kind = lead;
  else if (!t.includes(',') && t.split(' ').length <= 6 && new RegExp(`${KIND_WORD.source}$`, 'i').test(t)) facts.kind = t;
  return facts;
}

/** Whether two titles are the same words, case and punctuation aside. */
const sameWords = (a: string, b: string): boolean => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The summary as the header keeps it: its text, and its inline nodes when it is one block. */
function summaryOf(ctx: InlineContext, ranges: readonly { start: number; end: number; text: string }[]): Pick<ArchiveRecord, 'summary' | 'summaryNodes'> {
  const first = ranges[0];
  if (!first) return {};
  const summary = ranges.map((r) => flatText(r.text)).join(' ');
  return ranges.length === 1 ? { summary, summaryNodes: parseInline(ctx, first.start, first.end) } : { summary };
}

/** The page's title: the title line, or the citation's title when the line is missing or in capitals. */
function pageTitle(line: Line | undefined, citationTitle: string | undefined): string | undefined {
  const title = line ? flatText(line.text) : undefined;
  if (!title) return citationTitle;
  if (citationTitle && !/\p{Ll}/u.test(title) && sameWords(title, citationTitle)) return citationTitle;
  return title;
}

/** The archive record of the page: heading, citation box, summary and tail. */
function archiveRecord(ctx: InlineContext, h: Heading, tail: Tail, summary: readonly BlockRange[]): ArchiveRecord {
  const archive: ArchiveRecord = { languages: tail.languages, contents: h.contents, other: [] };
  if (h.preceding.length) archive.other.push({ label: 'Preceding text', text: h.preceding.map((l) => flatText(l.text)).join(' ') });
  const citation = h.citation.map((l) => flatText(l.text)).join(' ');
  const cite = citation ? parseCitation(citation) : {};
  if (h.date) archive.date = h.date;
  const title = pageTitle(h.title, cite.title);
  if (title) archive.title = title;
  if (citation) archive.citation = citation;
  if (cite.url) archive.url = cite.url;
  if (cite.archive) archive.archive = cite.archive;
  for (const u of h.urls) {
    const url = u.text.replace(/^<|>$/g, '');
    if (!archive.url) archive.url = url;
    else if (url !== archive.url) archive.other.push({ label: 'URL', text: url });
  }
  const fromSource = tail.source ? parseArchivalSource(tail.source) : {};
  const collection = cite.collection ?? fromSource.collection;
  const repository = cite.repository ?? fromSource.repository;
  if (collection) archive.collection = collection;
  if (repository) archive.repository = repository;
  Object.assign(archive, summaryOf(ctx, h.summary.length ? h.summary : summary));
  if (h.credits) archive.credits = h.credits;
  archive.other.push(...tail.other);
  return archive;
}

/** The cable's date: the title's when it differs from the page's date line, else the date line, else the heading's; differences reported. */
function cableDate(ctx: InlineContext, archive: ArchiveRecord, title: TitleFacts, t: Transcript, at: number): CableDate | undefined {
  const page = archive.date?.when ? { when: archive.date.when, text: archive.date.text } : undefined;
  const point = ctx.src.point(t.head?.position.start.offset ?? at);
  if (title.date && title.date.when !== page?.when) {
    if (page) ctx.reporter.info('ingest:date-differs', `the page's title gives ${title.date.when}, its date line ${page.when}: the title's date is taken as the cable's`, ctx.src.point(at));
    return { ...title.date, source: 'title' };
  }
  const chosen = page ? { ...page, source: 'archive' as const } : t.headWhen ? { when: t.headWhen, text: t.headWhen, source: 'dateline' as const } : undefined;
  if (chosen && t.headWhen && !t.headWhen.startsWith(chosen.when)) {
    ctx.reporter.info('ingest:date-differs', `the heading of the text gives ${t.headWhen}, the page's date line ${chosen.when}: the page's date is taken as the cable's`, point);
  }
  return chosen;
}

const WHY: Record<Why, string> = {
  navigation: "the site's navigation",
  heading: 'section headings (their content is in the header)',
  empty: 'headings the copy gives without a value',
  related: 'lists of related documents',
  footer: "the site's footer",
};

/** The message that says what was left out, grouped by why. */
function navigationMessage(pieces: readonly Piece[]): string {
  const short = (s: string): string => {
    const flat = flatText(s);
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
  };
  const groups = (Object.keys(WHY) as Why[]).flatMap((why) => {
    const items = pieces.filter((p) => p.why === why);
    if (!items.length) return [];
    const names = items.map((p) => (why === 'related' ? `“Related Documents” and the ${p.text.split('\n').filter((x) => x.trim()).length - 1} lines after it` : `“${short(p.text)}”`));
    return [`${WHY[why]}: ${names.join(', ')}`];
  });
  return `left out as the archive site's page, not the document's text: ${groups.join('; ')}`;
}

/** Parses a Wilson Center page copy in the site's own layouts. */
export function parseWilsonSite(src: SourceText, stem: string, reporter: Reporter): Cable {
  const ctx: InlineContext = { src, reporter };
  const layout = siteLayout(src.text);
  const lines = unitsOf(src.text, linesOf(src.text), layout === 'compact');
  const h = readHeading(lines, dateLineIndex(lines, src.text), layout === 'old-site' ? 'old-site' : 'current');
  let tailAt = lines.findIndex((l, i) => i >= h.next && isTailHeading(l.text));
  if (tailAt === -1) tailAt = lines.length;
  const blocks = transcriptBlocks(src, lines[h.next]?.lineStart ?? src.text.length, lines[tailAt]?.lineStart ?? src.text.length);
  const { summary, rest } = h.summary.length || tailAt === lines.length ? { summary: [], rest: blocks } : takeSummary(blocks);
  const tail = readTail(src, lines.slice(tailAt), FUNDER.exec(h.credits ?? '')?.[1]);
  const t = readTranscript(ctx, rest);
  const archive = archiveRecord(ctx, h, tail, summary);
  const facts: TitleFacts = archive.title ? parseTitle(archive.title) : { addressees: [] };
  if (facts.kind) archive.kind = facts.kind;
  const date = cableDate(ctx, archive, facts, t, h.title?.start ?? 0);
  // The parties the text's addressing line names win over the title's, each on its own; a translated telegram's
  // `To Cde. Stalin` lines come after the title's (they may name only the channel).
  const sender = t.sender ?? facts.sender;
  const addressees = t.addressees.length ? t.addressees : facts.addressees.length ? facts.addressees : t.toLines;
  const place = t.place ?? facts.place;
  const pieces = [...h.pieces, ...tail.pieces].sort((a, b) => a.start - b.start);
  if (pieces[0]) reporter.info('ingest:navigation', navigationMessage(pieces), src.point(pieces[0].start));
  const omitted = pieces.map((p) => ({ text: p.text, position: src.position(p.start, p.end) }));
  return wilsonCable(stem, t, archive, { date, place, sender, addressees }, omitted);
}
