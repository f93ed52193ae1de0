/** The apparatus as TEI: tei/collations/<group>.xml, a list of witnesses and the text in parallel segmentation. */
import type { EditionConfig } from '../edition-config.js';
import { el, toXml, type XElement, type XNode } from '../encode/xml.js';
import { editionPublication, editionResp, editionSeries, pipelineInfo, teiId, TEI_NS } from '../encode/tei.js';
import { VARIANT_TYPES, type Apparatus, type VariantType } from './apparatus.js';
import { THRESHOLD } from './detect.js';
import type { Piece, Token } from './text.js';

/** What the apparatus says of a witness: its cable, title and where the archive keeps it. */
export interface WitnessInfo {
  stem: string;
  title: string;
  /** `frus`, `wilson` or `plain`, as ingest read it. */
  shape: string;
  /** FRUS's decimal file number, or the archive's file. */
  fileNumber?: string;
  archiveFile?: string;
  /** The archive that publishes the copy, and the copy's page there. */
  archive?: string;
  url?: string;
  collection?: string;
  /** The date the cable's TEI gives (ISO). */
  date?: string;
}

/** The line that makes XML editors validate a collation against the project's schema (the path is relative to tei/collations/). */
export const COLLATION_XML_MODEL = '<?xml-model href="../../schema/tei-collation.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>';

const MIXED = new Set(['ab', 'rdg', 'note', 'supplied', 'title', 'idno', 'ref', 'publisher', 'resp', 'name', 'licence', 'p', 'date', 'label']);

/** The xml:id of a witness in a collation. */
export function witnessId(stem: string): string {
  return teiId(`w_${stem}`);
}

/** The file name of a group's collation (and of its page and JSON): the group's id. */
export function collationName(group: string): string {
  return group;
}

/** The TEI document of a group's apparatus. Same input, same bytes. */
export function collationTei(group: string, apparatus: Apparatus, witnesses: readonly WitnessInfo[], edition: EditionConfig): string {
  const byStem = new Map(witnesses.map((w) => [w.stem, w]));
  const ptrs = (stems: readonly string[]): string => stems.map((s) => `#${witnessId(s)}`).join(' ');
  const body: XNode[] = [];
  const milestone = (stems: readonly string[]): XElement => el('milestone', { unit: 'paragraph', edRef: ptrs(stems) });
  const tokens = (list: readonly Token[], startsAt: (i: number) => string[]): XNode[] => {
    const out: XNode[] = [];
    list.forEach((t, i) => {
      const starts = startsAt(i);
      if (i > 0) out.push(' ');
      if (starts.length) out.push(milestone(starts));
      out.push(...t.pieces.map(piece));
    });
    return out;
  };
  for (const s of apparatus.segments) {
    if (body.length) body.push(' ');
    if (s.kind === 'same') {
      body.push(...tokens(s.tokens, (i) => s.starts[i]!));
      continue;
    }
    body.push(
      el(
        'app',
        { type: s.type, 'xml:id': `app${s.n}` },
        s.readings.map((r) => {
          const shown = r.byWitness[0]!.tokens;
          return el('rdg', { wit: ptrs(r.witnesses) }, tokens(shown, (i) => r.byWitness.filter((b) => b.tokens[i]!.paragraphStart).map((b) => b.witness)));
        }),
      ),
    );
  }
  const first = byStem.get(apparatus.witnesses[0]!);
  const counts = (Object.keys(VARIANT_TYPES) as VariantType[]).filter((t) => apparatus.counts[t]).map((t) => `${apparatus.counts[t]} ${t}`);
  const tei = el(
    'TEI',
    { xmlns: TEI_NS, 'xml:id': teiId(`collation_${group}`), 'xml:lang': edition.language },
    el(
      'teiHeader',
      null,
      el(
        'fileDesc',
        null,
        el(
          'titleStmt',
          null,
          el('title', null, `Collation of ${apparatus.witnesses.length} witnesses: ${first?.title ?? group}`),
          editionResp(edition, 'Witnesses found and collated word by word'),
        ),
        editionPublication(edition, 'collation', group, 'The sources: works of the United States Government, in the public domain.'),
        editionSeries(edition),
        el('notesStmt', null, el('note', { type: 'editorial' }, `${apparatus.witnesses.length} witnesses, ${counts.length ? counts.join(', ') : 'no'} variant places.`)),
        el('sourceDesc', null, el('listWit', null, apparatus.witnesses.map((stem) => witness(byStem.get(stem) ?? { stem, title: stem, shape: 'plain' })))),
      ),
      el(
        'encodingDesc',
        null,
        pipelineInfo('The build that found the witnesses and collated them'),
        el('variantEncoding', { method: 'parallel-segmentation', location: 'internal' }),
        el(
          'editorialDecl',
          null,
          el('p', null, `The witnesses were found by their words: cables whose five-word sequences (shingles) stand, for at least ${Math.round(THRESHOLD * 100)} per cent of the shorter one's, in the other (estimated by MinHash) are copies of one text. Names, dates and file numbers played no part.`),
          el('p', null, `The paragraphs of each witness's text were cut into words (with the punctuation after them), compared without case, accents or punctuation (a name the registers know by its entry, so that Dairen and Darien are one name), and aligned against the first witness, the base. Text all witnesses share stands once; where they differ, app gives each witness's reading (rdg, @wit). Paragraph starts of each witness are milestone unit="paragraph" with @edRef. Gaps are gap, the editors' supplied letters supplied and their glosses and remarks note: they are aligned as the editors', not the witness's.`),
          el('p', null, `The types of variant places (app/@type): ${(Object.keys(VARIANT_TYPES) as VariantType[]).map((t) => `${t}, ${VARIANT_TYPES[t]}`).join('; ')}.`),
        ),
      ),
    ),
    el('text', null, el('body', null, el('div', { type: 'collation' }, el('ab', null, body)))),
  );
  return toXml(tei, MIXED, [COLLATION_XML_MODEL]);
}

function piece(p: Piece): XNode {
  switch (p.kind) {
    case 'text':
      return p.text;
    case 'supplied':
      return el('supplied', null, p.text);
    case 'gap':
      return el('gap', { reason: p.reason });
    case 'note':
      return el('note', { type: p.type }, p.text);
  }
}

/** A witness: its cable, the cable's TEI and the archive's copy. */
function witness(w: WitnessInfo): XElement {
  return el(
    'witness',
    { 'xml:id': witnessId(w.stem) },
    el(
      'bibl',
      null,
      el('title', null, w.title),
      el('idno', { type: 'cable' }, w.stem),
      el('ref', { target: `../${encodeURIComponent(w.stem)}.xml` }, `tei/${w.stem}.xml`),
      w.shape === 'frus' ? el('title', { level: 's' }, 'Foreign Relations of the United States') : null,
      w.fileNumber ? el('idno', { type: 'state-decimal' }, w.fileNumber) : null,
      w.archiveFile ? el('idno', { type: 'archive-file' }, w.archiveFile) : null,
      w.archive ? el('publisher', null, w.archive) : null,
      w.collection ? el('note', { type: 'collection' }, w.collection) : null,
      w.url ? el('ref', { target: w.url }, w.url) : null,
    ),
  );
}
