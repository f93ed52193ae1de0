/** Inline parsing: the editors' brackets, page markers, footnote numbers, bold and hard line breaks of a block. */
import { findFullDate } from '../dates.js';
import type { Reporter } from '../diagnostics.js';
import type { Inline } from '../model.js';
import type { SourceText } from '../source.js';
import { isContainer } from '../spans.js';

/** A footnote number found in the text, as an offset range. */
export interface RefSite {
  start: number;
  end: number;
  n: string;
}

export interface InlineContext {
  src: SourceText;
  reporter: Reporter;
  /** Footnote references, by offset; those inside the range parsed are turned into `noteRef`. */
  refs?: readonly RefSite[];
}

type BracketKind = 'pb' | 'gap' | 'supplied' | 'gloss' | 'editorial';

const PAGE = /^Page\s+([0-9]+|[ivxlcdm]+)$/i;
const ILLEGIBLE = /^(illegible|undecipherable|unreadable)\b/i;
const OMITTED = /^(\.\s?\.\s?\.|…)$/;
const INITIALS = /^(\p{Lu}\.\s?)+$/u;
const NAME_PART = /^\p{Lu}\p{Ll}+(-\p{Ll}+)+$/u; // Kai-shek, Tse-tung

const EDITORIAL = /^(Here|Paraphrase|Received|Sic|Note|See|Omitted|Not printed|Translation|Garbled|Apparent omission)\b/i;

/**
 * Says what a pair of brackets means, from what it holds and what stands around it: the character
 * before `[`, the character after `]`, and the word before the bracket.
 */
export function classifyBracket(content: string, before: string, after: string, prevWord = ''): BracketKind {
  const c = content.trim();
  if (PAGE.test(c)) return 'pb';
  // `Chungking, [August 12, 1945—2:12 a.m.]`: a date the editors supplied.
  if (findFullDate(c)?.index === 0) return 'supplied';
  if (ILLEGIBLE.test(c) || OMITTED.test(c)) return 'gap';
  const isLetter = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  // "[un]defined", "H[arriman]": letters the editors supplied inside a word.
  if (c !== '' && (isLetter(before) || isLetter(after))) return 'supplied';
  // "[T.V.] Soong", "Chiang [Kai-shek]": supplied parts of a name.
  if (INITIALS.test(c) || NAME_PART.test(c)) return 'supplied';
  if (EDITORIAL.test(c) || !/^\p{Lu}/u.test(c)) return 'editorial';
  // "Sinkiang [Xinjiang]", "Port Arthur [Lüshunkou District, Dalian]": a name glossing the name before it.
  if (before === ' ' && /^\p{Lu}/u.test(prevWord)) return 'gloss';
  // "[Moscow,] July 2", "the [Soviet] Government": a few words the editors supplied in the run of the text.
  if (c.split(/\s+/).length <= 3 && (after === ' ' || /[,.;:]/.test(after))) return 'supplied';
  return 'editorial';
}

interface Event {
  start: number;
  end: number;
  kind: 'bracket' | 'stray' | 'bold' | 'hardbreak' | 'ref' | 'mark' | 'dots';
  content?: string;
  n?: string;
}

