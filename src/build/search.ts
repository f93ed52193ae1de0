/**
 * Writes the search's files beside the pages: `search-index.js` (the index, made from the cables' JSON records
 * and the registers' names in edition.json) and `minisearch.js` (the library's browser build, which loads it).
 * A corpus-level output: made again on every build, like the index page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import { searchData, searchScript, type CableRecord, type Kind } from '../search/index.js';
import { guardedWrite } from './tei-files.js';

const require = createRequire(import.meta.url);

/** Where the search's files go under the dist folder: the index, the library and the page's script. */
export function searchOutputs(distDir: string): { index: string; library: string; script: string } {
  const html = join(distDir, 'html');
  return { index: join(html, 'search-index.js'), library: join(html, 'minisearch.js'), script: join(html, 'search.js') };
}

/** The browser build of MiniSearch, its licence first, without the source map comment (nothing is fetched that the edition does not hold). */
export function miniSearchScript(): string {
  // The package exports no package.json: its folder is found from its main file (dist/cjs/index.cjs).
  const dir = join(dirname(require.resolve('minisearch')), '..', '..');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  const umd = readFileSync(join(dir, 'dist', 'umd', 'index.js'), 'utf8');
  return `/*! MiniSearch ${pkg.version} | ${pkg.license} licence | Copyright 2022 Luca Ongaro | https://github.com/lucaong/minisearch */\n${umd.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n')}`;
}

/** The registers' names by kind and id, from edition.json in `jsonDir`; none when it cannot be read (its own error is reported), so that ids stand for them. */
export function registerNames(jsonDir: string): Record<Kind, Map<string, string>> {
  const labels: Record<Kind, Map<string, string>> = { person: new Map(), place: new Map(), org: new Map() };
  try {
    const edition = JSON.parse(readFileSync(join(jsonDir, 'edition.json'), 'utf8')) as { registers?: Record<'persons' | 'places' | 'orgs', { id: string; name: string }[]> };
    for (const [list, kind] of [['persons', 'person'], ['places', 'place'], ['orgs', 'org']] as const) for (const e of edition.registers?.[list] ?? []) labels[kind].set(e.id, e.name);
  } catch {
    // No edition.json: no names.
  }
  return labels;
}

/** Another reader of the records the search index reads (the CSV tables), so that each record is read once for both. */
export interface RecordReader {
  /** The registers' names (registerNames), read once for both. */
  labels: Record<Kind, Map<string, string>>;
  read(record: unknown): void;
  unreadable(path: string, e: unknown): void;
}

/**
 * Makes the search's files from the JSON records of the cables named (in the order given, the build's by
 * date) under `distDir/json/`, and copies the page's script from the transforms' folder. A record that cannot
 * be read is left out, with an error at it.
 */
export function writeSearch(distDir: string, transformsDir: string, stems: readonly string[], sink: Diagnostic[], also?: RecordReader): void {
  const json = join(distDir, 'json');
  const labels = also?.labels ?? registerNames(json);
  /** The records one at a time: the index holds their words, not the records; each is handed to `also` as it is read. */
  function* records(): Generator<CableRecord> {
    for (const stem of stems) {
      const path = join(json, `${stem}.json`);
      let record: CableRecord | undefined;
      try {
        record = JSON.parse(readFileSync(path, 'utf8')) as CableRecord;
      } catch (e) {
        sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:search', message: `left out of the search index: ${describeError(e)}` });
        also?.unreadable(path, e);
      }
      if (record) {
        also?.read(record);
        yield record;
      }
    }
  }
  const out = searchOutputs(distDir);
  guardedWrite(out.index, searchScript(searchData(records(), labels)), sink);
  guardedWrite(out.library, miniSearchScript(), sink);
  guardedWrite(out.script, readFileSync(join(transformsDir, 'html', 'search.js'), 'utf8'), sink);
}
