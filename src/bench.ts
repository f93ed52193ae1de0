/**
 * `npm run bench`: measures the build on a corpus of N cables made from the project's cables (default
 * 200), in a temporary folder: the cables themselves, then variants of them under new names, in which
 * about a third of the body's common words are replaced, so that they are distinct texts of the same
 * layouts, names and dates (not copies, which the build would collate as witnesses of one text). Prints wall time, time per cable and peak memory,
 * then the time of a rebuild with nothing changed and of one with one word of one cable changed.
 *
 * `npm run bench -- long [chars …]`: the long-cable case. For each length (default 10000, 30000, 100000
 * characters in one paragraph, and a cable of 1 MB in paragraphs of 2,000 characters) it makes a
 * synthetic cable dense with names, dates and speech, and prints the time of each stage: encode (ingest,
 * annotate, encode), the cable's HTML and JSON, and the corpus pages of a corpus of that one cable, then the
 * whole build of a folder holding it (as `npm run build-tei` runs it, worker threads and all).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, loadAnnotator, PROJECT_ROOT } from './build.js';
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
    process.stderr.write('Usage: npm run bench -- [number of cables] | long [characters …]\n');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'cables-bench-'));
  const cables = join(work, 'cables');
  mkdirSync(cables);
  writeBenchCorpus(cables, n);
  const options = { cablesDir: cables, teiDir: join(work, 'tei'), distDir: join(work, 'dist') };
  const [report, ms] = await timedAsync(() => build(options));
  const written = readdirSync(join(work, 'tei')).length;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${n} cables (${written} TEI files, ${report.cables.filter((c) => c.ok).length} ok) in ${(ms / 1000).toFixed(2)} s: ` +
      `${(ms / n).toFixed(1)} ms a cable, ${((n * 1000) / ms).toFixed(1)} cables a second; peak memory ${rss.toFixed(0)} MiB; stylesheets ${report.compiled ? 'compiled' : 'reused'}\n`,
  );
  // The editor's loop: the same build again with nothing changed, then with one word of one cable changed.
  const [same, sameMs] = await timedAsync(() => build(options));
  const edited = join(cables, 'bench00000.txt');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\bthe\b/, 'the very'));
  const [one, oneMs] = await timedAsync(() => build(options));
  const remade = (r: typeof report): number => r.cables.filter((c) => !c.unchanged).length;
  process.stdout.write(
    `rebuild with nothing changed: ${(sameMs / 1000).toFixed(2)} s (${remade(same)} cables published again); ` +
      `with one word of one cable changed: ${(oneMs / 1000).toFixed(2)} s (${remade(one)} published again); the corpus pages are made each time\n`,
  );
  rmSync(work, { recursive: true, force: true });
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
    ? lengths.map((l) => ({ chars: Number(l), paragraph: Number(l) }))
    : [
        { chars: 10_000, paragraph: 10_000 },
        { chars: 30_000, paragraph: 30_000 },
        { chars: 100_000, paragraph: 100_000 },
        { chars: 1_000_000, paragraph: 2_000 },
      ];
  if (cases.some((c) => !Number.isInteger(c.chars) || c.chars < 1)) {
    process.stderr.write('Usage: npm run bench -- long [characters …]\n');
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
    const pagesMs = parseMs + run(html, corpus) + run(html, corpus, { page: 'person' }) + run(html, corpus, { page: 'place' }) + run(html, corpus, { page: 'org' }) + run(json, corpus);
    const paragraphs = Math.ceil(c.chars / c.paragraph);
    // The whole build of a folder holding that cable, as an editor runs it (worker threads, catalogue record, edition file).
    const work = mkdtempSync(join(tmpdir(), 'cables-long-'));
    mkdirSync(join(work, 'cables'));
    writeFileSync(join(work, 'cables', 'long.txt'), text);
    const [built, buildMs] = await timedAsync(() => build({ cablesDir: join(work, 'cables'), teiDir: join(work, 'tei'), distDir: join(work, 'dist') }));
    rmSync(work, { recursive: true, force: true });
    process.stdout.write(
      `long cable ${text.length} chars (${paragraphs} paragraph${paragraphs > 1 ? 's' : ''}, ${encoded.counts?.names ?? 0} names, ${encoded.counts?.speeches ?? 0} speeches): ` +
        `encode ${ms(encodeMs)}, HTML ${ms(htmlMs)}, JSON ${ms(jsonMs)}, corpus pages ${ms(pagesMs)}; ` +
        `whole build ${(buildMs / 1000).toFixed(1)} s${built.ok ? '' : ' (FAILED)'}\n`,
    );
  }
  process.stdout.write(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`);
}
