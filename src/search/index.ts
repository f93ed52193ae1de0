/**
 * The search index of the edition: from the cables' JSON records (dist/json/<stem>.json), the documents the
 * search page shows (title, date, the full text once, the facets) and a MiniSearch index over them, built
 * here at build time and written as a script (`search-index.js`) that the page loads with `<script src>`,
 * so that search works from file:// (where a page may not fetch a JSON file). Pure: no file is read here.
 */
import MiniSearch from 'minisearch';

/** What of a cable's JSON record the index reads (schema/edition.schema.json describes it whole). */
export interface CableRecord {
  id: string;
  title: string;
  date?: { when?: string | null } | null;
  abstract?: string | null;
  source?: Record<string, unknown> | null;
  sender?: Party | null;
  addressees?: readonly Party[] | null;
  head?: string | null;
  opener?: readonly Block[] | null;
  paragraphs?: readonly Block[] | null;
  closer?: readonly Block[] | null;
  notes?: readonly Block[] | null;
  mentions?: readonly Mention[] | null;
  dates?: readonly { when?: string | null }[] | null;
}
interface Party {
  id?: string | null;
  name?: string | null;
  wording?: string | null;
}
interface Block {
  id: string;
  text?: string | null;
  /** A note's: its type (`foot` for a footnote) and the block it stands in. */
  type?: string | null;
  paragraph?: string | null;
}
interface Mention {
  id: string;
  type: string;
  paragraph?: string | null;
  start?: number | null;
  end?: number | null;
}

/** The facets a result list is filtered by, in the order the page shows them. */
export const FACETS = ['person', 'place', 'org', 'sender', 'addressee', 'year'] as const;
export type Facet = (typeof FACETS)[number];
/** The register kinds, whose entries' names label the facets (a sender and an addressee are persons). */
export type Kind = 'person' | 'place' | 'org';

/** A cable as the search page shows it. */
export interface SearchDoc {
  /** The cable's name: its page is `<id>.html`. */
  id: string;
  title: string;
  /** ISO date, or '' when undated. */
  date: string;
  /** Every word of the TEI's text, once: head, opener, paragraphs, closer, notes, joined by line feeds. */
  text: string;
  /** The blocks of `text`: [anchor, where it starts in `text`], so that a hit links to its place on the cable's page
      (the block's id; for a note other than a footnote, the block it stands in; '' for none). */
  blocks: [string, number][];
  /** The header's summary (a Wilson Center abstract), or ''. */
  abstract: string;
  /** The facets' values: register ids (a party the registers do not know: `=` and its words), the year or 'undated'. */
  facets: Record<Facet, string[]>;
  /** Where in `text` each register entry is first named: id → [start, end, start, end …] (at most ten mentions). */
  marks: Record<string, number[]>;
}

/** What the index script assigns to `globalThis.CABLES_SEARCH`. */
export interface SearchData {
  /** The fields indexed (MiniSearch needs them again to load the index). */
  fields: string[];
  /** The pattern of a word (flags `gu`): the page splits a query and finds the words of a snippet with it. */
  token: string;
  docs: SearchDoc[];
  /** Names for the facets' values, by kind and id. */
  labels: Record<Kind, Record<string, string>>;
  /** MiniSearch's own serialisation (MiniSearch.loadJS). */
  index: unknown;
}

/** A word: an ISO date (1945-07-10, 1945-07) kept whole, else a run of letters, digits and combining marks. */
export const TOKEN = String.raw`\d{4}-\d{2}(?:-\d{2})?|[\p{L}\p{N}\p{M}]+`;

/** The fields of the index; the page boosts the title, the names and the parties. */
export const FIELDS = ['title', 'text', 'abstract', 'names', 'parties', 'date', 'source'];

/** The words of a text, as the index and the page split it. */
const WORDS = new RegExp(TOKEN, 'gu');
export function tokenize(text: string): string[] {
  return text.match(WORDS) ?? [];
}

