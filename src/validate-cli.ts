/** `npm run validate`: checks TEI files as they stand against the schema and the rules. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { batches, PROJECT_ROOT } from './build.js';
import { describeError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { fingerprint, readManifest } from './build/manifest.js';
import { outputNames } from './build/outputs.js';
import { validateTei } from './validate/index.js';
import { loadRng } from './schemas.js';
import { validateRng } from './validate/rng.js';
import { readRegisters } from './registers.js';
import { displayPath, userPath } from './fsutil.js';
import { isRegularFile, readXmlFolder, scanFolder } from './build/sources.js';

const HELP = `Usage: npm run validate -- [--tei <dir>] [--cables <dir>] [file.xml ...]

Checks TEI files against schema/tei-cable.rng (with xmllint-wasm) and against the rules a
schema cannot say (ids unique, @ref and @who resolve to standOff entries, dates plausible).
Without files, checks every <dir>/*.xml (default: tei/) and the registers in <dir>/authority/. Prints each problem as path:line:col severity rule-id message,
then a count. A folder's TEI files are also checked against its sources (--cables, default: cables/
beside the folder): a file the build wrote (by <dir>/build-manifest.json) whose source is gone is an
error (tei:no-source); a file edited by hand needs none.
Exits 1 when any file is invalid, 0 otherwise, 2 on a usage error.`;

/** Runs the validator with arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let values: { tei?: string; cables?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: { tei: { type: 'string' }, cables: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true }));
  } catch (e) {
    process.stderr.write(`validate: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let paths = positionals.map(userPath);
  let teiDir: string | undefined;
  if (paths.length === 0) {
    const dir = values.tei ? userPath(values.tei) : join(PROJECT_ROOT, 'tei');
    teiDir = dir;
    if (!existsSync(dir)) {
      process.stderr.write(`validate: no such folder: ${dir}\n`);
      return 2;
    }
  }
  const missing = paths.find((p) => !existsSync(p));
  if (missing) {
    process.stderr.write(`validate: no such file: ${missing}\n`);
    return 2;
  }
  // A FIFO or a folder would hang or fail the reading: only regular files (or links to them) are read.
  const notFile = paths.find((p) => !isRegularFile(p, true));
  if (notFile) {
    process.stderr.write(`validate: not a regular file: ${notFile}\n`);
    return 2;
  }
  const unread: Diagnostic[] = [];
  const files = teiDir ? readXmlFolder(teiDir, unread) : paths.map((p) => ({ path: displayPath(p), contents: readFileSync(p, 'utf8') }));
  const schema = loadRng(join(PROJECT_ROOT, 'schema'), 'tei-cable.rng');
  // In bounded batches: one call of xmllint-wasm with thousands of files never returns.
  const validated: Diagnostic[] = [];
  for (const batch of batches(files)) validated.push(...(await validateTei(batch, schema)));
  const diagnostics = [...unread, ...validated];
  // The edition is exactly its sources: a TEI the build wrote needs its source still.
  if (teiDir) {
    const cablesDir = values.cables ? userPath(values.cables) : join(dirname(teiDir), 'cables');
    if (existsSync(cablesDir)) diagnostics.push(...withoutSource(teiDir, cablesDir, files));
    else if (values.cables) {
      process.stderr.write(`validate: no such folder: ${cablesDir}\n`);
      return 2;
    }
  }
  // Without files named, the registers of the folder are checked too.
  const registerFiles = teiDir ? readXmlFolder(join(teiDir, 'authority')) : [];
  const registerCount = registerFiles.length;
  if (registerCount) diagnostics.push(...(await readRegisters(registerFiles, loadRng(join(PROJECT_ROOT, 'schema'), 'registers.rng'))).diagnostics);
  // And the collations of its witnesses (tei/collations/), against their grammar.
  const collations = teiDir && existsSync(join(teiDir, 'collations')) ? readXmlFolder(join(teiDir, 'collations')) : [];
  if (collations.length) diagnostics.push(...(await validateRng(collations, loadRng(join(PROJECT_ROOT, 'schema'), 'tei-collation.rng'))));
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const bad = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const checked = files.length + registerCount + collations.length;
  process.stdout.write(`${checked} files checked: ${checked - bad.size} valid, ${bad.size} invalid; ${errors} errors\n`);
  return bad.size > 0 ? 1 : 0;
}

/** The TEI files the build wrote (unchanged since, by the manifest) whose source is no longer in `cablesDir`. */
function withoutSource(teiDir: string, cablesDir: string, files: readonly { path: string; contents: string }[]): Diagnostic[] {
  const manifest = readManifest(teiDir, []);
  const names = new Set(scanFolder(cablesDir, '.txt', [], true).map((e) => outputNames(e.stem).name));
  const out: Diagnostic[] = [];
  for (const f of files) {
    const name = basename(f.path, '.xml');
    const entry = manifest.cables.get(name);
    if (names.has(name) || !entry || fingerprint(f.contents) !== entry.tei) continue;
    out.push({ file: f.path, line: 1, column: 1, severity: 'error', ruleId: 'tei:no-source', message: `the build wrote this file from ${displayPath(join(cablesDir, `${name}.txt`))}, which is gone: npm run build-tei removes it` });
  }
  return out;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // A defect of the program itself (or an unreadable file): said in the diagnostics' form, never as a stack trace.
  process.stderr.write(`validate:1:1 error internal:exception ${describeError(e)} (please report this defect)\n`);
  process.exitCode = 2;
}
