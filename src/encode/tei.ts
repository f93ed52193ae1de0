/** Encode: a Cable to a TEI P5 document, by small handlers per node type. Same cable in, same bytes out. */
import { readableDate } from '../dates.js';
import { fromCapitals } from '../ingest/common.js';
import type { Block, Cable, CloserItem, Footnote, Inline, OpenerItem } from '../model.js';
import { projectEdition, uriOf, type EditionConfig } from '../edition-config.js';
import { APP_NAME, APP_VERSION } from '../version.js';
import { el, toXml, type XElement, type XNode } from './xml.js';
import { witnessRelations, type WitnessLinks } from '../collate/header.js';

export { fromCapitals };

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** The line that makes XML editors (Oxygen and others) validate a file of tei/ against the project's schema on opening. */
export const XML_MODEL = '<?xml-model href="../schema/tei-cable.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>';

/** Elements whose content is text: never indented, so their white space is the source's. */
const MIXED = new Set([
  'p', 'head', 'note', 'seg', 'salute', 'dateline', 'signed', 'supplied', 'hi', 'title', 'persName', 'placeName', 'orgName',
  'date', 'idno', 'resp', 'name', 'authority', 'language', 'term', 'ref', 'publisher', 'repository', 'collection',
  'biblScope', 'author', 'said', 'occupation', 'geo', 'roleName', 'label', 'change', 'licence',
]);

/** The TEI `xml:id` of a cable: its stem made an NCName (`~` of a safe name as `.`, other characters as `_`, prefixed with `c` when it does not start with a letter). */
export function teiId(stem: string): string {
  const clean = stem.replace(/~/g, '.').replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(clean) ? clean : `c${clean}`;
}

/** What the encoder is told besides the cable. */
export interface EncodeOptions {
  /** The source's file name (default: `<stem>.txt`). */
  sourceName?: string;
  /** The edition's configuration (default: the project's edition.config.json). */
  edition?: EditionConfig;
  /** The other witnesses of the cable's text, when the build found some: the header names them. */
  witnesses?: WitnessLinks;
}

interface Context {
  cable: Cable;
  edition: EditionConfig;
  sourceName: string;
  id: string;
  notes: Map<string, Footnote>;
  witnesses?: WitnessLinks;
}

type InlineHandler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, ctx: Context) => XNode | XNode[];

/** One handler per inline node type. */
/** An editors' note's content: its words with the names annotate marked in them, or its words as they are. */
const noteContent = (n: { value: string; names?: Inline[] }, ctx: Context): XNode[] | string => (n.names ? inline(n.names, ctx) : n.value);

const INLINE: { [T in Inline['type']]: InlineHandler<T> } = {
  text: (n) => n.value,
  pb: (n) => el('pb', { n: n.n }),
  noteRef: (n, ctx) => {
    const note = ctx.notes.get(n.n);
    return note ? footnote(note, ctx) : `${n.n}`;
  },
  gap: (n) => el('gap', { reason: n.reason }),
  supplied: (n) => el('supplied', null, n.value),
  gloss: (n, ctx) => el('note', { type: 'gloss' }, noteContent(n, ctx)),
  editorial: (n, ctx) => el('note', { type: 'editorial' }, noteContent(n, ctx)),
  lb: () => el('lb'),
  hi: (n, ctx) => el('hi', { rend: 'bold' }, inline(n.children, ctx)),
  seg: (n) => el('seg', { type: n.kind }, n.value),
  name: (n, ctx) => el(NAME_ELEMENT[n.kind], { ref: n.ref ? `#${n.ref}` : undefined, cert: n.guessed, resp: n.guessed ? '#pipeline' : undefined }, inline(n.children, ctx)),
  date: (n, ctx) => el('date', { when: n.when, cert: n.cert }, inline(n.children, ctx)),
  // rend="plain": the source sets the words in its running text; its own quotation marks are in the content. A
  // consumer that reads the header (editorialDecl/quotation marks="all") or the element (the TEI Consortium's
  // stylesheets add no marks around a said with @rend, unless it is "inline") adds none, also in a teiCorpus
  // whose own header declares nothing of quotation (dist/tei/edition.xml).
  said: (n, ctx) => el('said', { who: `#${n.who}`, direct: String(n.direct), rend: 'plain' }, inline(n.children, ctx)),
  repetition: (n, ctx) => [el('seg', { type: 'repetition' }, inline(n.children, ctx)), el('note', { type: 'editorial' }, n.note)],
};

