/** The build: every stage for every cable of a folder. Reads and writes files; the stages it calls do not. */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEditionConfig } from './edition-config.js';
import { asCableMember, withEntryUris, writeEditionFile } from './edition-file.js';
import { describeError, formatDiagnostic, internalError, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { displayPath } from './fsutil.js';
import { isRegularFile, readXmlFolder, scanFolder } from './build/sources.js';
import { cableOutputs, corpusOutputs, nameProblems, outputNames } from './build/outputs.js';
import { fingerprint, MANIFEST_NAME, manifestText, publishKey, readManifest, type ManifestEntry } from './build/manifest.js';
import { codeKey, encodeKey, folderKey, readCorpusKey, readEncoded, writeCorpusKey, writeEncoded, type EncodedSummary } from './build/encode-cache.js';
import { guardedWrite, placeTei, readText, removeStale } from './build/tei-files.js';
import { writeRedirects } from './build/redirects.js';
import { checkRegisterIds } from './build/register-ids.js';
import { removedMessage, XML_CHAR_RULE, xmlChars } from './xmlchars.js';
import { encodeSource, sourceDate, type SourceInput } from './pipeline.js';
import type { Annotator, Counts } from './annotate/index.js';
import { NameMatcher } from './annotate/names.js';
import { readRegisters, type Registers } from './registers.js';
import { proposedEntries, readNameList } from './review.js';
import type { Shape } from './model.js';
import { compileStylesheet, defaultCacheDir, stylesheetsHash } from './transform/compile.js';
import { jsonChecker } from './json-schema.js';
import { defaultJobs, transformRunner } from './transform/pool.js';
import { loadJsonSchema, loadRng } from './schemas.js';
import { validateTei } from './validate/index.js';
import { APP_VERSION, VALIDATOR_VERSION } from './version.js';
import { collateGroups, collationDirs, findWitnesses, publishCollations, readSignatureCache, witnessText, writeSignatureCache, type WitnessReport } from './build/witnesses.js';
import type { Token } from './collate/text.js';
import type { WitnessInfo } from './collate/tei.js';
import { runStylesheet } from './transform/run.js';
import { STATIC_REPOSITORY, staticRepository } from './library/oai.js';
import { searchOutputs, writeSearch } from './build/search.js';
import { tableOutputs, tableReader } from './build/tables.js';
import { publish, type Published } from './build/publish.js';
import { corpusPrint, mergeShardRecords, shardOf, writeShardRecord, type Shard } from './build/shards.js';
import { stageClock, type Timing } from './build/timings.js';

/** The project's own folder (schemas, transforms). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));


export interface BuildOptions {
  /** Folder of `*.txt` sources. */
  cablesDir: string;
  /** Where `<stem>.xml` files go. */
  teiDir: string;
  /** Where `html/` and `json/` go. */
  distDir: string;
  /** Where compiled stylesheets are cached. */
  cacheDir?: string;
  /** The registers' folder (default: the project's tei/authority/). */
  registersDir?: string;
  /** Read sources that are symbolic links (default: skip them with an error). */
  followSymlinks?: boolean;
  /** Cables (by name) to encode again even though their TEI was edited by hand; the edited file is kept beside it as `<name>.xml.edited`. */
  reencode?: readonly string[];
  /** The edition's configuration file (default: the project's edition.config.json). */
  configPath?: string;
  /** Validate and publish every cable, even those whose inputs did not change since the last build. */
  force?: boolean;
  /** Threads for the transforms (default: one a core, or one for a small corpus; see jobsFor). Outputs are the same for any number. */
  jobs?: number;
  /**
   * Build one shard of the corpus only (see build/shards.ts): encode, validate and publish the cables of
   * this shard, in the order of the whole corpus, and record them in `dist/shards/`; no corpus page.
   */
  shard?: Shard;
  /** Merge the shards' records (in `dist/shards/` of the union of their folders) and build the rest of the edition. */
  merge?: boolean;
  /** Told after each cable of each stage, so that a long build shows it is moving. */
  onProgress?: (stage: 'encode' | 'publish', done: number, total: number) => void;
  /** Told the wall time of each stage, and the thread time of each stylesheet run (see build/timings.ts): for npm run bench. */
  onTiming?: (timing: Timing) => void;
}

