/**
 * `npm run bench`: measures the build on a corpus of N cables made from the project's cables (default
 * 200), in a temporary folder: the cables themselves, then variants of them under new names, in which
 * about a third of the body's common words are replaced, so that they are distinct texts of the same
 * layouts, names and dates (not copies, which the build would collate as witnesses of one text). Prints wall time, time per cable and peak memory,
 * the wall time of each stage and the time of each stylesheet in its thread (build/timings.ts); then the same
 * validation and transforms by the reference tools where installed (jing in one call, Saxon-HE for Java in one
 * JVM, src/bench-saxon.java), on the same files with the same stylesheets and parameters, as ratios measured in
 * the same run; then the time of a rebuild with nothing changed and of one with one word of one cable changed.
 *
 * `npm run bench -- long [chars[/paragraph] …]`: the long-cable case. For each length (default 10000, 30000, 100000
 * characters in one paragraph, and a cable of 1 MB in paragraphs of 2,000 characters; `long 1000000/2000` for that one
 * alone) it makes a
 * synthetic cable dense with names, dates and speech, and prints the time of each stage: encode (ingest,
 * annotate, encode), the cable's HTML and JSON, and each corpus page of a corpus of that one cable, then the
 * whole build of a folder holding it (as `npm run build-tei` runs it, worker threads and all).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build, jobsFor, loadAnnotator, PROJECT_ROOT } from './build.js';
import type { Timing } from './build/timings.js';
import { corpusOutputs } from './build/outputs.js';
import { STATIC_REPOSITORY } from './library/oai.js';
import {
  installedTools,
  formatRatio,
  gatherTimings,
  javacCommand,
  jingCommand,
  missingNotes,
  parseDriverReport,
  sameOutput,
  saxonCommand,
  seconds,
  stagesLine,
  stylesheetsLine,
  taskLine,
  type Command,
  type GatheredTimings,
  type ReferenceTask,
} from './bench-reference.js';
import { readXmlFolder } from './build/sources.js';
import { projectEdition } from './edition-config.js';
import { teiCorpus } from './corpus.js';
import { jsonChecker } from './json-schema.js';
import { longCable } from './long-cable.js';
import { writeBenchCorpus } from './bench-corpus.js';
import { encodeSource } from './pipeline.js';
import { loadJsonSchema } from './schemas.js';
import { compileStylesheet, defaultCacheDir } from './transform/compile.js';
import { parseXml, runStylesheet, type ParsedXml } from './transform/run.js';

const args = process.argv.slice(2);
if (args[0] === 'long') await benchLong(args.slice(1));
else await benchCorpus(args[0]);

/** The build of N cables made from the project's own (see bench-corpus.ts). */
async function benchCorpus(arg: string | undefined): Promise<void> {
  const n = Number(arg ?? 200);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write('Usage: npm run bench -- [number of cables] | long [characters[/paragraph characters] …]\n');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'cables-bench-'));
  const cables = join(work, 'cables');
  mkdirSync(cables);
  writeBenchCorpus(cables, n);
  const options = { cablesDir: cables, teiDir: join(work, 'tei'), distDir: join(work, 'dist') };
  const timings: Timing[] = [];
  const [report, ms] = await timedAsync(() => build({ ...options, onTiming: (t) => timings.push(t) }));
  const written = readdirSync(join(work, 'tei')).filter((f) => f.endsWith('.xml')).length;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${n} cables (${written} TEI files, ${report.cables.filter((c) => c.ok).length} ok) in ${(ms / 1000).toFixed(2)} s: ` +
      `${(ms / n).toFixed(1)} ms a cable, ${((n * 1000) / ms).toFixed(1)} cables a second; peak memory ${rss.toFixed(0)} MiB; stylesheets ${report.compiled ? 'compiled' : 'reused'}\n`,
  );
  const gathered = gatherTimings(timings);
  const pages = [...corpusOutputs(options.distDir), join(options.distDir, ...STATIC_REPOSITORY)];
  process.stdout.write(`${stagesLine(gathered.stages, n)}\n${stylesheetsLine(gathered.runs, options.distDir, pages)}\n`);
  compareWithReference(work, options, gathered);
  // The editor's loop: the same build again with nothing changed, then with one word of one cable changed.
  const [same, sameMs] = await timedAsync(() => build(options));
  const edited = join(cables, 'bench00000.txt');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\bthe\b/, 'the very'));
  const [one, oneMs] = await timedAsync(() => build(options));
  const remade = (r: typeof report): number => r.cables.filter((c) => !c.unchanged).length;
  const pagesMade = (r: typeof report): string => (r.corpusUnchanged ? 'corpus pages left as they were' : 'corpus pages made');
  process.stdout.write(
    `rebuild with nothing changed: ${(sameMs / 1000).toFixed(2)} s (${remade(same)} cables published again, ${pagesMade(same)}); ` +
      `with one word of one cable changed: ${(oneMs / 1000).toFixed(2)} s (${remade(one)} published again, ${pagesMade(one)})\n`,
  );
  // BENCH_KEEP=1 keeps the folder, to compare the project's outputs with the reference's (reference/out/).
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}

/**
 * The same validation and transforms by the reference tools, where installed, on the files the build just made:
 * jing over every TEI file in one call, and every stylesheet run of the build again on Saxon-HE for Java in one
 * JVM (same stylesheets, sources and parameters, as many threads as the build's pool); each against the
 * project's own stage time of this run, as a ratio.
 */
function compareWithReference(work: string, options: { teiDir: string; distDir: string }, timings: GatheredTimings): void {
  const tools = installedTools();
  for (const note of missingNotes(tools)) process.stdout.write(`${note}\n`);
  const run = (c: Command): { status: number | null; stdout: string; stderr: string; ms: number } => {
    const started = performance.now();
    const r = spawnSync(c.command, c.args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    return { status: r.status, stdout: r.stdout ?? '', stderr: r.error ? String(r.error) : (r.stderr ?? ''), ms: performance.now() - started };
  };
  const teiFiles = readdirSync(options.teiDir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(options.teiDir, f));
  const validateMs = timings.stages.get('validate') ?? 0;
  const publishMs = timings.stages.get('publish') ?? 0;
  process.stdout.write(`the reference tools on the same ${teiFiles.length} TEI files, in this run:\n`);
  let jingMs: number | undefined;
  if (tools.jing) {
    const r = run(jingCommand(tools.jing, join(PROJECT_ROOT, 'schema', 'tei-cable.rng'), teiFiles));
    const errors = r.stdout.split('\n').filter((l) => / error: /.test(l)).length;
    jingMs = r.ms;
    process.stdout.write(
      `  validation: jing (one call) ${seconds(r.ms)}, ${errors} error${errors === 1 ? '' : 's'}${r.status !== 0 && errors === 0 ? ` (exit ${r.status}: ${r.stderr.trim().split('\n').pop()})` : ''}; ` +
        `the project (xmllint-wasm and the rules) ${seconds(validateMs)}: ${formatRatio(validateMs, r.ms)}\n`,
    );
  }
  let saxonMs: number | undefined;
  if (tools.java && tools.javac && tools.saxonJar) {
    const ref = join(work, 'reference');
    const classes = join(ref, 'classes');
    mkdirSync(classes, { recursive: true });
    const compiled = run(javacCommand(tools.javac, tools.saxonJar, join(PROJECT_ROOT, 'src', 'bench-saxon.java'), classes));
    if (compiled.status !== 0) process.stdout.write(`  Saxon-HE for Java: the driver does not compile: ${compiled.stderr.trim().split('\n')[0]}\n`);
    else {
      const tasks = referenceTasks(ref, options.distDir, timings.runs);
      const taskFile = join(ref, 'tasks.tsv');
      writeFileSync(taskFile, tasks.map((t) => `${taskLine(t)}\n`).join(''));
      const threads = jobsFor(undefined, timings.runs.filter((r) => r.task.corpus === undefined).map((r) => r.task.source.length));
      const r = run(saxonCommand(tools.java, tools.saxonJar, classes, taskFile, threads));
      const driver = parseDriverReport(r.stdout);
      if (!driver) process.stdout.write(`  Saxon-HE for Java: the driver failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}\n`);
      else {
        saxonMs = r.ms;
        const failures = Object.entries({ ...driver.compileErrors, ...driver.firstErrors }).map(([sheet, m]) => `${basename(sheet)}: ${m.split('\n')[0]}`);
        process.stdout.write(
          `  transforms: Saxon-HE ${driver.version} for Java (one JVM, ${threads} thread${threads === 1 ? '' : 's'}, ${driver.tasks} stylesheet runs) ${seconds(r.ms)} ` +
            `(JVM start and compiling ${seconds(r.ms - driver.runMs)}, the runs ${seconds(driver.runMs)}), ${driver.failed} failed${failures.length ? ` (${failures.join('; ')})` : ''}; ` +
            `the project (SaxonJS, its publish stage) ${seconds(publishMs)}: ${formatRatio(publishMs, r.ms)}; against the runs alone ${formatRatio(publishMs, driver.runMs)}\n`,
        );
        let same = 0;
        const differ: string[] = [];
        for (const [i, t] of tasks.entries()) {
          const project = timings.runs[i]!.output;
          const read = (p: string): string | undefined => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
          const a = read(project);
          const b = read(t.output);
          if (a !== undefined && b !== undefined && sameOutput(project.endsWith('.json') ? 'json' : 'other', a, b)) same++;
          else differ.push(relative(options.distDir, project));
        }
        process.stdout.write(`  outputs: ${same} of ${tasks.length} the same as the project's (JSON as values; markup up to the DOCTYPE's case and the order and spacing of attributes)${differ.length ? `; differ: ${differ.slice(0, 4).join(', ')}${differ.length > 4 ? ` and ${differ.length - 4} more` : ''}` : ''}\n`);
      }
    }
  }
  if (jingMs !== undefined && saxonMs !== undefined) {
    process.stdout.write(`  validation and transforms together: the project ${seconds(validateMs + publishMs)}, the reference tools ${seconds(jingMs + saxonMs)}: ${formatRatio(validateMs + publishMs, jingMs + saxonMs)}\n`);
  }
  if (jingMs !== undefined || saxonMs !== undefined) {
    process.stdout.write(
      '  what differs: the project\'s validation also checks the rules a schema cannot say (ids, pointers, dates); its publish stage also checks every JSON against ' +
        'the edition\'s schema (ajv), indents it and writes each file by a temporary one, and reads its stylesheets compiled before (SEF), where the reference compiles them in its run\n',
    );
  }
}

/** The build's stylesheet runs as the Saxon driver's tasks: the same stylesheets, sources (a TEI file, else a copy of the text) and parameters, their outputs under `ref/out/`. */
function referenceTasks(ref: string, distDir: string, runs: GatheredTimings['runs']): ReferenceTask[] {
  const inputs = join(ref, 'in');
  mkdirSync(inputs, { recursive: true });
  const written = new Map<string, string>();
  const base = process.env.INIT_CWD ?? process.cwd();
  return runs.map(({ task, output }, i) => {
    let source = task.corpus === undefined ? undefined : written.get(task.corpus);
    if (source === undefined) {
      const file = resolve(base, task.file);
      if (task.corpus === undefined && existsSync(file) && readFileSync(file, 'utf8') === task.source) source = file;
      else {
        source = join(inputs, task.corpus !== undefined ? `corpus-${i}.xml` : `${i}.xml`);
        writeFileSync(source, task.source);
        if (task.corpus !== undefined) written.set(task.corpus, source);
      }
    }
    const out = join(ref, 'out', relative(distDir, output));
    mkdirSync(dirname(out), { recursive: true });
    const params = Object.fromEntries(Object.entries(task.params).map(([k, v]) => [k, String(v)]));
    return { stylesheet: join(PROJECT_ROOT, 'transforms', `${task.sheet}.xsl`), source, output: out, group: task.corpus ?? '', params };
  });
}

/** Milliseconds an async function takes, and what it resolves with. */
async function timedAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await f();
  return [value, performance.now() - started];
}

/** Milliseconds a function takes, and what it returns. */
function timed<T>(f: () => T): [T, number] {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
}

/** The stages of one synthetic long cable per length. */
async function benchLong(lengths: string[]): Promise<void> {
  const cases = lengths.length
    ? lengths.map((l) => {
        // CHARS (one paragraph) or CHARS/PARAGRAPH (paragraphs of that length): `long 1000000/2000` is the 1 MB cable alone.
        const [chars, paragraph] = l.split('/').map(Number);
        return { chars: chars!, paragraph: paragraph ?? chars! };
      })
    : [
        { chars: 10_000, paragraph: 10_000 },
        { chars: 30_000, paragraph: 30_000 },
        { chars: 100_000, paragraph: 100_000 },
        { chars: 1_000_000, paragraph: 2_000 },
      ];
  if (cases.some((c) => !Number.isInteger(c.chars) || c.chars < 1 || !Number.isInteger(c.paragraph) || c.paragraph < 1)) {
    process.stderr.write('Usage: npm run bench -- long [characters[/paragraph characters] …]\n');
    process.exit(2);
  }
  const schemaDir = join(PROJECT_ROOT, 'schema');
  const annotator = await loadAnnotator();
  const checkSidecar = jsonChecker(loadJsonSchema(schemaDir, 'sidecar.schema.json'));
  const cacheDir = defaultCacheDir(PROJECT_ROOT);
  const html = compileStylesheet(join(PROJECT_ROOT, 'transforms'), 'html.xsl', cacheDir).sef;
  const json = compileStylesheet(join(PROJECT_ROOT, 'transforms'), 'json.xsl', cacheDir).sef;
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  // Ordinary cables first: the project's own TEI, each transformed 5 times after a warm-up; the median.
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ordinary = readXmlFolder(join(PROJECT_ROOT, 'tei')).map((f) => f.contents);
  const per = (sef: unknown): number => {
    for (const xml of ordinary) runStylesheet(sef, xml, 'warm-up.xml');
    return median(ordinary.flatMap((xml) => Array.from({ length: 5 }, () => timed(() => runStylesheet(sef, xml, 'cable.xml'))[1])));
  };
  process.stdout.write(`ordinary cables (${ordinary.length}, median of 5 runs each): HTML ${per(html).toFixed(1)} ms, JSON ${per(json).toFixed(1)} ms a cable\n`);
  for (const c of cases) {
    const text = longCable(c.chars, c.paragraph);
    const [encoded, encodeMs] = timed(() => encodeSource({ stem: 'long', file: 'long.txt', bytes: new TextEncoder().encode(text) }, checkSidecar, annotator));
    const xml = encoded.xml;
    if (xml === undefined) throw new Error(`the long cable was not encoded: ${encoded.diagnostics.map((d) => d.message).join('; ')}`);
    const run = (sef: unknown, source: string | ParsedXml, params: Record<string, unknown> = {}): number => {
      const [result, t] = timed(() => runStylesheet(sef, source, 'long.xml', params));
      if (result.output === undefined) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
      return t;
    };
    const htmlMs = run(html, xml);
    const jsonMs = run(json, xml);
    // As the build does: the corpus parsed once, its five pages read the same document.
    const [corpus, parseMs] = timed(() => parseXml(teiCorpus(projectEdition().title, [xml])));
    const pages = {
      'index.html': run(html, corpus),
      'persons.html': run(html, corpus, { page: 'person' }),
      'places.html': run(html, corpus, { page: 'place' }),
      'orgs.html': run(html, corpus, { page: 'org' }),
      'edition.json': run(json, corpus),
    };
    const pagesMs = parseMs + Object.values(pages).reduce((a, b) => a + b, 0);
    const paragraphs = Math.ceil(c.chars / c.paragraph);
    // The whole build of a folder holding that cable, as an editor runs it (worker threads, catalogue record, edition file).
    const work = mkdtempSync(join(tmpdir(), 'cables-long-'));
    mkdirSync(join(work, 'cables'));
    writeFileSync(join(work, 'cables', 'long.txt'), text);
    const [built, buildMs] = await timedAsync(() => build({ cablesDir: join(work, 'cables'), teiDir: join(work, 'tei'), distDir: join(work, 'dist') }));
    rmSync(work, { recursive: true, force: true });
    process.stdout.write(
      `long cable ${text.length} chars (${paragraphs} paragraph${paragraphs > 1 ? 's' : ''}, ${encoded.counts?.names ?? 0} names, ${encoded.counts?.speeches ?? 0} speeches): ` +
        `encode ${ms(encodeMs)}, HTML ${ms(htmlMs)}, JSON ${ms(jsonMs)}, corpus pages ${ms(pagesMs)} (parsing the corpus ${ms(parseMs)}, ${Object.entries(pages).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}); ` +
        `whole build ${(buildMs / 1000).toFixed(1)} s${built.ok ? '' : ' (FAILED)'}\n`,
    );
  }
  process.stdout.write(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`);
}
