/**
 * The publish stage of the build: each cable's page, JSON and catalogue record, and the corpus pages, as tasks
 * of the transform pool (see build.ts, which decides what is current and records what was made).
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { BuildOptions, CableReport } from '../build.js';
import { teiCorpus, corpusMembers } from '../corpus.js';
import type { EditionConfig } from '../edition-config.js';
import { internalError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import { jsonChecker } from '../json-schema.js';
import { loadJsonSchema } from '../schemas.js';
import type { TransformRunner, TransformTask } from '../transform/pool.js';
import { oaiParams, STATIC_REPOSITORY, staticRepository } from '../library/oai.js';
import { staticRepositoryMessages } from './oai.js';
import { basemapPath } from './basemap.js';
import { cableOutputs } from './outputs.js';
import { guardedWrite } from './tei-files.js';

/** What the publish stage is given. */
export interface PublishWork {
  /** The cables to publish, in date order, with their TEI. */
  byDate: readonly { report: CableReport; xml: string }[];
  /** Each cable's neighbours by date (prev, next), in the whole corpus. */
  links: readonly (readonly [string, string])[];
  /** Each cable's files are as they were made from the same inputs: left as they are. */
  current: readonly boolean[];
  /** Whether the corpus pages are as they were; undefined: they are not this build's (a shard's). */
  corpusCurrent: boolean | undefined;
  runner: TransformRunner;
  options: BuildOptions;
  edition: EditionConfig;
  /** The edition's static repository, or why it has none (staticRepository, for the cables published). */
  oai: ReturnType<typeof staticRepository>;
  schemaDir: string;
  /** Where the corpus pages' messages go. */
  corpusDiagnostics: Diagnostic[];
  /** Each cable's source fingerprint, by stem (the JSON's provenance). */
  sourceOf: ReadonlyMap<string, string>;
  /** Register ids redirected to others (old → new), for the register pages' anchors. */
  registerRedirects?: Readonly<Record<string, string>>;
  /** The configuration file, as messages name it. */
  configFile: string;
}

/**
 * Publishes the cables (HTML page, JSON, catalogue record) and the corpus pages (index, register pages,
 * edition.json, the encoding documentation) through the runner. The corpus pages go first: they are the
 * longest tasks, and the cables' pages fill the workers around them. A cable marked `current` is left as it
 * is. Returns, for each cable, whether its three files were written with no message.
 */
