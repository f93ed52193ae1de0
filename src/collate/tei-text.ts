/**
 * A witness's text read from its TEI rather than its source: the same tokens as text.ts makes of a Cable,
 * with offsets into each paragraph's text as the JSON edition gives it (c:raw in transforms/common.xsl: notes
 * left out, a gap as its reason in brackets, a line break as a space), so that an editor's correction of a
 * witness's TEI reaches its collation. Pure: a TEI string in, tokens out (undefined when it is not
 * well-formed XML).
 */
import { atomWriter, gapText, paragraphTokens, type Atom, type Token } from './text.js';

/** An element of the light tree this module reads: its local name, attributes and children. */
export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string;

// One step of the scan: a comment, CDATA, a processing instruction or declaration, an end tag, a start tag, or text.
const STEP = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s<>/]+)\s*>|<([^\s<>/!?]+)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function unescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The document element of an XML text, as a light tree; undefined when tags do not nest or the text is not XML. */
export function parseXml(xml: string): XmlElement | undefined {
  const top: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const open: XmlElement[] = [top];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < xml.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(xml);
    if (!m || STEP.lastIndex === at) return undefined;
    const parent = open[open.length - 1]!;
    if (m[1] !== undefined) parent.children.push(m[1]);
    else if (m[2] !== undefined) {
      if (open.length < 2 || parent.name !== local(m[2])) return undefined;
      open.pop();
    } else if (m[3] !== undefined) {
      const attrs = new Map<string, string>();
      for (const a of (m[4] ?? '').matchAll(ATTR)) attrs.set(a[1]!, unescape(a[2] ?? a[3] ?? ''));
      const element: XmlElement = { name: local(m[3]), attrs, children: [] };
      parent.children.push(element);
      if (!m[5]) open.push(element);
    } else if (m[6] !== undefined) {
      if (open.length > 1) parent.children.push(unescape(m[6]));
    }
  }
  if (open.length !== 1) return undefined;
  return top.children.find((c): c is XmlElement => typeof c !== 'string');
}

/** An element's text, notes inside it left out (as c:raw has it), gaps as their sign. */
function rawText(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : c.name === 'note' ? '' : c.name === 'gap' ? gapText(c.attrs.get('reason')?.trim() ?? '') : c.name === 'lb' ? ' ' : rawText(c))).join('');
}

/** All an element's text, notes included (an editors' note's words). */
export function allText(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : allText(c))).join('');
}

const NAMES = new Set(['persName', 'placeName', 'orgName']);

/** A paragraph's children as atoms with offsets into its c:raw text, as text.ts's flatten makes them of a Cable. */
function flattenTei(p: XmlElement): Atom[] {
  const { atoms, push, at } = atomWriter();
  const walk = (list: readonly XmlChild[], ref?: Atom['ref']): void => {
    for (const [i, node] of list.entries()) {
      if (typeof node === 'string') {
        push('text', node.replace(/[\n\r\t]/g, ' '), {}, ref);
        continue;
      }
      switch (node.name) {
        case 'note': {
          // A footnote is the printed edition's apparatus; the note after a marked repetition is the build's own remark (the Cable has none).
          const before = list[i - 1];
          const afterRepetition = typeof before !== 'string' && before?.name === 'seg' && before.attrs.get('type') === 'repetition';
          if (node.attrs.get('place') === 'foot' || afterRepetition) break;
          push('note', allText(node), { noteType: node.attrs.get('type') === 'gloss' ? 'gloss' : 'editorial' });
          break;
        }
        case 'gap': {
          const reason = node.attrs.get('reason')?.trim() ?? '';
          push('gap', gapText(reason), { reason: reason === 'omitted' ? 'omitted' : 'illegible' });
          break;
        }
        case 'supplied':
          push('supplied', rawText(node), {}, ref);
          break;
        case 'lb':
          push('text', ' ');
          break;
        default: {
          const id = NAMES.has(node.name) ? /^#(\S+)$/.exec(node.attrs.get('ref')?.trim() ?? '')?.[1] : undefined;
          // Every atom of the name shares one extent, completed once the name is walked.
          const inner = id ? { id, start: at(), end: at() } : ref;
          walk(node.children, inner);
          if (id && inner) inner.end = at();
        }
      }
    }
  };
  walk(p.children);
  return atoms;
}

/**
 * The tokens of a cable's paragraphs as its TEI has them (the paragraphs of `text`, numbered p1, p2, … as the
 * JSON edition numbers them); undefined when the TEI is not well-formed or has no `text`.
 */
export function teiWitnessTokens(xml: string): Token[] | undefined {
  const root = parseXml(xml);
  const text = root?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'text');
  if (!text) return undefined;
  const tokens: Token[] = [];
  let n = 0;
  const visit = (e: XmlElement, inNote: boolean): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'p') {
        n++;
        if (!inNote) tokens.push(...paragraphTokens(flattenTei(c), `p${n}`));
      }
      // The JSON edition counts every paragraph of the text, one inside a note too (c:paragraphs).
      visit(c, inNote || c.name === 'note');
    }
  };
  visit(text, false);
  return tokens;
}
