/** What a witness's TEI header says of the other witnesses of its text: one relatedItem each, and one for the collation. */
import { el, type XElement } from '../encode/xml.js';

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
