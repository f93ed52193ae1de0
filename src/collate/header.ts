/** What a witness's TEI header says of the other witnesses of its text: one relatedItem each, and one for the collation. */
import { el, type XElement } from '../encode/xml.js';
import { allText, parseXml, type XmlElement } from './tei-text.js';

/** A cable's place among the witnesses of its text, as the encoder is told it. */
export interface WitnessLinks {
  /** The group's id: its collation is tei/collations/<group>.xml. */
  group: string;
  /** The other witnesses: their stems and the layout ingest read (frus, wilson, plain). */
  others: { stem: string; shape: string }[];
}

const COPY: Record<string, string> = {
  frus: 'The copy printed in Foreign Relations of the United States',
  wilson: 'The copy in the Wilson Center Digital Archive',
};

/** The relatedItem elements of a witness's notesStmt: each other witness named (its cable id and TEI), then the collation. */
export function witnessRelations(links: WitnessLinks): XElement[] {
  return [
    ...links.others.map((o) =>
      el('relatedItem', { type: 'witness' }, el('bibl', null, el('idno', { type: 'cable' }, o.stem), el('ref', { target: `${encodeURIComponent(o.stem)}.xml` }, `${COPY[o.shape] ?? 'Another copy'} of the same text`))),
    ),
    el('relatedItem', { type: 'collation', target: `collations/${encodeURIComponent(links.group)}.xml` }),
  ];
}

/** What a witness's header (as an editor left it) lacks of its place among the witnesses, and what it names that is no longer so. */
export interface RelationGaps {
  /** The relatedItem elements the build would write that the header does not have: for another witness (its cable id), or the collation (no id). */
  missing: { witness?: string; element: XElement }[];
  /** Cables the header names as witnesses that are not in the group. */
  stale: string[];
}

/**
 * Compares the relatedItem elements of a witness's TEI header with its place among the witnesses: each other
 * witness named by its cable id, and the collation by its target. Undefined when the TEI is not well-formed.
 */
export function relationGaps(xml: string, links: WitnessLinks): RelationGaps | undefined {
  const root = parseXml(xml);
  if (!root) return undefined;
  const items: XmlElement[] = [];
  const find = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string' || c.name === 'text' || c.name === 'standOff') continue;
      if (c.name === 'relatedItem') items.push(c);
      else find(c);
    }
  };
  find(root);
  const named = new Set<string>();
  const idnos = (e: XmlElement): string[] => e.children.flatMap((c) => (typeof c === 'string' ? [] : c.name === 'idno' && c.attrs.get('type') === 'cable' ? [allText(c).trim()] : idnos(c)));
  for (const item of items.filter((i) => i.attrs.get('type') === 'witness')) for (const id of idnos(item)) named.add(id);
  const collation = `collations/${encodeURIComponent(links.group)}.xml`;
  const hasCollation = items.some((i) => i.attrs.get('type') === 'collation' && i.attrs.get('target')?.trim() === collation);
  const relations = witnessRelations(links);
  const missing = [
    ...links.others.flatMap((o, i) => (named.has(o.stem) ? [] : [{ witness: o.stem, element: relations[i]! }])),
    ...(hasCollation ? [] : [{ element: relations[relations.length - 1]! }]),
  ];
  const others = new Set(links.others.map((o) => o.stem));
  return { missing, stale: [...named].filter((s) => !others.has(s)).sort() };
}
