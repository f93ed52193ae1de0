/** What validation refuses before any parser sees it: a DOCTYPE, an entity declaration, an entity reference XML does not predefine. */
import type { Diagnostic } from '../diagnostics.js';
import { SourceText } from '../source.js';
import type { XmlFile } from './rng.js';

const TOKENS = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|(<!DOCTYPE\b|<!ENTITY\b)|&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([A-Za-z_:][\w.:-]*);/g;

/** At most this many messages a file: a billion laughs needs only the first. */
const LIMIT = 10;

/**
 * Every DOCTYPE, entity declaration and entity reference (other than XML's five and character
 * references) in a file, as `tei:doctype` errors at their place. A file with any of them is not
 * parsed, never expanded and never fetched: its content is not what it says until an entity expands.
 */
export function refuseDoctype(file: XmlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  let src: SourceText | undefined;
  for (const m of file.contents.matchAll(TOKENS)) {
    if (!m[1] && !m[2]) continue;
    src ??= new SourceText(file.contents);
    const { line, column } = src.point(m.index!);
    const what = m[1] === '<!DOCTYPE' ? 'a DOCTYPE' : m[1] ? 'an entity declaration' : `a reference to the entity “${m[2]}”`;
    out.push({ file: file.path, line, column, severity: 'error', ruleId: 'tei:doctype', message: `${what}: DOCTYPEs and entities are refused, never expanded or fetched; the file is not checked further` });
    if (out.length === LIMIT) break;
  }
  return out;
}