const ASCII = /^[\x00-\x7f]*$/;
/** A word as it is indexed: without accents, in lower case (the page does the same to a query). */
export function processTerm(term: string): string {
  return ASCII.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The options the index is built and loaded with. */
export function searchOptions(): { fields: string[]; idField: string; tokenize: (t: string) => string[]; processTerm: (t: string) => string } {
  return { fields: FIELDS, idField: 'i', tokenize, processTerm };
}

/** A party's facet value: its register id, else `=` and the words the cable names it by. */
export function partyKey(p: Party): string | undefined {
  if (p.id) return p.id;
  const words = (p.name ?? p.wording ?? '').trim();
  return words ? `=${words}` : undefined;
}

/** The search document of one cable. `label` names a register entry (undefined: not known). */
export function searchDoc(record: CableRecord, label: (kind: Kind, id: string) => string | undefined): { doc: SearchDoc; fields: Record<string, string> } {
  // The text: every block once, each at a known place, so that mentions (offsets into blocks) land in it.
  const parts: [string, string, string][] = [];
  if (record.head) parts.push(['head', 'head', record.head]);
  for (const list of [record.opener, record.paragraphs, record.closer]) for (const b of list ?? []) if (b.text) parts.push([b.id, b.id, b.text]);
  for (const n of record.notes ?? []) if (n.text) parts.push([n.id, n.type === 'foot' ? n.id : n.paragraph ?? '', n.text]);
  const blocks: [string, number][] = [];
  const startOf = new Map<string, number>();
  let text = '';
  for (const [id, anchor, t] of parts) {
    if (text) text += '\n';
    blocks.push([anchor, text.length]);
    startOf.set(id, text.length);
    text += t;
  }
  const lengthOf = new Map(parts.map(([id, , t]) => [id, t.length]));

  const when = record.date?.when ?? '';
  const year = /^\d{4}/.exec(when)?.[0];
  const facets: Record<Facet, string[]> = { person: [], place: [], org: [], sender: [], addressee: [], year: [year ?? 'undated'] };
  const marks: Record<string, number[]> = {};
  const names = new Set<string>();
  for (const m of record.mentions ?? []) {
    const kind = m.type as Kind;
    if (!(kind === 'person' || kind === 'place' || kind === 'org')) continue;
    if (!facets[kind].includes(m.id)) facets[kind].push(m.id);
    names.add(label(kind, m.id) ?? m.id).add(m.id.replace(/-/g, ' '));
    const start = m.paragraph ? startOf.get(m.paragraph) : undefined;
    const within = m.paragraph ? lengthOf.get(m.paragraph) ?? 0 : 0;
    const at = (marks[m.id] ??= []);
    if (start !== undefined && m.start != null && m.end != null && m.end > m.start && m.end <= within && at.length < 20) at.push(start + m.start, start + m.end);
  }
  for (const [id, at] of Object.entries(marks)) if (!at.length) delete marks[id];

  const parties: string[] = [];
  const party = (p: Party | null | undefined, facet: 'sender' | 'addressee'): void => {
    const key = p ? partyKey(p) : undefined;
    if (!p || key === undefined) return;
    if (!facets[facet].includes(key)) facets[facet].push(key);
    parties.push(...[p.id ? label('person', p.id) : undefined, p.name, p.wording].filter((s): s is string => !!s));
  };
  party(record.sender, 'sender');
  for (const a of record.addressees ?? []) party(a, 'addressee');

  const dates = new Set<string>();
  if (when) dates.add(when).add(when.slice(0, 7)).add(when.slice(0, 4));
  const source = Object.values(record.source ?? {}).filter((v): v is string => typeof v === 'string' && !/^https?:/.test(v));

  const doc: SearchDoc = { id: record.id, title: record.title, date: when, text, blocks, abstract: record.abstract ?? '', facets, marks };
  const fields = {
    title: record.title,
    text,
    abstract: doc.abstract,
    names: [...names].join('\n'),
    parties: parties.join('\n'),
    date: [...dates].join(' '),
    source: source.join('\n'),
  };
  return { doc, fields };
}

/**
 * The search data of the cables, in the order given (the build gives them by date): their documents, the
 * names of the facets' values, and the MiniSearch index. Same records, same data.
 */
export function searchData(records: Iterable<CableRecord>, labels: Record<Kind, ReadonlyMap<string, string>>): SearchData {
  const mini = new MiniSearch(searchOptions());
  const docs: SearchDoc[] = [];
  const used: Record<Kind, Record<string, string>> = { person: {}, place: {}, org: {} };
  const label = (kind: Kind, id: string): string | undefined => labels[kind].get(id);
  for (const record of records) {
    const { doc, fields } = searchDoc(record, label);
    mini.add({ i: docs.length, ...fields });
    docs.push(doc);
    for (const kind of ['person', 'place', 'org'] as const) for (const id of doc.facets[kind]) used[kind][id] = label(kind, id) ?? id;
    for (const id of [...doc.facets.sender, ...doc.facets.addressee]) used.person[id] = id.startsWith('=') ? id.slice(1) : label('person', id) ?? id;
  }
  const sorted = (o: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { fields: FIELDS, token: TOKEN, docs, labels: { person: sorted(used.person), place: sorted(used.place), org: sorted(used.org) }, index: mini.toJSON() };
}

/** The script that holds the data: it assigns it to `globalThis.CABLES_SEARCH` (characters that could end a script escaped). */
export function searchScript(data: SearchData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `/* The search index of the edition, made by the build (src/search/index.ts); search.html loads it. */\nglobalThis.CABLES_SEARCH = ${json};\n`;
}
