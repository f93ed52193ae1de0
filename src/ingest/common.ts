/** Pieces of parsing the source shapes share: openers, closers, paragraphs, parties of a head. */
import { findFullDate, monthNumber } from '../dates.js';
import type { Block, CableDate, CloserItem, Container, DateSource, Inline, OpenerItem } from '../model.js';
import type { SourceText } from '../source.js';
import { wrapRange } from '../spans.js';
import type { BlockRange } from './blocks.js';
import { flatText } from './blocks.js';
import { parseInline, type InlineContext } from './inline.js';

const CLASSIFICATION_WORDS = new Set(
  'top secret most confidential restricted personal and urgent priority operational niact triority immediate rapid flash deferred routine important most eyes only strictly private plain us for the'.split(' '),
);
const MARKS = new Set(['secret', 'confidential', 'restricted', 'urgent', 'niact', 'priority', 'immediate', 'rapid', 'flash', 'triority', 'topsecret', 'eyes', 'personal', 'private']);

/** Whether a line is a security classification or handling mark (`TOP SECRET`, `Personal and Top Secret`, `secret\npriority`, `urgent   niact`). */
export function isClassification(text: string): boolean {
  const words = flatText(text).replace(/[.:]$/, '').toLowerCase().split(/\s+/);
  return words.length > 0 && words.length <= 8 && words.some((w) => MARKS.has(w)) && words.every((w) => CLASSIFICATION_WORDS.has(w) || MARKS.has(w)) && !['for', 'the', 'and'].includes(words[words.length - 1]!);
}

