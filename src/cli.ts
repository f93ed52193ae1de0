/** `npm run build-tei`: the command line of the build. */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, PROJECT_ROOT, type BuildOptions } from './build.js';
import { watchBuild } from './watch.js';
import { describeError, formatDiagnostic } from './diagnostics.js';
import { displayPath, userPath } from './fsutil.js';
import { scanFolder } from './build/sources.js';
import { outputNames } from './build/outputs.js';
import type { WitnessReport } from './build/witnesses.js';
import { readEditionConfig } from './edition-config.js';
import { parseShard } from './build/shards.js';

const HELP = `Usage: npm run build-tei -- [--cables <dir>] [--out <dir>] [--registers <dir>] [--config <file>]

Builds a TEI edition from plain-text cables: each <dir>/*.txt becomes a TEI file,
validated against the project's schema, and an HTML page and a JSON file.

  --cables <dir>  the folder of .txt sources (default: cables/)
  --out <dir>     write <dir>/tei/ and <dir>/dist/ (default: tei/ and dist/ of the project)
  --registers <dir>  the registers of persons, places, organisations (default: tei/authority/)
  --config <file>  the edition's title, publisher, editors, licence (default: edition.config.json)
  --jobs <n>      transform in n worker threads (default: one a core; one for a small corpus)
  --force         encode, validate and publish every cable again, even those whose inputs did not change
  --watch         after the build, build again whenever a source, sidecar or TEI file is saved,
                  saying in one line what was made again (Ctrl-C stops)
  --shard <K/N>   build shard K of N only: the cables whose name falls in it (a stable split),
                  encoded, validated and published in the order of the whole corpus, and
                  recorded in <out>/dist/shards/K-of-N.json; no corpus page (see --merge)
  --merge         after every shard was built and their tei/ and dist/ folders were put
                  together here: take the shards' records and build the rest of the edition
                  (corpus pages, edition.json, collations, search), byte for byte as one build
  --follow-symlinks  read sources that are symbolic links (default: skip them, with an error)
  --reencode <name>  make the TEI of this cable again from its source even though it was edited
                  by hand (repeatable); the edited file is kept as <name>.xml.edited and what
                  changed is shown
  -h, --help      show this text

Prints one line per cable and every diagnostic as path:line:col severity rule-id message.
Exits 0 when every cable was built without error, 1 when any cable failed, 2 on a usage error.`;

