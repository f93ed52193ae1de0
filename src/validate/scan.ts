/** A light scan of a well-formed XML text: start tags with their attributes and positions. */
import { SourceText } from '../source.js';
import type { Point } from '../diagnostics.js';

export interface StartTag {
  name: string;
  attrs: Map<string, string>;
  at: Point;
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function unescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** The start tags of a document, in order. Meant for files already known to be well-formed. */
export function startTags(xml: string): StartTag[] {
  const src = new SourceText(xml);
  const tags: StartTag[] = [];
  for (const m of xml.matchAll(TAG)) {
    if (!m[1]) continue;
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!, unescape(a[2] ?? a[3] ?? ''));
    tags.push({ name: m[1], attrs, at: src.point(m.index!) });
  }
  return tags;
}