export interface CableReport {
  /** The cable's name: its stem made safe (outputNames), the name of its outputs. */
  stem: string;
  /** Its source, as messages name it. */
  source: string;
  shape?: Shape;
  /** For a `plain` fallback: which parts of a known layout were looked for and not found. */
  missing?: string[];
  date?: string;
  /** Paths written, relative to the working folder. */
  tei?: string;
  html?: string;
  json?: string;
  /** The catalogue record. */
  dc?: string;
  /** Its page, JSON and catalogue record were left as they were: made from the same inputs before. */
  unchanged?: boolean;
  /** Its TEI was not encoded again: its source, sidecar, the registers and the configuration are as when the build wrote it. */
  reused?: boolean;
  diagnostics: Diagnostic[];
  counts?: Counts;
  /** The TEI was edited by hand: kept as it stands and published from it. */
  edited?: boolean;
  /** After --reencode of an edited file: what changed, as `-` and `+` lines. */
  changes?: string[];
  ok: boolean;
}

export interface BuildReport {
  cables: CableReport[];
  /** Problems of the corpus as a whole (index, edition, stylesheets). */
  diagnostics: Diagnostic[];
  /** Whether the stylesheets were compiled in this run (false: reused). */
  compiled: boolean;
  /** The groups of witnesses of one text found in the corpus, and their collations. */
  witnesses?: WitnessReport[];
  /** The corpus pages were left as they were: made from the same cables before. */
  corpusUnchanged?: boolean;
  ok: boolean;
}


/** Files in batches of at most `maxFiles` files and about `maxBytes` characters (a larger file makes a batch of its own), in their order. */
export function batches<T extends { contents: string }>(files: readonly T[], maxFiles = 200, maxBytes = 8_000_000): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let size = 0;
  for (const f of files) {
    if (batch.length && (batch.length >= maxFiles || size + f.contents.length > maxBytes)) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(f);
    size += f.contents.length;
  }
  if (batch.length) out.push(batch);
  return out;
}

/** The sources of a folder: its regular `*.txt` files, by name (other entries are left out). */
export function listSources(dir: string): string[] {
  return scanFolder(dir, '.txt', []).map((e) => e.path);
}

/**
 * Builds a folder of cables: TEI, validation, HTML and JSON. Never throws: a defect of the program
 * becomes an `internal:exception` error, returned with every diagnostic gathered before it.
 */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const reports: CableReport[] = [];
  const corpusDiagnostics: Diagnostic[] = [];
  try {
    return await buildInto(options, reports, corpusDiagnostics);
  } catch (e) {
    corpusDiagnostics.push(internalError(displayPath(options.cablesDir), 'build', e));
    for (const r of reports) r.ok = false;
    return { cables: reports, diagnostics: corpusDiagnostics, compiled: false, ok: false };
  }
}