const NAME_ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

function inline(nodes: readonly Inline[], ctx: Context): XNode[] {
  return nodes.flatMap((n) => {
    const handler = INLINE[n.type] as InlineHandler<typeof n.type>;
    if (!handler) throw new Error(`encode: no handler for inline node type “${n.type}”`);
    const out = handler(n as never, ctx);
    return Array.isArray(out) ? out : [out];
  });
}

function footnote(note: Footnote, ctx: Context): XElement {
  return el('note', { n: note.n, place: 'foot', 'xml:id': `${ctx.id}-fn${note.n}` }, inline(note.children, ctx));
}

const BLOCK: { [T in Block['type']]: (b: Extract<Block, { type: T }>, ctx: Context) => XElement } = {
  p: (b, ctx) => el('p', null, inline(b.children, ctx)),
  pb: (b) => el('pb', { n: b.n }),
  editorial: (b, ctx) => el('note', { type: 'editorial' }, noteContent(b, ctx)),
};

const OPENER: { [T in OpenerItem['type']]: (o: OpenerItem, ctx: Context) => XNode[] } = {
  classification: (o, ctx) => [el('seg', { type: 'classification' }, inline(o.children, ctx))],
  salute: (o, ctx) => [el('salute', null, inline(o.children, ctx))],
  dateline: (o, ctx) => [el('dateline', null, inline(o.children, ctx))],
  editorial: (o, ctx) => inline(o.children, ctx),
  pb: (o, ctx) => inline(o.children, ctx),
  'doc-number': (o, ctx) => [el('seg', { type: 'doc-number' }, inline(o.children, ctx))],
  'doc-kind': (o, ctx) => [el('seg', { type: 'doc-kind' }, inline(o.children, ctx))],
  subject: (o, ctx) => [el('seg', { type: 'subject' }, inline(o.children, ctx))],
};

const CLOSER: { [T in CloserItem['type']]: (o: CloserItem, ctx: Context) => XNode[] } = {
  signed: (o, ctx) => [el('signed', null, inline(o.children, ctx))],
  initials: (o, ctx) => [el('seg', { type: 'initials' }, inline(o.children, ctx))],
  dateline: (o, ctx) => [el('dateline', null, inline(o.children, ctx))],
  editorial: (o, ctx) => inline(o.children, ctx),
};

/** A title that says who wrote to whom and when. */
export function cableTitle(cable: Cable): string {
  const { meta } = cable;
  const when = meta.date ? readableDate(meta.date.when) : undefined;
  let who: string | undefined;
  if (cable.shape === 'frus' && meta.sourceTitle) who = meta.sourceTitle;
  else if (meta.sender) {
    const to = meta.addressees.map(fromCapitals);
    who = `${fromCapitals(meta.sender)}${to.length ? ` to ${to.slice(0, -1).join(', ')}${to.length > 1 ? ' and ' : ''}${to[to.length - 1]}` : ''}`;
  } else who = meta.sourceTitle ?? `Cable ${cable.stem}`;
  return when ? `${who}, ${when}` : who;
}

const DATE_SOURCE_NOTE: Record<string, (c: Cable) => string> = {
  dateline: () => 'Date read from the dateline of the cable.',
  archive: () => 'Date read from the date line of the archive’s page.',
  title: (c) => `Date read from the title of the archive’s page${c.meta.archive?.date && c.meta.archive.date.when !== c.meta.date?.when ? `; the page’s own date line (${c.meta.archive.date.text}) differs, and the title’s date is the cable’s` : ''}.`,
  heading: () => 'Date read from the heading of the document.',
  'end-date': () => 'Date read from the date line at the end of the document.',
  'date-time-group': (c) => `Date read from the date-time group at the head of the text (the day of the month it was sent) and the decimal file number ${c.sourceNote?.fileNumber ?? ''} (the month and year it was filed).`,
  'file-number': (c) => `Date read from the decimal file number ${c.sourceNote?.fileNumber ?? ''} (month–day and year after the slash).`,
  sidecar: (c) => `Date supplied by the editors. ${c.meta.editorNote ?? ''}`.trim(),
};

