/** A minimal XML tree and a deterministic serializer (after xast-util-to-xml). */
import { xmlChars } from '../xmlchars.js';

export type XNode = XElement | string;

export interface XElement {
  name: string;
  /** Attributes in output order; undefined values are left out. */
  attrs: [string, string][];
  children: XNode[];
}

/** Builds an element; attributes with an undefined value are dropped, children that are null are skipped. */
export function el(name: string, attrs: Record<string, string | undefined> | null = null, ...children: (XNode | null | undefined | false | (XNode | null | undefined | false)[])[]): XElement {
  const list: [string, string][] = [];
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined) list.push([k, v]);
  const kids: XNode[] = [];
  const add = (c: XNode | null | undefined | false): void => {
    if (c === null || c === undefined || c === false || c === '') return;
    const last = kids[kids.length - 1];
    if (typeof c === 'string' && typeof last === 'string') kids[kids.length - 1] = last + c;
    else kids.push(c);
  };
  for (const c of children) (Array.isArray(c) ? c.forEach(add) : add(c));
  return { name, attrs: list, children: kids };
}

/** Escapes text content (a character XML cannot hold, which the inputs' filter has reported already, is left out). */
export function escapeText(s: string): string {
  return xmlChars(s).text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted), without characters XML cannot hold. */
export function escapeAttr(s: string): string {
  return xmlChars(s).text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * Serializes a tree. Elements whose children are all elements, and whose name is not in `mixed`,
 * are indented one child a line; all others are written inline, so no white space is added to text.
 * `prolog` holds lines (processing instructions) written after the XML declaration.
 */
export function toXml(root: XElement, mixed: ReadonlySet<string>, prolog: readonly string[] = []): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n', ...prolog.map((p) => `${p}\n`)];
  const write = (node: XNode, depth: number, inline: boolean): void => {
    if (typeof node === 'string') {
      out.push(escapeText(node));
      return;
    }
    const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    if (node.children.length === 0) {
      out.push(`<${node.name}${attrs}/>`);
      return;
    }
    const block = !inline && !mixed.has(node.name) && node.children.every((c) => typeof c !== 'string');
    out.push(`<${node.name}${attrs}>`);
    if (block) {
      const pad = '\n' + '  '.repeat(depth + 1);
      for (const c of node.children) {
        out.push(pad);
        write(c, depth + 1, false);
      }
      out.push('\n' + '  '.repeat(depth));
    } else for (const c of node.children) write(c, depth + 1, true);
    out.push(`</${node.name}>`);
  };
  write(root, 0, false);
  out.push('\n');
  return out.join('');
}
