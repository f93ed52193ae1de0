/**
 * Writes the CSV tables beside the JSON edition (`dist/json/cables.csv`, `mentions.csv`, `statements.csv`),
 * made from the cables' JSON records and the registers' names in edition.json. A corpus-level output: made
 * again with the search index, on every build that makes the corpus pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import { csvTables, TABLES, type TableName, type TableRecord } from '../tables/index.js';
import { registerNames } from './search.js';
import { guardedWrite } from './tei-files.js';

/** Where the tables go under the dist folder: beside the JSON records. */
export function tableOutputs(distDir: string): Record<TableName, string> {
  return Object.fromEntries(TABLES.map((n) => [n, join(distDir, 'json', n)])) as Record<TableName, string>;
}

/**
 * Makes the tables from the JSON records of the cables named (in the order given, the build's by date) under
 * `distDir/json/`. A record that cannot be read is left out, with an error at it.
 */
export function writeTables(distDir: string, stems: readonly string[], sink: Diagnostic[]): void {
  const json = join(distDir, 'json');
  const names = registerNames(json);
  // One record read at a time: the tables keep their rows, not the cables' whole texts.
  function* records(): Generator<TableRecord> {
    for (const stem of stems) {
      const path = join(json, `${stem}.json`);
      let record: TableRecord | undefined;
      try {
        record = JSON.parse(readFileSync(path, 'utf8')) as TableRecord;
      } catch (e) {
        sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:tables', message: `left out of the CSV tables: ${describeError(e)}` });
      }
      if (record) yield record;
    }
  }
  const tables = csvTables(records(), names);
  for (const [name, path] of Object.entries(tableOutputs(distDir)) as [TableName, string][]) guardedWrite(path, tables[name], sink);
}
