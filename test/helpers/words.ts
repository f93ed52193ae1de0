/** Words of a source and of a TEI document, to check that nothing of a source is lost. */
import type { Cable } from '../../src/model.js';
import { cableInline } from '../../src/spans.js';

/** The words of a text: runs of letters, runs of digits, lower-cased, NFC. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Counts of each word. */
export function bag(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(\w+);/g, (m, e: string) => ENTITY[e] ?? m);

/**
 * Attributes that hold what a source's sign said: `[Page 968]` is pb n="968", a footnote number is note n,
 * `[ILLEGIBLE]` is gap reason. Pointers and ids (ref, who, xml:id) repeat register ids, not source words.
 */
const SIGN_ATTRIBUTES = new Set(['n', 'reason']);

/** The text of an XML document: its text nodes and the attributes that hold signs of the source, each a separate run. */
export function xmlWords(xml: string): string[] {
  const runs: string[] = [];
  const body = xml.replace(/<\?[^?]*\?>|<!--[\s\S]*?-->/g, ' ');
  for (const m of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const piece = m[0];
    if (piece.startsWith('<')) {
      for (const a of piece.matchAll(/\s([\w:.-]+)="([^"]*)"/g)) if (SIGN_ATTRIBUTES.has(a[1]!)) runs.push(decode(a[2]!));
    } else runs.push(decode(piece));
  }
  return runs.flatMap(words);
}

/** The words of `source` that `target` holds fewer times than the source does, with the shortfall. */
export function missingWords(source: readonly string[], target: readonly string[]): Map<string, number> {
  const have = bag(target);
  const out = new Map<string, number>();
  for (const [w, n] of bag(source)) {
    const short = n - (have.get(w) ?? 0);
    if (short > 0) out.set(w, short);
  }
  return out;
}

/**
 * The source with the signs that became structure rather than text blanked out: `[Page N]` is pb n="N";
 * a Wilson page's section labels are header elements; a footnote's number before its note is the same
 * sign as its reference in the text, both one note n="N"; what the reader left out as site navigation
 * (and said so) is not the document's.
 */
export function withoutSigns(text: string, cable: Cable, from = 0): string {
  let out = text;
  const blank = (at: number, length: number): void => {
    out = out.slice(0, at) + out.slice(at, at + length).replace(/[^\n]/g, ' ') + out.slice(at + length);
  };
  // The number a note list gives an item is the site's (it numbers from 1); the note's number is the text's.
  for (const f of cable.footnotes) {
    const m = /^\d+[a-z]?\./.exec(out.slice(f.position.start.offset));
    if (m) blank(f.position.start.offset, m[0].length);
  }
  for (const o of cable.omitted ?? []) blank(o.position.start.offset, o.position.end.offset - o.position.start.offset);
  // A note number glued to a word or a number (`Molotov63`, `September 292`) is a sign of its own.
  const refs = cableInline(cable)
    .filter((n) => n.type === 'noteRef')
    .map((n) => n.position.start.offset)
    .sort((a, b) => b - a);
  for (const at of refs) out = `${out.slice(0, at)} ${out.slice(at)}`;
  from += refs.filter((at) => at < from).length;
  return out.slice(from).replace(/\[Page (\w+)\]/g, ' $1 ').replace(/^Page (\d+)$/gm, ' $1 ').replace(/^[ \t\u00a0]*\**[ \t]*(Citation|Summary|Credits|Original Language|Contents):\**(?=[ \t]|$)/gm, '');
}

/** Where the document proper starts in its source: the first piece the TEI's <text> holds. */
export function textStart(cable: Cable): number {
  const starts = [cable.sourceNote?.position, cable.head?.position, ...cable.opener.map((o) => o.position), ...cable.body.map((b) => b.position)]
    .filter((p) => p !== undefined)
    .map((p) => p.start.offset);
  return Math.min(...starts);
}

/** Where the document proper ends in its source: the end of the last piece the TEI's <text> holds (an archive page's metadata may follow it). */
export function textEnd(cable: Cable): number {
  const ends = [cable.sourceNote?.position, cable.head?.position, ...cable.opener.map((o) => o.position), ...cable.body.map((b) => b.position), ...cable.closer.map((c) => c.position), ...cable.footnotes.map((f) => f.position)]
    .filter((p) => p !== undefined)
    .map((p) => p.end.offset);
  return Math.max(...ends);
}
