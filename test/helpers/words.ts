/** Words of a source and of a TEI document, to check that nothing of a source is lost. */

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
