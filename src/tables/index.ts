/**
 * The CSV tables of the edition, for spreadsheets and data frames: one row per cable (`cables.csv`), per name
 * marked in a cable's text (`mentions.csv`) and per speech (`statements.csv`), made from the cables' JSON
 * records (dist/json/<stem>.json) and written beside them. RFC 4180: a header row, fields quoted when they hold
 * a comma, a quote or a line break, lines ended by CRLF, UTF-8. Pure: no file is read here.
 */

/** What of a cable's JSON record the tables read (schema/edition.schema.json describes it whole). */
export interface TableRecord {
  id: string;
  uri?: string | null;
  title: string;
  files?: { json?: string; html?: string; tei?: string } | null;
  provenance?: { source?: string | null; sha256?: string | null } | null;
  source?: { type?: string | null; fileNumber?: string | null; archive?: string | null; collection?: string | null; url?: string | null; pages?: readonly string[] | null } | null;
  date?: { when?: string | null; source?: string | null } | null;
  place?: { id?: string | null; name?: string | null; wording?: string | null } | null;
  sender?: Party | null;
  addressees?: readonly Party[] | null;
  classification?: string | null;
  mentions?: readonly { id: string; type: string; paragraph?: string | null; start?: number | null; end?: number | null; surface: string }[] | null;
  unidentified?: readonly { type: string; cert?: string | null; paragraph?: string | null; start?: number | null; end?: number | null; surface: string }[] | null;
  statements?: readonly { speaker: string; direct: boolean; words: string; paragraph?: string | null; start?: number | null; end?: number | null }[] | null;
}
interface Party {
  id?: string | null;
  name?: string | null;
  wording?: string | null;
}

/** The tables' file names, in the order the README describes them. */
export const TABLES = ['cables.csv', 'mentions.csv', 'statements.csv'] as const;
export type TableName = (typeof TABLES)[number];

/** Each table's columns, in order. */
export const COLUMNS: Record<TableName, readonly string[]> = {
  'cables.csv': ['id', 'uri', 'title', 'date', 'date_source', 'place_id', 'place_name', 'place_wording', 'sender_id', 'sender_name', 'sender_wording', 'addressee_ids', 'addressee_names', 'addressee_wordings', 'classification', 'source_type', 'file_number', 'archive', 'collection', 'url', 'first_page', 'last_page', 'json', 'html', 'tei', 'source_file', 'sha256'],
  'mentions.csv': ['cable', 'id', 'name', 'type', 'cert', 'block', 'start', 'end', 'surface'],
  'statements.csv': ['cable', 'speaker', 'speaker_name', 'direct', 'block', 'start', 'end', 'words'],
};

type Cell = string | number | boolean | null | undefined;

/** One field as RFC 4180 writes it: quoted (its quotes doubled) when it holds a comma, a quote or a line break; null and undefined are empty. */
export function csvField(value: Cell): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A table's text: the header row, then the rows, each line ended by CRLF. */
function table(name: TableName, rows: readonly (readonly Cell[])[]): string {
  return [COLUMNS[name], ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The parties of a list joined by "; " (the column's values in the parties' order). */
const joined = (parties: readonly Party[], key: keyof Party): string => parties.map((p) => p[key] ?? '').join('; ');

/** Builds the three tables one record at a time (`add`), in the order given; `tables` gives their text. `names` as for csvTables. */
export function tableBuilder(names: Readonly<Record<string, ReadonlyMap<string, string>>> = {}): { add(r: TableRecord): void; tables(): Record<TableName, string> } {
  const cables: Cell[][] = [];
  const mentions: Cell[][] = [];
  const statements: Cell[][] = [];
  const add = (r: TableRecord): void => {
    const to = r.addressees ?? [];
    const pages = r.source?.pages ?? [];
    cables.push([
      r.id, r.uri, r.title, r.date?.when, r.date?.source, r.place?.id, r.place?.name, r.place?.wording,
      r.sender?.id, r.sender?.name, r.sender?.wording, joined(to, 'id'), joined(to, 'name'), joined(to, 'wording'),
      r.classification, r.source?.type, r.source?.fileNumber, r.source?.archive, r.source?.collection, r.source?.url,
      pages[0], pages.at(-1), r.files?.json, r.files?.html, r.files?.tei, r.provenance?.source, r.provenance?.sha256,
    ]);
    for (const m of r.mentions ?? []) mentions.push([r.id, m.id, names[m.type]?.get(m.id), m.type, '', m.paragraph, m.start, m.end, m.surface]);
    for (const m of r.unidentified ?? []) mentions.push([r.id, '', '', m.type, m.cert, m.paragraph, m.start, m.end, m.surface]);
    for (const st of r.statements ?? []) statements.push([r.id, st.speaker, names.person?.get(st.speaker), st.direct, st.paragraph, st.start, st.end, st.words]);
  };
  const tables = (): Record<TableName, string> => ({ 'cables.csv': table('cables.csv', cables), 'mentions.csv': table('mentions.csv', mentions), 'statements.csv': table('statements.csv', statements) });
  return { add, tables };
}

/**
 * Makes the three tables from the cables' records, in the order given (the build's, by date). `names` gives the
 * registers' names by kind (person, place, org) and id, for a mention and a speaker; an id it lacks has an empty name.
 */
export function csvTables(records: Iterable<TableRecord>, names: Readonly<Record<string, ReadonlyMap<string, string>>> = {}): Record<TableName, string> {
  const builder = tableBuilder(names);
  for (const r of records) builder.add(r);
  return builder.tables();
}