/** The edition's editors, each a respStmt, and the pipeline's own, doing `what`: the titleStmt's credits of a cable's or a collation's header. */
export function editionResp(edition: EditionConfig, what: string): XElement[] {
  return [...edition.editors.map((e) => el('respStmt', null, el('resp', null, e.role), el('name', null, e.name))), el('respStmt', null, el('resp', null, what), el('name', null, 'cables pipeline'))];
}

/** A publicationStmt from the edition: publisher, date, the document's name (`idno type=kind`) and URI, the encoding's licence and the sources' rights. */
export function editionPublication(edition: EditionConfig, kind: 'cable' | 'collation', name: string, rights: string): XElement {
  return el(
    'publicationStmt',
    null,
    el('publisher', null, edition.publisher),
    el('date', { when: edition.date }, readableDate(edition.date)),
    el('idno', { type: kind }, name),
    el('idno', { type: 'URI' }, uriOf(edition, kind, name)),
    el('availability', { status: 'free' }, el('licence', { target: edition.licence.url }, `The encoding: ${edition.licence.name}.`), el('p', null, rights)),
  );
}

/** The edition as the series a document belongs to. */
export function editionSeries(edition: EditionConfig): XElement {
  return el('seriesStmt', null, el('title', null, edition.title), el('idno', { type: 'URI' }, edition.baseUri));
}

/** The appInfo naming the pipeline (xml:id="pipeline", the @resp of what the build marked) and its version. */
export function pipelineInfo(label: string): XElement {
  return el('appInfo', null, el('application', { 'xml:id': 'pipeline', ident: APP_NAME, version: APP_VERSION }, el('label', null, label)));
}

