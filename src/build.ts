/** The build: every stage for every cable of a folder. Reads and writes files; the stages it calls do not. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { teiCorpus } from './corpus.js';
import { describeError, internalError, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { displayPath, readXmlFolder, writeAtomic } from './fsutil.js';
import { encodeSource, type SourceInput } from './pipeline.js';
import type { Annotator, Counts } from './annotate/index.js';
import { NameMatcher } from './annotate/names.js';
import { readRegisters, type Registers } from './registers.js';
import { proposedEntries, readNotNames } from './review.js';
import type { Shape } from './model.js';
import { compileStylesheet, defaultCacheDir } from './transform/compile.js';
import { jsonChecker } from './json-schema.js';
import { parseXml, runStylesheet, type ParsedXml } from './transform/run.js';
import { loadJsonSchema, loadRng } from './schemas.js';
import { validateTei } from './validate/index.js';

/** The project's own folder (schemas, transforms). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const EDITION_TITLE = 'Harriman Cables: A TEI Edition';

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
}

export interface CableReport {
  stem: string;
  shape?: Shape;
  /** For a `plain` fallback: which parts of a known layout were looked for and not found. */
  missing?: string[];
  date?: string;
  /** Paths written, relative to the working folder. */
  tei?: string;
  html?: string;
  json?: string;
  diagnostics: Diagnostic[];
  counts?: Counts;
  ok: boolean;
}

export interface BuildReport {
  cables: CableReport[];
  /** Problems of the corpus as a whole (index, edition, stylesheets). */
  diagnostics: Diagnostic[];
  /** Whether the stylesheets were compiled in this run (false: reused). */
  compiled: boolean;
  ok: boolean;
}


/** The sources of a folder: its `*.txt` files, by name. */
export function listSources(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(dir, n));
}

