/**
 * Writes the CSV tables beside the JSON edition (`dist/json/cables.csv`, `mentions.csv`, `statements.csv`),
 * made from the cables' JSON records and the registers' names in edition.json. A corpus-level output: made
 * again with the search index, on every build that makes the corpus pages.
 */
import { join } from 'node:path';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import { TABLES, tableBuilder, type TableName, type TableRecord } from '../tables/index.js';
import { registerNames, type RecordReader } from './search.js';
import { guardedWrite } from './tei-files.js';

/** Where the tables go under the dist folder: beside the JSON records. */
export function tableOutputs(distDir: string): Record<TableName, string> {
  return Object.fromEntries(TABLES.map((n) => [n, join(distDir, 'json', n)])) as Record<TableName, string>;
}

/**
 * The CSV tables, made from the JSON records as the search index reads them (writeSearch's RecordReader: each record is
 * read once for both, and only its rows are kept); `write` writes them. A record that cannot be read is left out, with
 * an error at it.
 */
export function tableReader(distDir: string, sink: Diagnostic[]): RecordReader & { write(): void } {
  const labels = registerNames(join(distDir, 'json'));
  const builder = tableBuilder(labels);
  return {
    labels,
    read: (record) => builder.add(record as TableRecord),
    unreadable: (path, e) => sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:tables', message: `left out of the CSV tables: ${describeError(e)}` }),
    write: () => {
      const tables = builder.tables();
      for (const [name, path] of Object.entries(tableOutputs(distDir)) as [TableName, string][]) guardedWrite(path, tables[name], sink);
    },
  };
}