function header(cable: Cable, ctx: Context): XElement {
  const { meta } = cable;
  const a = meta.archive;
  const date = meta.date;
  const sent = el(
    'correspAction',
    { type: 'sent' },
    meta.sender ? el('persName', { ref: ptr(meta.senderRef) }, fromCapitals(meta.sender)) : null,
    meta.place ? el('placeName', { ref: ptr(meta.placeRef) }, meta.place) : null,
    date ? el('date', { when: date.when }, readableDate(date.when)) : null,
    date ? el('note', { type: 'date-source', subtype: date.source }, DATE_SOURCE_NOTE[date.source]!(cable)) : null,
    !date && meta.rejectedDate
      ? el('note', { type: 'date-source', subtype: 'rejected' }, `Undated: the ${meta.rejectedDate.source} gives ${readableDate(meta.rejectedDate.when)}, which cannot be the cable’s date (${meta.rejectedDate.reason}).`)
      : null,
  );
  const received = el('correspAction', { type: 'received' }, meta.addressees.map((p, i) => el('persName', { ref: ptr(meta.addresseeRefs?.[i]) }, fromCapitals(p))));
  const pages = meta.pages;
  const frusBibl = cable.sourceNote
    ? el(
        'bibl',
        { type: 'frus' },
        meta.sourceTitle ? el('title', { level: 'a' }, meta.sourceTitle) : null,
        el('title', { level: 's' }, 'Foreign Relations of the United States'),
        cable.sourceNote.fileNumber ? el('idno', { type: 'state-decimal' }, cable.sourceNote.fileNumber) : null,
        cable.sourceNote.archiveFile ? el('idno', { type: 'archive-file' }, cable.sourceNote.archiveFile) : null,
        pages.length
          ? el('biblScope', { unit: 'page', from: pages[0], to: pages[pages.length - 1] }, pages[0] === pages[pages.length - 1] ? pages[0]! : `${pages[0]}–${pages[pages.length - 1]}`)
          : null,
        meta.sourceUrl ? el('ref', { target: meta.sourceUrl }, meta.sourceUrl) : null,
      )
    : null;
  const archiveBibl = a
    ? [
        el(
          'bibl',
          { type: 'archive' },
          a.title ? el('title', null, a.title) : null,
          a.date ? el('date', { when: a.date.when }, a.date.text) : null,
          a.archive ? el('publisher', null, a.archive) : null,
          a.url ? el('ref', { target: a.url }, a.url) : null,
          // TEI wants a repository in msIdentifier; a collection alone stays in the bibl.
          a.collection && !a.repository ? el('note', { type: 'collection' }, a.collection) : null,
        ),
        a.citation ? el('bibl', { type: 'citation' }, citationContent(a.citation, a.url)) : null,
        a.repository
          ? el('msDesc', null, el('msIdentifier', null, a.repository ? el('repository', null, a.repository) : null, a.collection ? el('collection', null, a.collection) : null))
          : null,
      ]
    : [];
  const sourceDesc = el(
    'sourceDesc',
    null,
    frusBibl,
    archiveBibl,
    !frusBibl && !a ? el('p', null, `A plain-text transcription, ${ctx.sourceName}, of a source not otherwise identified.`) : null,
  );
  const notes = [
    meta.editorNote ? el('note', { type: 'editorial' }, meta.editorNote) : null,
    a?.credits ? el('note', { type: 'credits' }, a.credits) : null,
    ...(a?.contents ?? []).map((c) => el('note', { type: 'contents' }, c)),
    ...(a?.other ?? []).map((o) => el('note', { type: 'archive', subtype: o.label.toLowerCase().replace(/[^a-z]+/g, '-') }, `${o.label}: ${o.text}`)),
  ].filter((n) => n !== null);
  const languages = a?.languages.length ? a.languages : ['English'];
  return el(
    'teiHeader',
    null,
    el(
      'fileDesc',
      null,
      el(
        'titleStmt',
        null,
        el('title', null, cableTitle(cable)),
        meta.sender ? el('author', null, fromCapitals(meta.sender)) : null,
        editionResp(ctx.edition, 'Encoded in TEI from the plain-text copy'),
      ),
      editionPublication(ctx.edition, 'cable', cable.stem, 'The source: a work of the United States Government, in the public domain.'),
      editionSeries(ctx.edition),
      notes.length || ctx.witnesses ? el('notesStmt', null, notes, ctx.witnesses ? witnessRelations(ctx.witnesses) : null) : null,
      sourceDesc,
    ),
    el(
      'encodingDesc',
      null,
      pipelineInfo('The build that encoded this cable from its plain-text copy and marked its names, dates and speech'),
      el(
        'editorialDecl',
        null,
        el('correction', null, el('p', null, 'Nothing is corrected: the source’s spelling, errors and repetitions stand as it has them. Letters and words the editors of the source supplied in brackets are supplied.')),
        el('normalization', null, el('p', null, 'No spelling is normalised. A name keeps the source’s form; its register entry, pointed at by @ref, gives the regular form. A heading in capitals keeps its capitals in the text.')),
        el('quotation', { marks: 'all' }, el('p', null, 'Quotation marks are the source’s own and stay in the text; said adds none (said rend="plain"), so a consumer must not add quotation marks around said.')),
        el('hyphenation', { eol: 'none' }, el('p', null, 'The plain-text copies break no words at line ends; hyphens are the source’s.')),
        el('segmentation', null, el('p', null, 'Paragraphs are the source’s. Page markers ([Page N]) are pb where page N begins; footnotes stand at their reference as note place="foot"; date-time groups, telegram numbers, classifications and initials are seg.')),
        el(
          'interpretation',
          null,
          el(
            'p',
            null,
            'Persons, places, organisations, dates and speech are marked by the build (#pipeline), not by hand. A name a register entry claims points at it with @ref; a name no entry claims is marked without @ref, with @cert (medium or low) and @resp="#pipeline" saying that the build guessed. Dates carry ISO 8601 values in @when, with @cert="medium" where reckoned from a date without a year or a relative word. said holds the words said, not the reporting clause; @who points at the speaker, @direct says whether the words are the speaker’s own.',
          ),
        ),
        el(
          'p',
          null,
          'The editors’ brackets are supplied (supplied letters and name parts), gap (illegible or omitted text), note type="gloss" (glosses) and note type="editorial" (the editors’ remarks); a signature the editors supplied is signed/supplied.',
        ),
      ),
    ),
    el(
      'profileDesc',
      null,
      sent.children.length || received.children.length ? el('correspDesc', null, sent.children.length ? sent : null, received.children.length ? received : null) : null,
      a?.summary ? el('abstract', null, el('p', null, a.summaryNodes ? inline(a.summaryNodes, ctx) : a.summary)) : null,
      el('langUsage', null, languages.map((l) => el('language', { ident: languageCode(l) }, l))),
      cable.sourceNote?.docType ? el('textClass', null, el('keywords', null, el('term', null, cable.sourceNote.docType))) : null,
    ),
    el(
      'revisionDesc',
      null,
      el(
        'change',
        { who: '#pipeline', type: 'generated' },
        `Generated from the plain-text source ${ctx.sourceName} by the cables build (npm run build-tei). An editor who changes this file adds a change of their own before this one, with @when and @who; the build then keeps the file as it stands.`,
      ),
    ),
  );
}