/** Finds the events of the range [start, end) in source order. */
function scan(ctx: InlineContext, start: number, end: number): Event[] {
  const text = ctx.src.text;
  const events: Event[] = [];
  const bracketSpans: [number, number][] = [];
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '[') {
      const close = text.indexOf(']', i + 1);
      const reopen = text.indexOf('[', i + 1);
      if (close !== -1 && close < end && (reopen === -1 || reopen > close)) {
        events.push({ start: i, end: close + 1, kind: 'bracket', content: text.slice(i + 1, close) });
        bracketSpans.push([i, close + 1]);
        i = close + 1;
        continue;
      }
      // Archives print such brackets too (an editors' note over two paragraphs, a clerk's open bracket): the text is kept, the editor told.
      const later = close !== -1 && (reopen === -1 || reopen > close) ? ctx.src.point(close) : undefined;
      ctx.reporter.warn(
        'ingest:unclosed-bracket',
        later ? `a “[” is closed only in a later paragraph (line ${later.line}); kept as text` : 'a “[” is not closed before the end of its paragraph; kept as text',
        ctx.src.point(i),
      );
    } else if (ch === ']') {
      ctx.reporter.warn('ingest:unopened-bracket', 'a “]” closes no “[”; kept as text', ctx.src.point(i));
    } else if (ch === '-' && (i === start || text[i - 1] === '\n') && /^-[ \t\u00a0]/.test(text.slice(i, i + 2))) {
      // The site's list dash at a line's start: rendering, not text.
      events.push({ start: i, end: i + 2, kind: 'mark' });
      i += 2;
      continue;
    } else if (ch === '↩') {
      events.push({ start: i, end: i + 1, kind: 'mark' });
    } else if (ch === '.' && /^\.(?:[ \t\u00a0]\.){2,}/.test(text.slice(i, Math.min(end, i + 6)))) {
      // A row of spaced dots: the editors left words out.
      const m = /^\.(?:[ \t\u00a0]+\.)+/.exec(text.slice(i, end))!;
      events.push({ start: i, end: i + m[0].length, kind: 'dots' });
      i += m[0].length;
      continue;
    } else if (ch === '*' && text[i + 1] === '*') {
      events.push({ start: i, end: i + 2, kind: 'bold' });
      i += 2;
      continue;
    } else if (ch === ' ' && text[i + 1] === ' ') {
      const m = /^ {2,}\n/.exec(text.slice(i, Math.min(end, i + 64) + 1));
      if (m && i + m[0].length <= end) {
        events.push({ start: i, end: i + m[0].length, kind: 'hardbreak' });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  for (const r of ctx.refs ?? []) {
    if (r.start >= start && r.end <= end && !bracketSpans.some(([s, e]) => r.start >= s && r.start < e)) {
      events.push({ start: r.start, end: r.end, kind: 'ref', n: r.n });
    }
  }
  events.sort((a, b) => a.start - b.start);
  // An odd "**" left over is text, not bold.
  const bolds = events.filter((e) => e.kind === 'bold');
  if (bolds.length % 2 === 1) {
    const last = bolds[bolds.length - 1]!;
    ctx.reporter.warn('ingest:unclosed-bold', 'a “**” is not closed; kept as text', ctx.src.point(last.start));
    events.splice(events.indexOf(last), 1);
  }
  return events;
}

/** Parses the range [start, end) of the source into inline nodes. */
export function parseInline(ctx: InlineContext, start: number, end: number): Inline[] {
  const { src } = ctx;
  const text = src.text;
  const root: Inline[] = [];
  const stack: Inline[][] = [root];
  let bold: { start: number; children: Inline[] } | null = null;
  const push = (node: Inline): void => {
    stack[stack.length - 1]!.push(node);
  };
  const pushText = (s: number, e: number): void => {
    if (e <= s) return;
    const top = stack[stack.length - 1]!;
    const prev = top[top.length - 1];
    if (prev && prev.type === 'text' && prev.position.end.offset === s) {
      prev.value += text.slice(s, e);
      prev.position = src.position(prev.position.start.offset, e);
    } else push({ type: 'text', value: text.slice(s, e), position: src.position(s, e) });
  };
  let pos = start;
  for (const ev of scan(ctx, start, end)) {
    if (ev.start < pos) continue;
    pushText(pos, ev.start);
    const position = src.position(ev.start, ev.end);
    switch (ev.kind) {
      case 'bold':
        if (bold === null) {
          bold = { start: ev.start, children: [] };
          stack.push(bold.children);
        } else {
          stack.pop();
          push({ type: 'hi', children: bold.children, position: src.position(bold.start, ev.end) });
          bold = null;
        }
        break;
      case 'dots':
        push({ type: 'gap', reason: 'omitted', sign: text.slice(ev.start, ev.end), position });
        break;
      case 'hardbreak':
        push({ type: 'lb', position });
        break;
      case 'ref':
        push({ type: 'noteRef', n: ev.n!, position });
        break;
      case 'bracket': {
        const content = ev.content!;
        const prevWord = /([\p{L}\p{N}.'’-]+)[\s]*$/u.exec(text.slice(Math.max(start, ev.start - 40), ev.start))?.[1] ?? '';
        // White space alone between the bracket and its line's end is no neighbour (a trailing space changes nothing).
        const restOfLine = /^[ \t\u00a0]*(?:\n|$)/.test(text.slice(ev.end, Math.min(end, ev.end + 200)) + (ev.end >= end ? '\n' : ''));
        const kind = classifyBracket(content, text[ev.start - 1] ?? '', restOfLine ? '' : (text[ev.end] ?? ''), prevWord);
        const value = content.trim();
        const page = kind === 'pb' ? PAGE.exec(value)?.[1] : undefined;
        if (page !== undefined) push({ type: 'pb', n: page, position });
        else if (kind === 'gap') push({ type: 'gap', reason: ILLEGIBLE.test(value) ? 'illegible' : 'omitted', sign: text.slice(ev.start, ev.end), position });
        else if (kind === 'supplied') push({ type: 'supplied', value: content, position });
        else if (kind === 'gloss') push({ type: 'gloss', value, position });
        else push({ type: 'editorial', value, position });
        break;
      }
      default:
        break;
    }
    pos = ev.end;
  }
  pushText(pos, end);
  return root;
}

/** The plain text of inline nodes, signs resolved (supplied text kept, gaps and notes left out). */
export function inlineText(nodes: readonly Inline[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'supplied' || n.type === 'seg') s += n.value;
    else if (isContainer(n)) s += inlineText(n.children);
    else if (n.type === 'lb') s += ' ';
  }
  return s.replace(/\s+/g, ' ').trim();
}