/** Builds a folder of cables: TEI, validation, HTML and JSON. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const sources = listSources(options.cablesDir);
  const schemaDir = join(PROJECT_ROOT, 'schema');
  const schema = loadRng(schemaDir, 'tei-cable.rng');
  const checkSidecar = jsonChecker(loadJsonSchema(schemaDir, 'sidecar.schema.json'));
  const reports: CableReport[] = [];
  const corpusDiagnostics: Diagnostic[] = [];
  const encoded: { report: CableReport; xml: string }[] = [];

  // The registers: nothing is encoded from registers that cannot be trusted.
  const registersDir = options.registersDir ?? join(PROJECT_ROOT, 'tei', 'authority');
  const read = await readRegisters(readXmlFolder(registersDir), loadRng(schemaDir, 'registers.rng'));
  corpusDiagnostics.push(...read.diagnostics);
  if (!read.registers) {
    corpusDiagnostics.push({ file: displayPath(registersDir), line: 1, column: 1, severity: 'error', ruleId: 'register:untrusted', message: 'the registers have errors: no TEI is written until they are mended' });
    return { cables: [], diagnostics: corpusDiagnostics, compiled: false, ok: false };
  }
  const annotator = annotatorFor(read.registers, registersDir);

  // Ingest, annotate and encode.
  for (const source of sources) {
    const stem = basename(source, '.txt');
    const file = displayPath(source);
    const report: CableReport = { stem, diagnostics: [], ok: false };
    reports.push(report);
    const input = readSource(source, file, join(options.cablesDir, `${stem}.json`), report.diagnostics);
    if (!input) continue;
    const result = encodeSource({ stem, file, ...input }, checkSidecar, annotator);
    report.diagnostics.push(...result.diagnostics);
    Object.assign(report, { shape: result.cable?.shape, date: result.cable?.meta.date?.when, counts: result.counts });
    if (result.cable?.shape === 'plain') report.missing = result.cable.meta.missing;
    if (result.xml === undefined) continue;
    const teiPath = join(options.teiDir, `${stem}.xml`);
    if (!guardedWrite(teiPath, result.xml, report.diagnostics)) continue;
    report.tei = displayPath(teiPath);
    encoded.push({ report, xml: result.xml });
  }

  // The review file: names no entry claims, as proposed register entries with every mention.
  const review = proposedEntries(reports.map((r) => ({ file: displayPath(join(options.cablesDir, `${r.stem}.txt`)), proposals: r.counts?.proposals ?? [] })));
  for (const [name, xml] of Object.entries(review)) guardedWrite(join(options.distDir, 'review', name), xml, corpusDiagnostics);

  // A sidecar with no cable beside it is most likely misnamed.
  for (const name of readdirSync(options.cablesDir).filter((n) => n.endsWith('.json')).sort()) {
    if (!existsSync(join(options.cablesDir, `${name.slice(0, -5)}.txt`))) {
      corpusDiagnostics.push({ file: displayPath(join(options.cablesDir, name)), line: 1, column: 1, severity: 'warning', ruleId: 'sidecar:orphan', message: `no cable ${name.slice(0, -5)}.txt beside this sidecar; it is not used` });
    }
  }

  // Validate: all at once, or one file at a time when the validator itself fails, so a defect stops one cable only.
  const files = encoded.map((e) => ({ path: e.report.tei!, contents: e.xml }));
  let problems: Diagnostic[] | undefined;
  try {
    problems = await validateTei(files, schema);
  } catch {
    problems = [];
    for (const f of files) {
      try {
        problems.push(...(await validateTei([f], schema)));
      } catch (e) {
        problems.push(internalError(f.path, 'validate', e));
      }
    }
  }
  for (const e of encoded) e.report.diagnostics.push(...problems.filter((d) => d.file === e.report.tei));

  // Transform.
  const transformsDir = join(PROJECT_ROOT, 'transforms');
  const cacheDir = options.cacheDir ?? defaultCacheDir(PROJECT_ROOT);
  let compiled = false;
  let html: unknown;
  let json: unknown;
  try {
    const h = compileStylesheet(transformsDir, 'html.xsl', cacheDir);
    const j = compileStylesheet(transformsDir, 'json.xsl', cacheDir);
    compiled = h.compiled || j.compiled;
    html = h.sef;
    json = j.sef;
  } catch (e) {
    corpusDiagnostics.push({ file: displayPath(transformsDir), line: 1, column: 1, severity: 'error', ruleId: 'xslt:compile', message: (e as Error).message });
  }
  const checkJson = jsonChecker(loadJsonSchema(schemaDir, 'edition.schema.json'));
  /**
   * Runs a stylesheet on a source and writes what it makes to `path`; JSON is checked against the
   * edition's schema and written indented. Messages go to `sink`, those of the stylesheet under `file`.
   * Returns whether the file was written.
   */
  const emit = (sef: unknown, source: string | ParsedXml, file: string, path: string, sink: Diagnostic[], kind: 'html' | 'json', params: Record<string, unknown> = {}): boolean => {
    try {
      const result = runStylesheet(sef, source, file, params);
      sink.push(...result.diagnostics);
      if (result.output === undefined) return false;
      if (kind === 'html') writeAtomic(path, result.output);
      else {
        const value: unknown = JSON.parse(result.output);
        sink.push(...checkJson(value, displayPath(path)));
        writeAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
      }
      return true;
    } catch (e) {
      sink.push(internalError(file, 'transform', e));
      return false;
    }
  };
  if (html && json) {
    const byDate = [...encoded].sort((a, b) => order(a.report, b.report));
    byDate.forEach((e, i) => {
      const params = { prev: byDate[i - 1]?.report.stem ?? '', next: byDate[i + 1]?.report.stem ?? '' };
      const htmlPath = join(options.distDir, 'html', `${e.report.stem}.html`);
      if (emit(html, e.xml, e.report.tei!, htmlPath, e.report.diagnostics, 'html', params)) e.report.html = displayPath(htmlPath);
      const jsonPath = join(options.distDir, 'json', `${e.report.stem}.json`);
      if (emit(json, e.xml, e.report.tei!, jsonPath, e.report.diagnostics, 'json')) e.report.json = displayPath(jsonPath);
    });
    // The corpus is parsed once, and its five pages read the same document.
    const corpusText = teiCorpus(EDITION_TITLE, byDate.map((e) => e.xml));
    let corpus: string | ParsedXml = corpusText;
    try {
      corpus = parseXml(corpusText);
    } catch {
      // Left as text: each page then reports what is wrong with it.
    }
    const corpusPage = (sef: unknown, path: string, kind: 'html' | 'json', params?: Record<string, unknown>): void => {
      emit(sef, corpus, displayPath(path), path, corpusDiagnostics, kind, params);
    };
    corpusPage(html, join(options.distDir, 'html', 'index.html'), 'html');
    for (const [kind, name] of [['person', 'persons'], ['place', 'places'], ['org', 'orgs']] as const) corpusPage(html, join(options.distDir, 'html', `${name}.html`), 'html', { page: kind });
    corpusPage(json, join(options.distDir, 'json', 'edition.json'), 'json');
  }

  for (const r of reports) {
    r.diagnostics.splice(0, r.diagnostics.length, ...sortDiagnostics(r.diagnostics));
    r.ok = r.tei !== undefined && !r.diagnostics.some((d) => d.severity === 'error');
  }
  const ok = reports.every((r) => r.ok) && !corpusDiagnostics.some((d) => d.severity === 'error');
  return { cables: reports, diagnostics: corpusDiagnostics, compiled, ok };
}

/** What annotate needs: the registers, their matcher, and the editors' not-names list of the registers' folder. */
export function annotatorFor(registers: Registers, registersDir: string): Annotator {
  const notNamesPath = join(registersDir, 'not-names.txt');
  return { registers, matcher: new NameMatcher(registers), ...(existsSync(notNamesPath) ? { notNames: readNotNames(readFileSync(notNamesPath, 'utf8')) } : {}) };
}

/** A source's bytes and its sidecar's text; undefined (with an error) when they cannot be read. */
export function readSource(source: string, file: string, sidecarPath: string, sink: Diagnostic[]): Pick<SourceInput, 'bytes' | 'sidecar'> | undefined {
  try {
    const bytes = readFileSync(source);
    return existsSync(sidecarPath) ? { bytes, sidecar: { file: displayPath(sidecarPath), text: readFileSync(sidecarPath, 'utf8') } } : { bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    sink.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'ingest:unreadable', message: `cannot read the source${code ? ` (${code})` : ''}: ${describeError(e)}` });
    return undefined;
  }
}

/** Writes a file atomically; a failure (a full disk, a folder in the way) becomes an error at the file. */
function guardedWrite(path: string, content: string, sink: Diagnostic[]): boolean {
  try {
    writeAtomic(path, content);
    return true;
  } catch (e) {
    sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot write: ${describeError(e)}` });
    return false;
  }
}

/** Cables by date, undated last, then by stem. */
function order(a: CableReport, b: CableReport): number {
  if ((a.date === undefined) !== (b.date === undefined)) return a.date === undefined ? 1 : -1;
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  return a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0;
}