/** Runs the CLI with arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let values: { shard?: string; merge?: boolean; cables?: string; out?: string; registers?: string; config?: string; jobs?: string; force?: boolean; 'follow-symlinks'?: boolean; reencode?: string[]; watch?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { shard: { type: 'string' }, merge: { type: 'boolean' }, cables: { type: 'string' }, out: { type: 'string' }, registers: { type: 'string' }, config: { type: 'string' }, jobs: { type: 'string' }, force: { type: 'boolean' }, 'follow-symlinks': { type: 'boolean' }, reencode: { type: 'string', multiple: true }, watch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`build-tei: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(values.jobs)) {
    process.stderr.write(`build-tei: --jobs ${values.jobs}: give a whole number of worker threads from 1\n\n${HELP}\n`);
    return 2;
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string' || (shard && (values.merge || values.watch)) || (values.merge && values.watch)) {
    process.stderr.write(`build-tei: ${typeof shard === 'string' ? shard : 'give one of --shard, --merge and --watch'}\n\n${HELP}\n`);
    return 2;
  }
  const cablesDir = values.cables ? userPath(values.cables) : resolve(PROJECT_ROOT, 'cables');
  const out = values.out ? userPath(values.out) : undefined;
  const registersDir = values.registers ? userPath(values.registers) : join(PROJECT_ROOT, 'tei', 'authority');
  // Misuse: nothing is built, nothing written.
  const usage = (dir: string, ruleId: string, message: string): number => {
    process.stderr.write(`${formatDiagnostic({ file: displayPath(dir), line: 1, column: 1, severity: 'error', ruleId, message: `${message}; nothing was written` })}\n`);
    return 2;
  };
  if (!isFolder(cablesDir)) return usage(cablesDir, 'ingest:no-folder', 'no such folder of cables');
  if (!isFolder(registersDir)) return usage(registersDir, 'register:missing', 'no such folder of registers');
  if (scanFolder(registersDir, '.xml', []).length === 0) return usage(registersDir, 'register:missing', 'no register (*.xml) in this folder');
  const configPath = values.config ? userPath(values.config) : join(PROJECT_ROOT, 'edition.config.json');
  const config = readEditionConfig(configPath, displayPath(configPath));
  if (!config.config) {
    for (const d of config.diagnostics) process.stderr.write(`${formatDiagnostic({ ...d, message: `${d.message}; nothing was written` })}\n`);
    return 2;
  }
  const names = new Set(scanFolder(cablesDir, '.txt', [], values['follow-symlinks'] ?? false).map((e) => outputNames(e.stem).name));
  const unknown = (values.reencode ?? []).find((n) => !names.has(n));
  if (unknown !== undefined) return usage(cablesDir, 'tei:reencode', `--reencode ${unknown}: no cable of that name here`);
  // On a terminal, a long build says how far it is (cables done of all, rate, time left) on one line it rewrites.
  const started = Date.now();
  let shown = 0;
  const progress = process.stderr.isTTY
    ? (stage: 'encode' | 'publish', done: number, total: number): void => {
        const now = Date.now();
        if (now - shown < 250 || now - started < 2000) return;
        shown = now;
        const rate = done / Math.max(0.001, (now - started) / 1000);
        const left = rate > 0 ? Math.round((total - done) / rate) : 0;
        process.stderr.write(`\r${progressLine(stage, done, total, rate, left)}\x1b[K`);
      }
    : undefined;
  const options: BuildOptions = {
    cablesDir,
    teiDir: out ? resolve(out, 'tei') : resolve(PROJECT_ROOT, 'tei'),
    distDir: out ? resolve(out, 'dist') : resolve(PROJECT_ROOT, 'dist'),
    registersDir,
    followSymlinks: values['follow-symlinks'] ?? false,
    reencode: values.reencode ?? [],
    configPath,
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}),
    force: values.force ?? false,
    ...(shard ? { shard } : {}),
    ...(values.merge ? { merge: true } : {}),
    ...(progress ? { onProgress: progress } : {}),
  };
  const report = await build(options);
  if (shown) process.stderr.write('\r\x1b[K');
  let errors = 0;
  let warnings = 0;
  for (const c of report.cables) {
    const outputs = [c.tei, c.html, c.json].filter(Boolean).join(' ');
    const reader = c.shape ? `${c.shape}${c.missing?.length ? ` (${c.missing.join('; ')})` : ''}` : '-';
    process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.stem}  ${reader}  ${c.date ?? 'undated'}  ${outputs || 'nothing written'}\n`);
    for (const d of c.diagnostics) process.stdout.write(`  ${formatDiagnostic(d)}\n`);
    for (const line of c.changes ?? []) process.stdout.write(`    ${line}\n`);
    errors += c.diagnostics.filter((d) => d.severity === 'error').length;
    warnings += c.diagnostics.filter((d) => d.severity === 'warning').length;
  }
  for (const line of witnessLines(report.witnesses ?? [])) process.stdout.write(`${line}\n`);
  for (const d of report.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  errors += report.diagnostics.filter((d) => d.severity === 'error').length;
  const total = { names: 0, dates: 0, speeches: 0, candidates: 0 };
  for (const c of report.cables) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c.counts?.[k] ?? 0;
  if (report.cables.length) process.stdout.write(`marked ${total.names} names, ${total.dates} dates, ${total.speeches} speeches; ${total.candidates} candidate names for the registers\n`);
  const failed = report.cables.filter((c) => !c.ok).length;
  process.stdout.write(
    (shard ? `shard ${shard.index} of ${shard.count}: ` : '') +
    `${report.cables.length} cables: ${report.cables.length - failed} built, ${failed} failed; ${errors} errors, ${warnings} warnings` +
      `; ${report.cables.filter((c) => c.reused).length} not encoded again, ${report.cables.filter((c) => c.unchanged).length} not published again (inputs unchanged)` +
      (report.corpusUnchanged ? '; corpus pages unchanged' : '') +
      `; stylesheets ${report.compiled ? 'compiled' : 'reused'}\n`,
  );
  if (values.watch) return watchUntilInterrupted({ ...options, force: false, reencode: [], onProgress: undefined });
  return report.ok ? 0 : 1;
}

/** Whether a path is a folder (following links: the user named it). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // A defect of the program itself: said in the diagnostics' form, never as a stack trace.
  process.stderr.write(`build-tei:1:1 error internal:exception ${describeError(e)} (please report this defect)\n`);
  process.exitCode = 2;
}

/** The editor's loop: builds again after each save, one line (and the build's errors) each time, until Ctrl-C; then exits 0. */
function watchUntilInterrupted(options: BuildOptions): Promise<number> {
  process.stdout.write(`watching ${displayPath(options.cablesDir)} and ${displayPath(options.teiDir)} for saved sources, sidecars and TEI files (Ctrl-C stops)\n`);
  const watcher = watchBuild(options, (line, report) => {
    process.stdout.write(`${line}\n`);
    const errors = [...report.cables.flatMap((c) => c.diagnostics), ...report.diagnostics].filter((d) => d.severity === 'error');
    for (const d of errors) process.stdout.write(`  ${formatDiagnostic(d)}\n`);
  });
  return new Promise((done) => {
    process.once('SIGINT', () => {
      void watcher.close().then(() => done(0));
    });
  });
}

/** One line of progress: `encode 1200/10000 cables, 310/s, 28 s left`. */
export function progressLine(stage: 'encode' | 'publish', done: number, total: number, rate: number, left: number): string {
  return `${stage} ${done}/${total} cables, ${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/s, ${left} s left`;
}

/** A line for each group of witnesses: its cables, the evidence, its variant places by type, what was written. */
export function witnessLines(groups: readonly WitnessReport[]): string[] {
  return groups.map((g) => {
    const evidence = g.pairs.map((p) => `${Math.round(p.containment * 100)}% of the shorter's word sequences shared`).join(', ');
    const dates = [...new Set(g.dates.filter(Boolean))];
    const confirm = dates.length === 1 && g.dates.every(Boolean) ? `; dates agree (${dates[0]})` : dates.length > 1 ? `; dates differ (${g.dates.map((d) => d ?? 'undated').join(', ')})` : '';
    const counts = g.counts ? Object.entries(g.counts).filter(([, n]) => n).map(([t, n]) => `${n} ${t}`).join(', ') || 'no differences' : 'not collated';
    const outputs = [g.tei, g.html, g.json].filter(Boolean).join(' ');
    return `witnesses ${g.stems.join(' ')}  ${evidence}${confirm}  ${counts}  ${outputs || 'nothing written'}`;
  });
}