/** Whether a line is a dateline: `Moscow, August 11, 1945—noon.`, `[Moscow,] August 8, 1945.` */
export function datelineOf(text: string): { place: string; when: string } | undefined {
  const flat = flatText(text);
  const d = findFullDate(flat);
  if (!d || d.index === 0 || flat.length > 80) return undefined;
  const place = flat.slice(0, d.index).replace(/[[\],\s]+$/g, '').replace(/^\[/, '').trim();
  if (!/^\p{Lu}[\p{L} .'’-]*$/u.test(place) || place.split(' ').length > 4) return undefined;
  return { place, when: d.when };
}

/** A whole block in brackets, e.g. `[Paraphrase]` or `[Harriman]`; its content, or undefined. */
export function bracketedBlock(text: string): string | undefined {
  const m = /^\[([^[\]]+)\]$/.exec(text.trim());
  return m ? m[1]!.trim() : undefined;
}

const EDITORIAL_WORDS = /^(Paraphrase|Received|Here|Sic|Omitted|Not|Translation|Extract|Enclosure|Attachment|Subenclosure|Garbled|Undated)\b/i;

/** Whether the content of a bracketed block is a signature: a name of one to four capitalised words. */
export function isSignatureName(content: string): boolean {
  const name = content.replace(/,\s*(?:Jr|Sr)\.?$/, '');
  return /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(name) && !EDITORIAL_WORDS.test(name);
}

/** Closing initials: `RPM`, `LAX`. */
export function isInitials(text: string): boolean {
  return /^[A-Z]{2,5}(\/[A-Z]{1,5})?$/.test(text.trim());
}

/** The block as an opener item of the given type. */
export function openerItem(ctx: InlineContext, b: BlockRange, type: OpenerItem['type']): OpenerItem {
  return { type, children: parseInline(ctx, b.start, b.end), position: ctx.src.position(b.start, b.end) };
}

/** The block as a closer item. */
export function closerItem(ctx: InlineContext, b: BlockRange, type: CloserItem['type']): CloserItem {
  const children: Inline[] = parseInline(ctx, b.start, b.end);
  return { type, children, position: ctx.src.position(b.start, b.end) };
}

/** The block as a body block: a page break, an editorial note standing alone, or a paragraph. */
export function bodyBlock(ctx: InlineContext, b: BlockRange): Block {
  const position = ctx.src.position(b.start, b.end);
  const inner = bracketedBlock(b.text);
  if (inner !== undefined) {
    const nodes = parseInline(ctx, b.start, b.end);
    const only = nodes.length === 1 ? nodes[0]! : undefined;
    if (only?.type === 'pb') return { type: 'pb', n: only.n, position };
    if (only?.type === 'editorial' || only?.type === 'gloss') return { type: 'editorial', value: inner, position };
  }
  return { type: 'p', children: parseInline(ctx, b.start, b.end), position };
}

/** Sender and addressees of a heading such as `The Ambassador in the Soviet Union (Harriman) to President Truman and the Secretary of State`. */
export function partiesOfHead(head: string): { sender?: string; addressees: string[] } {
  // A note number the reader could not match (the notes were not copied) is no part of a name: `Churchill1`, `Truman 1`.
  const text = head.replace(/\s+\d{1,3}$/, '').replace(/(?<=[\p{L}.)])\d{1,3}[a-z]?$/u, '').replace(/\s+/g, ' ').trim();
  const top = topLevel(text);
  // `Mr. Harry L. Hopkins, Special Assistant to President Truman, to the President`: the comma marks the sender's end.
  const commaTo = top.search(/, to /i);
  const to = commaTo !== -1 ? commaTo + 1 : top.search(/ to /i);
  let senderPart = to === -1 ? text : text.slice(0, to);
  const toPart = to === -1 ? undefined : text.slice(to + 4);
  const by = topLevel(senderPart).search(/ by /i);
  if (by !== -1) senderPart = senderPart.slice(by + 4);
  else if (to === -1) return { addressees: [] };
  // `Memorandum by Mr. Charles E. Bohlen, Member of the Delegation, of a Conversation …`, `Mr. Harry L. Hopkins, Special Assistant …, to`: the name ends at the comma (unless a name in parentheses follows).
  if ((by !== -1 || commaTo !== -1) && !/\(/.test(senderPart)) senderPart = senderPart.slice(0, topLevel(senderPart).indexOf(',') + 1 || undefined).replace(/,$/, '');
  const name = (part: string): string => {
    const paren = /\(([^()]+)\)/.exec(part);
    return (paren ? paren[1]! : part.replace(/,\s*$/, '')).trim();
  };
  // `…, Temporarily at Tehran`, `…, at Sea`: where the addressee was, not another addressee.
  const addressees = toPart
    ? splitTopLevel(toPart, /,\s*(?:and\s+)?|\s+and\s+/g)
        .filter((p) => !/^(at|in|on board|aboard|temporarily|then|currently|now)\b/i.test(p))
        .map(name)
        .filter(Boolean)
    : [];
  return { sender: name(senderPart), addressees };
}

/** Splits s where the separator stands outside parentheses. */
function splitTopLevel(s: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of topLevel(s).matchAll(separator)) {
    parts.push(s.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  parts.push(s.slice(from));
  return parts.map((p) => p.trim());
}

/** The string with what stands inside parentheses blanked out (same length), to search at top level. */
function topLevel(s: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(') depth++;
    out += depth > 0 ? '\u0000' : ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Handling words after a sender's name: `HARRIMAN – PERSONAL AND SECRET`, `HARRIMAN, TOP SECRET AND PERSONAL`. */
const SENDER_MARKS = /(?:[\s,–—-]+(?:TOP|SECRET|TOPSECRET|PERSONAL|AND|CONFIDENTIAL|URGENT|PRIORITY|PRIVATE|STRICTLY|EYES|ONLY|MOST|IMMEDIATE))+$/i;

/** Sender and addressees of an addressing line: `TOP SECRET AND PERSONAL FROM HARRIMAN FOR THE PRESIDENT AND …:`, `FROM HARRIMAN – PERSONAL AND SECRET FOR THE PRESIDENT:` */
export function partiesOfAddress(line: string): { sender?: string; addressees: string[] } | undefined {
  const m = /\bFROM\s+(.+?)\s+(?:FOR|TO)\s+(.+?)[:.]?$/i.exec(flatText(line));
  if (!m) return undefined;
  const sender = (m[1] ?? '').trim();
  return { sender: sender.replace(SENDER_MARKS, '').trim() || sender, addressees: (m[2] ?? '').split(/\s+AND\s+|,\s*/i).map((s) => s.trim()).filter(Boolean) };
}

/** Wraps [start, end) in a container; when the range cuts through a sign such as `[Moscow,]`, the whole sign is wrapped. */
function wrapWidening(src: SourceText, nodes: Inline[], start: number, end: number, make: (children: Inline[]) => Container): Inline[] {
  const direct = wrapRange(src, nodes, start, end, make);
  if (direct) return direct;
  // `[Washington,]`: the punctuation the editors supplied with a name stays outside it, in a supplied of its own.
  const k = nodes.findIndex((n) => n.type === 'supplied' && n.position.start.offset < end && end < n.position.end.offset);
  const cut = nodes[k];
  if (cut?.type === 'supplied' && start <= cut.position.start.offset + 1 && src.text[cut.position.start.offset] === '[' && /^[\s,.;:]+\]$/.test(src.text.slice(end, cut.position.end.offset))) {
    const at = end - cut.position.start.offset - 1;
    const split: Inline[] = [
      { type: 'supplied', value: cut.value.slice(0, at), position: src.position(cut.position.start.offset, end) },
      { type: 'supplied', value: cut.value.slice(at), position: src.position(end, cut.position.end.offset) },
    ];
    const parts = [...nodes.slice(0, k), ...split, ...nodes.slice(k + 1)];
    const wrapped = wrapRange(src, parts, Math.min(start, cut.position.start.offset), end, make);
    if (wrapped) return wrapped;
  }
  let s = start;
  let e = end;
  for (const n of nodes) {
    if (n.type === 'text') continue;
    if (n.position.start.offset < s && s < n.position.end.offset) s = n.position.start.offset;
    if (n.position.start.offset < e && e < n.position.end.offset) e = n.position.end.offset;
  }
  return wrapRange(src, nodes, s, e, make) ?? nodes;
}

const PLACE_WORDS = /\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*)*/u;

/** Marks the place and the date of a dateline (`Moscow, August 11, 1945—noon.`) among its inline nodes. */
export function markDateline(src: SourceText, nodes: Inline[], blockStart: number, text: string): { nodes: Inline[]; place?: string; when?: string } {
  const d = findFullDate(text);
  if (!d) return { nodes };
  let out = wrapWidening(src, nodes, blockStart + d.index, blockStart + d.index + d.text.length, (children) => ({
    type: 'date',
    when: d.when,
    children,
    position: src.position(blockStart + d.index, blockStart + d.index + d.text.length),
  }));
  const p = PLACE_WORDS.exec(text.slice(0, d.index));
  if (!p) return { nodes: out, when: d.when };
  const ps = blockStart + p.index;
  out = wrapWidening(src, out, ps, ps + p[0].length, (children) => ({ type: 'name', kind: 'place', children, position: src.position(ps, ps + p[0].length) }));
  return { nodes: out, place: p[0], when: d.when };
}

/** Marks the place (`FROM MOSCOW`) and the date of a cable's heading in capitals. */
export function markHeading(src: SourceText, nodes: Inline[], blockStart: number, text: string): { nodes: Inline[]; place?: string; when?: string } {
  let out = nodes;
  let when: string | undefined;
  let place: string | undefined;
  const d = findFullDate(text);
  if (d) {
    const s = blockStart + d.index;
    out = wrapWidening(src, out, s, s + d.text.length, (children) => ({ type: 'date', when: d.when, children, position: src.position(s, s + d.text.length) }));
    when = d.when;
  }
  const m = /\bFROM\s+(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?)/u.exec(text);
  if (m) {
    const words = m[1]!.split(' ');
    const name = words.length > 1 && monthNumber(words[1]!) ? words[0]! : m[1]!;
    if (!monthNumber(name)) {
      const s = blockStart + m.index + m[0].length - m[1]!.length;
      out = wrapWidening(src, out, s, s + name.length, (children) => ({ type: 'name', kind: 'place', children, position: src.position(s, s + name.length) }));
      place = name;
    }
  }
  return { nodes: out, place, when };
}

/** Title case for a line in capitals: `THE SECRETARY OF STATE` → `the Secretary of State`. */
export function fromCapitals(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  const small = new Set(['the', 'of', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 'at', 'by']);
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (small.has(w) ? w : w.replace(/(^|[-.'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())))
    .join(' ');
}


/** The first date that is known among candidates given in order of authority (dateline before archive before file number). */
export function firstDate(...candidates: { when: string | undefined; text?: string; source: DateSource }[]): CableDate | undefined {
  const found = candidates.find((c) => c.when !== undefined);
  return found ? { when: found.when!, text: found.text ?? found.when!, source: found.source } : undefined;
}