async function buildInto(options: BuildOptions, reports: CableReport[], corpusDiagnostics: Diagnostic[]): Promise<BuildReport> {
  const lap = stageClock(options.onTiming);
  const follow = options.followSymlinks ?? false;
  const sources = scanFolder(options.cablesDir, '.txt', corpusDiagnostics, follow);
  const schemaDir = join(PROJECT_ROOT, 'schema');
  const schema = loadRng(schemaDir, 'tei-cable.rng');
  const checkSidecar = jsonChecker(loadJsonSchema(schemaDir, 'sidecar.schema.json'));
  const encoded: { report: CableReport; xml: string }[] = [];
  const manifest = readManifest(options.teiDir, corpusDiagnostics);
  const reencode = new Set(options.reencode ?? []);

  // The edition's configuration: its title, publisher, editors and licence go into every header and page.
  const configPath = options.configPath ?? join(PROJECT_ROOT, 'edition.config.json');
  const configRead = readEditionConfig(configPath, displayPath(configPath));
  corpusDiagnostics.push(...configRead.diagnostics);
  const edition = configRead.config;
  if (!edition) return { cables: [], diagnostics: corpusDiagnostics, compiled: false, ok: false };

  // The registers: nothing is encoded from registers that cannot be trusted.
  const registersDir = options.registersDir ?? join(PROJECT_ROOT, 'tei', 'authority');
  const read = await readRegisters(readXmlFolder(registersDir, corpusDiagnostics), loadRng(schemaDir, 'registers.rng'));
  corpusDiagnostics.push(...read.diagnostics);
  if (!read.registers) {
    corpusDiagnostics.push({ file: displayPath(registersDir), line: 1, column: 1, severity: 'error', ruleId: 'register:untrusted', message: 'the registers have errors: no TEI is written until they are mended' });
    return { cables: [], diagnostics: corpusDiagnostics, compiled: false, ok: false };
  }
  const annotator = annotatorFor(read.registers, registersDir);
  // A register entry's URI is stable too: an id the edition published must still name an entry, or be redirected to one.
  const registerIds = checkRegisterIds(manifest.registers, read.registers.entries, edition, { registersDir: displayPath(registersDir), configFile: displayPath(configPath) });
  corpusDiagnostics.push(...registerIds.diagnostics);
  manifest.registers = registerIds.published;
  const registersKey = folderKey(registersDir);
  const editionKey = JSON.stringify(edition);
  const programKey = `${APP_VERSION}\0${codeKey(join(PROJECT_ROOT, 'src'))}`;

  // Ingest, annotate and encode.
  // Names: one safe name a cable for its outputs, its id and its URL; a corpus page's name or another cable's is an error.
  const badNames = nameProblems(sources.map((s) => ({ stem: s.stem, file: displayPath(s.path) })));
  // What the last build published, to notice a cable that changed its name (and so its URI).
  const published = new Map(manifest.cables);
  // A shard encodes its own cables only, but orders them among all; a merge takes the shards' records first.
  const shard = options.shard;
  const mine = (name: string): boolean => !shard || shardOf(name, shard.count) === shard.index;
  // Which cables the corpus holds, by name: what every shard and the merge must agree on (a plain build needs none).
  const corpus = shard || options.merge ? corpusPrint(sources.flatMap((s, i) => (badNames.has(i) ? [] : [outputNames(s.stem).name]))) : '';
  if (options.merge && !mergeShardRecords(options.distDir, corpus, manifest, corpusDiagnostics)) return { cables: [], diagnostics: corpusDiagnostics, compiled: false, ok: false };
  const others: { stem: string; date?: string }[] = [];
  const sourceOf = new Map<string, string>();
  // Witnesses: copies of one text, found by their words before encoding, so that each header names the others.
  const signatures = options.force ? new Map() : readSignatureCache(options.distDir);
  const witnesses = findWitnesses(sources.flatMap((s, i) => (badNames.has(i) ? [] : [{ stem: outputNames(s.stem).name, path: s.path }])), signatures, programKey);
  writeSignatureCache(options.distDir, signatures, corpusDiagnostics);
  const witnessTexts = new Map<string, { tokens: Token[]; info: WitnessInfo }>();
  for (const [i, { path: source, stem: rawStem }] of sources.entries()) {
    options.onProgress?.('encode', i, sources.length);
    const file = displayPath(source);
    const stem = outputNames(rawStem).name;
    if (!mine(stem)) {
      // Another shard's cable: only where it stands by date (its neighbours' pages link to it).
      const input = badNames.has(i) ? undefined : readSource(source, file, join(options.cablesDir, `${rawStem}.json`), [], follow);
      const at = input && sourceDate({ stem, file, ...input }, checkSidecar);
      if (at) others.push({ stem, ...at });
      continue;
    }
    const report: CableReport = { stem, source: file, diagnostics: [], ok: false };
    reports.push(report);
    const badName = badNames.get(i);
    if (badName) {
      report.diagnostics.push(badName);
      continue;
    }
    // The file name, as the TEI records it, passes the XML character filter too.
    const sourceName = xmlChars(`${rawStem}.txt`);
    for (const r of sourceName.removed) report.diagnostics.push({ file, line: 1, column: 1, severity: 'warning', ruleId: XML_CHAR_RULE, message: removedMessage(r, 'in the file name') });
    const input = readSource(source, file, join(options.cablesDir, `${rawStem}.json`), report.diagnostics, follow);
    const links = witnesses.links.get(stem);
    const teiPath = join(options.teiDir, `${stem}.xml`);
    const inputs = input ? { source: fingerprint(input.bytes), ...(input.sidecar ? { sidecar: fingerprint(input.sidecar.text) } : {}) } : undefined;
    if (inputs) sourceOf.set(stem, inputs.source);
    const key = inputs && encodeKey({ ...inputs, registers: registersKey, edition: editionKey, program: programKey, stem, sourceName: sourceName.text, witnesses: JSON.stringify(links ?? null) });
    // A cable whose inputs did not change since the build last encoded it, and whose TEI is as the build wrote
    // it, is not encoded again (a witness is: the collation needs its words).
    const reused = key && !links && !options.force && !reencode.has(stem) ? reuseEncoded(teiPath, manifest.cables.get(stem), key, options.distDir, stem) : undefined;
    if (reused) {
      Object.assign(report, reused.summary, { diagnostics: [...report.diagnostics, ...reused.summary.diagnostics], tei: displayPath(teiPath), reused: true });
      encoded.push({ report, xml: reused.xml });
      continue;
    }
    const before = report.diagnostics.length;
    const result = input ? encodeSource({ stem, file, sourceName: sourceName.text, edition, ...input, ...(links ? { witnesses: links } : {}) }, checkSidecar, annotator) : undefined;
    if (result) {
      report.diagnostics.push(...result.diagnostics);
      Object.assign(report, { shape: result.cable?.shape, date: result.cable?.meta.date?.when, counts: result.counts });
      if (result.cable?.shape === 'plain') report.missing = result.cable.meta.missing;
    }
    const summary: EncodedSummary = { shape: report.shape, missing: report.missing, date: report.date, counts: report.counts, diagnostics: report.diagnostics.slice(before) };
    // Even when the source cannot be encoded now, a TEI edited by hand is kept and published.
    const xml = placeTei(teiPath, result?.xml, inputs, manifest, reencode.has(stem), report);
    if (xml === undefined) continue;
    // A witness's words for its collation are those of the TEI published: an editor's correction reaches the apparatus.
    if (links && result?.cable) witnessTexts.set(stem, witnessText(result.cable, xml, displayPath(teiPath), links, report.edited === true, report.diagnostics));
    if (key && result?.xml === xml) writeEncoded(options.distDir, stem, key, fingerprint(xml), summary, corpusDiagnostics);
    report.tei = displayPath(teiPath);
    encoded.push({ report, xml });
  }

  // What concerns the edition as a whole (names that changed, cables that are gone, the manifest, the
  // review file) is the merge's, not a shard's: a shard knows its own cables only.
  const manifestPath = join(options.teiDir, MANIFEST_NAME);
  const text = manifestText(manifest);
  if (!shard) {
    // A stable identifier stays stable: a cable published under one name and now under another (same source)
    // is an error unless edition.config.json redirects the old name to the new.
    const current = new Set(reports.map((r) => r.stem));
    for (const r of reports) {
      const fp = sourceOf.get(r.stem);
      if (!fp || published.has(r.stem)) continue;
      const old = [...published].find(([name, e]) => !current.has(name) && e.source === fp)?.[0];
      if (old === undefined) continue;
      if (edition.redirects?.[old] === r.stem) r.diagnostics.push({ file: r.source, line: 1, column: 1, severity: 'info', ruleId: 'output:redirect', message: `published before as “${old}”; edition.config.json redirects it here` });
      else r.diagnostics.push({ file: r.source, line: 1, column: 1, severity: 'error', ruleId: 'output:renamed', message: `published before as “${old}”: its URI would change; restore the name, or add "redirects": { "${old}": "${r.stem}" } to edition.config.json` });
    }

    // The edition is exactly its sources: outputs of cables that are gone are removed, unless edited by hand.
    const configFile = displayPath(configPath);
    const redirected = writeRedirects(edition, current, options.distDir, configFile, corpusDiagnostics);
    removeStale(options, current, manifest, corpusDiagnostics, redirected);
    if ((manifest.cables.size || existsSync(manifestPath)) && readText(manifestPath) !== text) guardedWrite(manifestPath, text, corpusDiagnostics);

    // The review file: names no entry claims, as proposed register entries with every mention.
    const review = proposedEntries(reports.map((r) => ({ file: r.source, proposals: r.counts?.proposals ?? [] })));
    for (const [name, xml] of Object.entries(review)) guardedWrite(join(options.distDir, 'review', name), xml, corpusDiagnostics);

    // A sidecar with no cable beside it is most likely misnamed.
    for (const name of readdirSync(options.cablesDir).filter((n) => n.endsWith('.json')).sort()) {
      if (!existsSync(join(options.cablesDir, `${name.slice(0, -5)}.txt`))) {
        corpusDiagnostics.push({ file: displayPath(join(options.cablesDir, name)), line: 1, column: 1, severity: 'warning', ruleId: 'sidecar:orphan', message: `no cable ${name.slice(0, -5)}.txt beside this sidecar; it is not used` });
      }
    }
  }

  lap('encode');
  // Validate in bounded batches (one call of xmllint-wasm with thousands of files never returns), and a
  // batch whose validator fails one file at a time, so that a defect stops one cable only.
  // A TEI that validated with no message is not validated again while it and the schema are unchanged.
  const schemaPrint = fingerprint(`${JSON.stringify(schema)}\0${VALIDATOR_VERSION}`);
  const entryOf = (e: { report: CableReport; xml: string }): ManifestEntry | undefined => {
    const entry = manifest.cables.get(e.report.stem);
    return !e.report.edited && entry?.tei === fingerprint(e.xml) ? entry : undefined;
  };
  const validKey = (xml: string): string => fingerprint(`${xml}\0${schemaPrint}`);
  const toValidate = options.force ? encoded : encoded.filter((e) => entryOf(e)?.valid !== validKey(e.xml));
  const files = toValidate.map((e) => ({ path: e.report.tei!, contents: e.xml }));
  const problems: Diagnostic[] = [];
  for (const batch of batches(files)) {
    try {
      problems.push(...(await validateTei(batch, schema)));
    } catch {
      for (const f of batch) {
        try {
          problems.push(...(await validateTei([f], schema)));
        } catch (e) {
          problems.push(internalError(f.path, 'validate', e));
        }
      }
    }
  }
  for (const e of toValidate) {
    const own = problems.filter((d) => d.file === e.report.tei);
    e.report.diagnostics.push(...own);
    const entry = entryOf(e);
    if (entry) entry.valid = own.length ? undefined : validKey(e.xml);
  }
  lap('validate');
  // A TEI edited by hand is published only when it is valid as it stands.
  const publishable = encoded.filter((e) => !e.report.edited || !e.report.diagnostics.some((d) => d.severity === 'error' && d.file === e.report.tei));

  if (!shard) {
    // The whole edition as one TEI file: the edition's header, the cables in date order, the registers.
    const editionPath = join(options.distDir, 'tei', 'edition.xml');
    try {
      const inOrder = [...publishable].sort((a, b) => order(a.report, b.report));
      const rank = (f: string): number => ['persons.xml', 'places.xml', 'orgs.xml'].indexOf(basename(f)) + 1 || 4;
      const registerFiles = scanFolder(registersDir, '.xml', []).map((e) => e.path).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
      writeEditionFile(editionPath, edition, [...inOrder.map((e) => () => asCableMember(e.xml)), ...registerFiles.map((f) => () => withEntryUris(readFileSync(f, 'utf8'), edition))], inOrder.length);
    } catch (e) {
      corpusDiagnostics.push({ file: displayPath(editionPath), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot write: ${describeError(e)}` });
    }
  }

  lap('edition');
  // The static repository for a harvester's gateway, or why the edition has none: asked once, here.
  const oai = staticRepository(edition, publishable.length);
  // Transform: every stylesheet run is a task for the pool (one worker a core); results are written as they
  // come, and their messages kept in the order of the tasks, so that the report is the same for any number of jobs.
  const transformsDir = join(PROJECT_ROOT, 'transforms');
  const cacheDir = options.cacheDir ?? defaultCacheDir(PROJECT_ROOT);
  let compiled = false;
  const sefs: Record<string, unknown> = {};
  try {
    // The static repository's stylesheet only for an edition that can have one: the others need not wait for it.
    for (const sheet of ['html', 'json', 'dc', 'encoding', 'collation', ...('repository' in oai ? ['oai'] : [])]) {
      const c = compileStylesheet(transformsDir, `${sheet}.xsl`, cacheDir);
      compiled ||= c.compiled;
      sefs[sheet] = c.sef;
    }
  } catch (e) {
    corpusDiagnostics.push({ file: displayPath(transformsDir), line: 1, column: 1, severity: 'error', ruleId: 'xslt:compile', message: (e as Error).message });
  }
  lap('compile');
  let corpusCurrent = false;
  if (sefs.html && sefs.json && sefs.dc && sefs.encoding) {
    const byDate = [...publishable].sort((a, b) => order(a.report, b.report));
    // A cable whose page, JSON and catalogue record were made from the same TEI, neighbours, stylesheets,
    // configuration and version, with no message, and are still there, is not made again (unless --force).
    // The pages link to the TEI folder by a relative path, and the JSON records the source's checksum: both count.
    const context = fingerprint(`${stylesheetsHash(transformsDir)}\0${JSON.stringify(edition)}\0${APP_VERSION}\0${relative(options.distDir, options.teiDir)}`);
    // Each page links to the cables before and after it by date, among the whole corpus's (a shard's too).
    const all = shard ? [...byDate.map((e) => e.report), ...others].sort(order) : byDate.map((e) => e.report);
    const at = new Map(all.map((c, i) => [c.stem, i]));
    const links = byDate.map((e): [string, string] => {
      const i = at.get(e.report.stem)!;
      return [all[i - 1]?.stem ?? '', all[i + 1]?.stem ?? ''];
    });
    const keys = byDate.map((e, i) => publishKey(e.xml, links[i]![0], links[i]![1], `${context}\0${sourceOf.get(e.report.stem) ?? ''}`));
    const current = byDate.map((e, i) => !options.force && entryOf(e)?.published === keys[i] && Object.values(cableOutputs(options.distDir, e.report.stem)).every((p) => existsSync(p)));
    // The corpus pages likewise: made from every cable's published inputs, in date order, and the documentation's ODD.
    const corpusKey = fingerprint(`${keys.join('\0')}\0${programKey}\0${fingerprint(readFileSync(join(schemaDir, 'tei-cable.odd')))}\0${fingerprint(readFileSync(join(transformsDir, 'html', 'search.js')))}`);
    corpusCurrent = shard !== undefined || (!options.force && readCorpusKey(options.distDir) === corpusKey && [...corpusOutputs(options.distDir), ...Object.values(searchOutputs(options.distDir)), ...Object.values(tableOutputs(options.distDir)), ...('repository' in oai ? [join(options.distDir, ...STATIC_REPOSITORY)] : [])].every((p) => existsSync(p)));
    let published: Published = { clean: [], corpusClean: false };
    const runner = transformRunner(sefs, jobsFor(options.jobs, byDate.filter((_, i) => !current[i]).map((e) => e.xml.length)));
    try {
      published = await publish({ byDate, links, current, corpusCurrent: shard ? undefined : corpusCurrent, runner, options, edition, oai, schemaDir, corpusDiagnostics, sourceOf, registerRedirects: registerIds.redirects, configFile: displayPath(configPath) });
    } finally {
      await runner.close();
    }
    lap('publish');
    // The search index, from the JSON records just written or left as they were: a corpus-level output, made with the corpus pages.
    // The CSV tables likewise, beside the JSON records, from the same reading of them.
    if (!corpusCurrent) {
      const tables = tableReader(options.distDir, corpusDiagnostics);
      writeSearch(options.distDir, transformsDir, byDate.filter((e) => e.report.json !== undefined).map((e) => e.report.stem), corpusDiagnostics, tables);
      tables.write();
    }
    lap('search');
    byDate.forEach((e, i) => {
      const entry = entryOf(e);
      if (entry && !current[i]) entry.published = published.clean[i] ? keys[i] : undefined;
    });
    if (!corpusCurrent) writeCorpusKey(options.distDir, published.corpusClean ? corpusKey : undefined, corpusDiagnostics);
    const again = manifestText(manifest);
    if (shard) writeShardRecord(options, shard, corpus, reports.map((r) => r.stem), manifest, corpusDiagnostics);
    else if (again !== text) guardedWrite(manifestPath, again, corpusDiagnostics);
  }

  lap('publish');
  // Collations: each group of witnesses collated; its apparatus as TEI (validated), JSON (checked) and a page.
  const collations = shard ? [] : collateGroups(witnesses.groups, witnessTexts, edition);
  const corpusUnchanged = !shard && corpusCurrent;
  const witnessReports = await publishCollations(collations, collationDirs(options.teiDir, options.distDir), {
    schema: loadRng(schemaDir, 'tei-collation.rng'),
    checkJson: jsonChecker(loadJsonSchema(schemaDir, 'collation.schema.json')),
    dateOf: (stem) => reports.find((r) => r.stem === stem)?.date,
    page: sefs.collation
      ? (tei, file, path) => {
          const result = runStylesheet(sefs.collation, tei, file, { 'edition-title': edition.title, 'base-uri': edition.baseUri });
          corpusDiagnostics.push(...result.diagnostics);
          return result.output !== undefined && guardedWrite(path, result.output, corpusDiagnostics);
        }
      : undefined,
    sink: corpusDiagnostics,
  });
  lap('collate');

  for (const r of reports) {
    r.diagnostics.splice(0, r.diagnostics.length, ...sortDiagnostics(r.diagnostics));
    r.ok = r.tei !== undefined && !r.diagnostics.some((d) => d.severity === 'error');
  }
  const ok = reports.every((r) => r.ok) && !corpusDiagnostics.some((d) => d.severity === 'error');
  return { cables: reports, diagnostics: corpusDiagnostics, compiled, ...(shard ? {} : { witnesses: witnessReports }), ...(corpusUnchanged ? { corpusUnchanged } : {}), ok };
}

/** How many jobs to run: as asked, else one a core; one when the work is too small to pay for starting workers. */
export function jobsFor(asked: number | undefined, sizes: readonly number[]): number {
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  const total = sizes.reduce((a, b) => a + b, 0);
  return sizes.length >= 16 || total >= 500_000 ? defaultJobs() : 1;
}

/** What annotate needs, read from a registers' folder (default: the project's tei/authority/); throws when the registers have errors. */
export async function loadAnnotator(registersDir = join(PROJECT_ROOT, 'tei', 'authority')): Promise<Annotator> {
  const read = await readRegisters(readXmlFolder(registersDir), loadRng(join(PROJECT_ROOT, 'schema'), 'registers.rng'));
  if (!read.registers) throw new Error(`the registers have errors (run npm run validate): ${read.diagnostics.map(formatDiagnostic).join('; ')}`);
  return annotatorFor(read.registers, registersDir);
}

/** What annotate needs: the registers, their matcher, and the lists of the registers' folder (the editors' not-names, the gazetteer). */
export function annotatorFor(registers: Registers, registersDir: string): Annotator {
  const list = (name: string): Set<string> | undefined => (existsSync(join(registersDir, name)) ? readNameList(readFileSync(join(registersDir, name), 'utf8')) : undefined);
  const notNames = list('not-names.txt');
  const gazetteer = list('gazetteer.txt');
  return { registers, matcher: new NameMatcher(registers), ...(notNames ? { notNames } : {}), ...(gazetteer ? { gazetteer } : {}) };
}

/**
 * A source's bytes and its sidecar's text; undefined (with an error) when they cannot be read. A sidecar
 * that is not a regular file (a folder, a FIFO, a symbolic link unless `followSymlinks`) is ignored with an error.
 */
export function readSource(source: string, file: string, sidecarPath: string, sink: Diagnostic[], followSymlinks = false): Pick<SourceInput, 'bytes' | 'sidecar'> | undefined {
  try {
    const bytes = readFileSync(source);
    if (!existsSync(sidecarPath) && !isSymlink(sidecarPath)) return { bytes };
    if (!isRegularFile(sidecarPath, followSymlinks)) {
      sink.push({ file: displayPath(sidecarPath), line: 1, column: 1, severity: 'error', ruleId: 'ingest:not-a-file', message: `the sidecar is not a regular file${followSymlinks ? '' : ' (symbolic links are followed only with --follow-symlinks)'}; ignored` });
      return { bytes };
    }
    return { bytes, sidecar: { file: displayPath(sidecarPath), text: readFileSync(sidecarPath, 'utf8') } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    sink.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'ingest:unreadable', message: `cannot read the source${code ? ` (${code})` : ''}: ${describeError(e)}` });
    return undefined;
  }
}

/**
 * A cable's TEI and report as the build last made them, when they still hold: the TEI on disk is what the
 * build wrote (the manifest's fingerprint), and the encoder's record says it was made from inputs of
 * fingerprint `key` (see encode-cache.ts).
 */
function reuseEncoded(teiPath: string, entry: ManifestEntry | undefined, key: string, distDir: string, stem: string): { xml: string; summary: EncodedSummary } | undefined {
  if (!entry || !isRegularFile(teiPath)) return undefined;
  const summary = readEncoded(distDir, stem, key, entry.tei);
  const xml = summary && readText(teiPath);
  return xml !== undefined && fingerprint(xml) === entry.tei ? { xml, summary: summary! } : undefined;
}

/** Whether a path is a symbolic link (dangling or not). */
function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Cables by date, undated last, then by stem. */
function order(a: { date?: string; stem: string }, b: { date?: string; stem: string }): number {
  if ((a.date === undefined) !== (b.date === undefined)) return a.date === undefined ? 1 : -1;
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  return a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0;
}