/** The citation as given, its URL (in angle brackets in the source) made a link. */
function citationContent(citation: string, url: string | undefined): XNode[] {
  if (!url) return [citation];
  const i = citation.indexOf(url);
  if (i === -1) return [citation];
  const before = citation.slice(0, i).replace(/<$/, '');
  const after = citation.slice(i + url.length).replace(/^>/, '');
  return [before, el('ref', { target: url }, url), after];
}

const LANGUAGES: Record<string, string> = { english: 'en', russian: 'ru', chinese: 'zh', french: 'fr', german: 'de', japanese: 'ja', korean: 'ko', mongolian: 'mn' };

function languageCode(name: string): string {
  return LANGUAGES[name.toLowerCase()] ?? name.toLowerCase().replace(/[^a-z]/g, '').slice(0, 8) ?? 'und';
}

const ptr = (id: string | undefined): string | undefined => (id ? `#${id}` : undefined);

/** The standOff: copies of the register entries the cable points at. */
function standOff(s: Cable['standOff']): XElement | null {
  if (!s || s.persons.length + s.places.length + s.orgs.length === 0) return null;
  return el(
    'standOff',
    null,
    s.persons.length ? el('listPerson', null, s.persons) : null,
    s.places.length ? el('listPlace', null, s.places) : null,
    s.orgs.length ? el('listOrg', null, s.orgs) : null,
  );
}

/** The TEI document of a cable. */
export function encodeTei(cable: Cable, options: EncodeOptions = {}): string {
  const id = teiId(cable.stem);
  const ctx: Context = { cable, id, edition: options.edition ?? projectEdition(), sourceName: options.sourceName ?? `${cable.stem}.txt`, notes: new Map(cable.footnotes.filter((f) => f.referenced).map((f) => [f.n, f])), ...(options.witnesses ? { witnesses: options.witnesses } : {}) };
  const sn = cable.sourceNote;
  const sourceNote = sn
    ? el(
        'note',
        { type: 'source', place: 'inline' },
        sn.fileNumber || sn.archiveFile
          ? [el('idno', { type: sn.fileNumber ? 'state-decimal' : 'archive-file' }, (sn.fileNumber ?? sn.archiveFile)!), sn.text.slice(sn.text.indexOf(sn.fileNumber ?? sn.archiveFile!) + (sn.fileNumber ?? sn.archiveFile)!.length)]
          : sn.text,
      )
    : null;
  const div = el(
    'div',
    { type: 'cable' },
    sourceNote,
    cable.head ? el('head', null, inline(cable.head.children, ctx)) : null,
    cable.opener.length ? el('opener', null, cable.opener.flatMap((o) => OPENER[o.type](o, ctx))) : null,
    cable.body.map((b) => BLOCK[b.type](b as never, ctx)),
    cable.closer.length ? el('closer', null, cable.closer.flatMap((c) => CLOSER[c.type](c, ctx))) : null,
    cable.footnotes.filter((f) => !f.referenced).map((f) => footnote(f, ctx)),
  );
  if (div.children.length === 0) div.children.push(el('p'));
  const tei = el('TEI', { xmlns: TEI_NS, 'xml:id': id, 'xml:lang': ctx.edition.language }, header(cable, ctx), standOff(cable.standOff), el('text', null, el('body', null, div)));
  return toXml(tei, MIXED, [XML_MODEL]);
}
