/**
 * `npm run bench`'s side of the figures that are not the project's: the build's timings summed by stage and by
 * stylesheet, and the reference tools (jing, Saxon-HE for Java) found, given their commands and their task file,
 * and compared with the project as a ratio. Pure functions; bench.ts runs the commands and reads the files.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, relative, sep } from 'node:path';
import type { BuildStage, Timing } from './build/timings.js';
import type { TransformTask } from './transform/pool.js';

/** A command and its arguments, to run without a shell. */
export interface Command {
  command: string;
  args: string[];
}

/** The reference tools found on this machine; a tool not found is left out. */
export interface ReferenceTools {
  jing?: string;
  java?: string;
  javac?: string;
  saxonJar?: string;
}

/** Where Debian and others put Saxon-HE's jar, in the order they are tried (after $SAXON_JAR). */
export const SAXON_JARS = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/saxon9he.jar', '/usr/share/java/saxon-he.jar', '/usr/share/java/saxon.jar'];

/** The first `command` in the folders of a PATH value that `isExecutable` accepts; undefined when none. */
export function findOnPath(command: string, pathValue: string | undefined, isExecutable: (path: string) => boolean): string | undefined {
  for (const dir of (pathValue ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** jing, java, javac on the PATH, and Saxon-HE's jar ($SAXON_JAR, else the first of SAXON_JARS that exists). */
export function detectTools(env: Readonly<Record<string, string | undefined>>, exists: (path: string) => boolean, isExecutable: (path: string) => boolean): ReferenceTools {
  const tools: ReferenceTools = {};
  for (const name of ['jing', 'java', 'javac'] as const) {
    const found = findOnPath(name, env.PATH, isExecutable);
    if (found) tools[name] = found;
  }
  const jar = [env.SAXON_JAR, ...SAXON_JARS].find((p): p is string => p !== undefined && p !== '' && exists(p));
  if (jar) tools.saxonJar = jar;
  return tools;
}

/** The reference tools installed on this machine: detectTools on the process's environment and file system. */
export function installedTools(): ReferenceTools {
  return detectTools(process.env, existsSync, (p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** One line a tool that cannot run here, saying what is missing; none when both can. */
export function missingNotes(tools: ReferenceTools): string[] {
  const notes: string[] = [];
  if (!tools.jing) notes.push('jing: not found on the PATH; the reference validation is skipped');
  const saxon = [tools.java ? '' : 'java', tools.javac ? '' : 'javac (a JDK, to compile the driver)', tools.saxonJar ? '' : `Saxon-HE's jar ($SAXON_JAR or ${SAXON_JARS[0]})`].filter(Boolean);
  if (saxon.length) notes.push(`Saxon-HE for Java: ${saxon.join(', ')} not found; the reference transforms are skipped`);
  return notes;
}

/** jing over every file in one call. */
export function jingCommand(jing: string, schema: string, files: readonly string[]): Command {
  return { command: jing, args: [schema, ...files] };
}

/** javac for the Saxon driver (src/bench-saxon.java), its classes into `classDir`. */
export function javacCommand(javac: string, saxonJar: string, driver: string, classDir: string): Command {
  return { command: javac, args: ['-nowarn', '-d', classDir, '-cp', saxonJar, driver] };
}

/** The Saxon driver in one JVM over a task file, with `threads` threads. */
export function saxonCommand(java: string, saxonJar: string, classDir: string, taskFile: string, threads: number): Command {
  return { command: java, args: ['-cp', `${classDir}${delimiter}${saxonJar}`, 'SaxonDriver', taskFile, String(threads)] };
}

/** One stylesheet run for the reference: the stylesheet's file, the source's file, the file to write, the group whose tasks share one parsed source ('' for none), the parameters. */
export interface ReferenceTask {
  stylesheet: string;
  source: string;
  output: string;
  group: string;
  params: Record<string, string>;
}

/** A field of the task file: backslash, tab, line feed and carriage return escaped. */
export function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A task as a line of the driver's task file (see src/bench-saxon.java). */
export function taskLine(task: ReferenceTask): string {
  const params = Object.entries(task.params).map(([name, value]) => escapeField(`${name}=${value}`));
  return [task.stylesheet, task.source, task.output, task.group].map(escapeField).concat(params).join('\t');
}

/** What a stylesheet run made: one of a cable's three files, or a corpus page (index, register pages, edition.json, …). */
export type OutputKind = 'html' | 'json' | 'dc' | 'page';

/** The kind of a publish task's output, from its path and stylesheet: a cable's file is named after it, beside no corpus page. */
export function outputKind(output: string, sheet: string, corpusPages: readonly string[]): OutputKind {
  if (corpusPages.includes(output)) return 'page';
  return sheet === 'html' || sheet === 'json' || sheet === 'dc' ? sheet : 'page';
}

/** The q-quantile (0 ≤ q ≤ 1) of some numbers, the nearest rank; NaN for none. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The median of some numbers (the lower of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** "project / reference 2.80 (the project takes 2.8× as long)", or "… 0.50 (the project takes half the time: 2.0× faster)". */
export function formatRatio(projectMs: number, referenceMs: number): string {
  if (!(projectMs > 0) || !(referenceMs > 0)) return 'project / reference: not measured';
  const r = projectMs / referenceMs;
  const text = `project / reference ${r.toFixed(2)}`;
  return r >= 1 ? `${text} (the project takes ${r.toFixed(1)}× as long)` : `${text} (the project is ${(1 / r).toFixed(1)}× faster)`;
}

/** Seconds, two decimals. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A build's timings, gathered: wall time by stage, and each stylesheet run (its task, output and thread time). */
export interface GatheredTimings {
  stages: Map<BuildStage, number>;
  runs: { task: TransformTask; output: string; ms: number }[];
}

/** Sums what a build told `onTiming`: stages reported more than once (publish) are added up. */
export function gatherTimings(timings: readonly Timing[]): GatheredTimings {
  const stages = new Map<BuildStage, number>();
  const runs: GatheredTimings['runs'] = [];
  for (const t of timings) {
    if ('stage' in t) stages.set(t.stage, (stages.get(t.stage) ?? 0) + t.ms);
    else runs.push(t);
  }
  return { stages, runs };
}

/** The stages' line: each stage's wall time, in the build's order. */
export function stagesLine(stages: ReadonlyMap<BuildStage, number>, cables: number): string {
  const order: BuildStage[] = ['encode', 'validate', 'edition', 'compile', 'publish', 'search', 'collate'];
  const perCable = (ms: number): string => (cables > 0 ? ` (${(ms / cables).toFixed(1)} ms a cable)` : '');
  return `stages (wall): ${order
    .filter((s) => stages.has(s))
    .map((s) => `${s} ${seconds(stages.get(s)!)}${s === 'encode' || s === 'validate' || s === 'publish' ? perCable(stages.get(s)!) : ''}`)
    .join(', ')}`;
}

/** The stylesheets' line: thread time of the cables' HTML, JSON and catalogue records (total, median and 90th percentile a cable), and of each corpus page. */
export function stylesheetsLine(runs: GatheredTimings['runs'], distDir: string, corpusPages: readonly string[]): string {
  const by = new Map<OutputKind, number[]>();
  const pages: [string, number][] = [];
  for (const r of runs) {
    const kind = outputKind(r.output, r.task.sheet, corpusPages);
    by.set(kind, [...(by.get(kind) ?? []), r.ms]);
    if (kind === 'page') pages.push([relative(distDir, r.output).split(sep).join('/'), r.ms]);
  }
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const names: [OutputKind, string][] = [['html', 'cables’ HTML'], ['json', 'JSON'], ['dc', 'catalogue records']];
  const cables = names
    .filter(([k]) => by.has(k))
    .map(([k, name]) => {
      const xs = by.get(k)!;
      return `${name} ${seconds(sum(xs))} (median ${median(xs).toFixed(1)} ms, p90 ${percentile(xs, 0.9).toFixed(1)} ms a cable)`;
    });
  pages.sort((a, b) => b[1] - a[1]);
  const corpus = pages.length ? [`corpus pages ${seconds(sum(pages.map((p) => p[1])))}: ${pages.map(([n, ms]) => `${n} ${seconds(ms)}`).join(', ')}`] : [];
  return `stylesheets (time in their threads): ${[...cables, ...corpus].join('; ') || 'none ran'}`;
}

/**
 * Markup as two serializers of one tree may both write it, made one: the DOCTYPE's case, the white space and the
 * order of the attributes (namespace declarations included) within each tag, and white space at the end.
 */
export function normalizeMarkup(text: string): string {
  return text
    .replace(/^(<\?xml[^>]*\?>\s*)?<!DOCTYPE\s+html\s*>/i, (_, decl: string | undefined) => `${decl ?? ''}<!DOCTYPE html>`)
    .replace(/<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g, (_, name: string, attrs: string, slash: string) => {
      const list = [...attrs.matchAll(/([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => `${m[1]}=${m[2]}`).sort();
      return `<${[name, ...list].join(' ')}${slash}>`;
    })
    .trimEnd();
}

/** Whether the reference's output is the project's: for JSON the same value (the build indents JSON its own way), else the same markup up to what normalizeMarkup makes one. */
export function sameOutput(kind: 'json' | 'other', project: string, reference: string): boolean {
  if (project === reference) return true;
  if (kind !== 'json') return normalizeMarkup(project) === normalizeMarkup(reference);
  try {
    return JSON.stringify(JSON.parse(project)) === JSON.stringify(JSON.parse(reference));
  } catch {
    return false;
  }
}

/** The driver's report (its line of JSON), or undefined when the line is not one. */
export interface DriverReport {
  /** Saxon's version, as it says it. */
  version: string;
  compileMs: number;
  runMs: number;
  tasks: number;
  failed: number;
  messages: number;
  compileErrors: Record<string, string>;
  firstErrors: Record<string, string>;
}

/** Reads the driver's last line of output. */
export function parseDriverReport(stdout: string): DriverReport | undefined {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    const value = JSON.parse(line) as Partial<DriverReport>;
    return typeof value.runMs === 'number' && typeof value.tasks === 'number' ? (value as DriverReport) : undefined;
  } catch {
    return undefined;
  }
}