export async function publish(work: PublishWork): Promise<Published> {
  const { byDate, links, current, corpusCurrent, runner, options, edition, oai, schemaDir, corpusDiagnostics, sourceOf, registerRedirects = {}, configFile } = work;
  const checkJson = jsonChecker(loadJsonSchema(schemaDir, 'edition.schema.json'));
  const common = {
    'edition-title': edition.title,
    'base-uri': edition.baseUri,
    'edition-publisher': edition.publisher,
    'edition-version': edition.date,
    'edition-licence': edition.licence.name,
    'edition-licence-url': edition.licence.url,
    // The TEI files from the pages (and the JSON files, their siblings): a relative URL.
    'tei-dir': `${relative(join(options.distDir, 'html'), options.teiDir).split(sep).map(encodeURIComponent).join('/')}/`,
  };
  /** Each cable's source file and the SHA-256 of its bytes, by stem, as the stylesheets' provenance parameter. */
  const provenanceOf = (reports: readonly CableReport[]): string =>
    JSON.stringify(Object.fromEntries(reports.flatMap((r) => (sourceOf.has(r.stem) ? [[r.stem, { source: basename(r.source), sha256: sourceOf.get(r.stem)!.replace(/^sha256:/, '') }]] : []))));
  /** Runs one stylesheet and writes what it makes to `path` (JSON checked against the edition's schema and indented); resolves with its messages and whether the file was written. */
  const emit = async (task: Omit<TransformTask, 'params'> & { params?: Record<string, unknown> }, path: string, kind: 'html' | 'json' | 'xml'): Promise<{ written: boolean; diagnostics: Diagnostic[] }> => {
    const full = { ...task, params: { ...common, ...task.params } };
    const result = await runner.run(full);
    options.onTiming?.({ task: full, output: path, ms: result.ms ?? 0 });
    const sink = [...result.diagnostics];
    try {
      if (result.output === undefined) return { written: false, diagnostics: sink };
      if (kind !== 'json') return { written: guardedWrite(path, result.output, sink), diagnostics: sink };
      const value: unknown = JSON.parse(result.output);
      sink.push(...checkJson(value, displayPath(path)));
      return { written: guardedWrite(path, `${JSON.stringify(value, null, 2)}\n`, sink), diagnostics: sink };
    } catch (e) {
      sink.push(internalError(task.file, 'transform', e));
      return { written: false, diagnostics: sink };
    }
  };
  const out = (dir: string, name: string): string => join(options.distDir, dir, name);
  // The corpus is parsed once, by the one worker that makes its pages; an entry of the registers is in it once.
  // No corpus page is made when they are current, or when they are not this build's (a shard's).
  const noPages = corpusCurrent !== false;
  const corpus = { corpus: 'edition', source: noPages ? '' : teiCorpus(edition.title, corpusMembers(byDate.map((e) => e.xml))), params: { provenance: provenanceOf(byDate.map((e) => e.report)), 'register-redirects': JSON.stringify(registerRedirects) } };
  // The static repository for a harvester's gateway, when the edition can have one: first, so that the worker that parses the corpus makes it too.
  const oaiPath = join(options.distDir, ...STATIC_REPOSITORY);
  const repository = 'repository' in oai && !noPages ? emit({ sheet: 'oai', ...corpus, file: displayPath(oaiPath), params: oaiParams(oai.repository) }, oaiPath, 'xml') : undefined;
  const odd = join(schemaDir, 'tei-cable.odd');
  const pages = noPages ? [] : [
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'persons.html')), params: { ...corpus.params, page: 'person' } }, out('html', 'persons.html'), 'html'),
    emit({ sheet: 'json', ...corpus, file: displayPath(out('json', 'edition.json')) }, out('json', 'edition.json'), 'json'),
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'places.html')), params: { ...corpus.params, page: 'place' } }, out('html', 'places.html'), 'html'),
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'orgs.html')), params: { ...corpus.params, page: 'org' } }, out('html', 'orgs.html'), 'html'),
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'index.html')) }, out('html', 'index.html'), 'html'),
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'timeline.html')), params: { ...corpus.params, page: 'timeline' } }, out('html', 'timeline.html'), 'html'),
    emit({ sheet: 'html', ...corpus, file: displayPath(out('html', 'map.html')), params: { ...corpus.params, page: 'map', basemap: basemapPath() } }, out('html', 'map.html'), 'html'),
    emit({ sheet: 'encoding', source: readFileSync(odd, 'utf8'), file: displayPath(odd) }, out('html', 'encoding.html'), 'html'),
    // The search page needs no cable (its script loads the index): an empty corpus, so that no worker parses the edition for it.
    emit({ sheet: 'html', source: teiCorpus(edition.title, []), file: displayPath(out('html', 'search.html')), params: { page: 'search' } }, out('html', 'search.html'), 'html'),
  ];
  let done = 0;
  const cables = byDate.map(async (e, i) => {
    const file = e.report.tei!;
    const params = { prev: links[i]![0], next: links[i]![1], provenance: provenanceOf([e.report]) };
    if (current[i]) {
      e.report.unchanged = true;
      options.onProgress?.('publish', ++done, byDate.length);
      const same = { written: true, diagnostics: [] };
      return { e, h: same, j: same, d: same };
    }
    const paths = cableOutputs(options.distDir, e.report.stem);
    const [h, j, d] = await Promise.all([
      emit({ sheet: 'html', source: e.xml, file, params }, paths.html, 'html'),
      emit({ sheet: 'json', source: e.xml, file, params }, paths.json, 'json'),
      emit({ sheet: 'dc', source: e.xml, file }, paths.dc, 'xml'),
    ]);
    options.onProgress?.('publish', ++done, byDate.length);
    return { e, h, j, d };
  });
  const clean: boolean[] = [];
  for (const { e, h, j, d } of await Promise.all(cables)) {
    e.report.diagnostics.push(...h.diagnostics, ...j.diagnostics, ...d.diagnostics);
    clean.push([h, j, d].every((r) => r.written && r.diagnostics.length === 0));
    const paths = cableOutputs(options.distDir, e.report.stem);
    if (h.written) e.report.html = displayPath(paths.html);
    if (j.written) e.report.json = displayPath(paths.json);
    if (d.written) e.report.dc = displayPath(paths.dc);
  }
  // The index first, as before: its messages, then the register pages', the edition's and the documentation's.
  if (noPages) {
    // Why the edition has no static repository is said on every build (of the whole edition).
    if (corpusCurrent && 'missing' in oai) corpusDiagnostics.push(...(await staticRepositoryMessages(oai, false, oaiPath, configFile, schemaDir)));
    return { clean, corpusClean: true };
  }
  const [persons, editionJson, places, orgs, index, timeline, map, encoding, search] = await Promise.all(pages);
  const made = [index, persons, places, orgs, timeline, map, editionJson, encoding, search];
  for (const r of made) corpusDiagnostics.push(...r!.diagnostics);
  const harvest = await repository;
  corpusDiagnostics.push(...(harvest?.diagnostics ?? []));
  const oaiMessages = await staticRepositoryMessages(oai, harvest?.written ?? false, oaiPath, configFile, schemaDir);
  corpusDiagnostics.push(...oaiMessages);
  const harvestClean = harvest === undefined || (harvest.written && harvest.diagnostics.length === 0 && oaiMessages.length === 0);
  return { clean, corpusClean: harvestClean && made.every((r) => r!.written && r!.diagnostics.length === 0) };
}

/** For each cable, whether its three files were written with no message; and whether the corpus pages were (or were current). */
export interface Published {
  clean: boolean[];
  corpusClean: boolean;
}
