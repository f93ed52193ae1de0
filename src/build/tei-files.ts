/** The TEI folder's files: putting a cable's TEI in place without overwriting an editor's work, and removing what no source stands behind. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CableReport } from '../build.js';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath, writeAtomic } from '../fsutil.js';
import { changedLines, fingerprint, isHandEdited, teiState, type Manifest, type ManifestEntry } from './manifest.js';
import { RESERVED } from './outputs.js';
import { isRegularFile, scanFolder } from './sources.js';

/**
 * Puts a cable's fresh TEI in place, unless the file there was edited by hand since the build wrote it:
 * then it is kept (`tei:hand-edited`, and `tei:conflict` when the source or sidecar changed since), and its
 * text is what gets validated and published. With `reencode`, the edited file is moved beside it as
 * `<name>.xml.edited`, the fresh TEI written, and what changed recorded. Returns the TEI to publish, or
 * undefined when nothing could be written. Updates the manifest for what it writes.
 */
export function placeTei(teiPath: string, fresh: string | undefined, inputs: Omit<ManifestEntry, 'tei'> | undefined, manifest: Manifest, reencode: boolean, report: CableReport): string | undefined {
  const name = report.stem;
  const file = displayPath(teiPath);
  const entry = manifest.cables.get(name);
  const existing = isRegularFile(teiPath) ? readText(teiPath) : undefined;
  // Nothing encoded (the source is unreadable or failed): only a hand-edited file has anything to publish.
  const state = fresh !== undefined ? teiState(existing, fresh, entry) : existing !== undefined && isHandEdited(existing, entry) ? 'hand-edited' : 'absent';
  if (fresh === undefined && state !== 'hand-edited') return undefined;
  const record = (): void => {
    if (!inputs || fresh === undefined) return;
    const tei = fingerprint(fresh);
    // What the unchanged TEI was validated and published from still holds.
    const kept = entry?.tei === tei ? { valid: entry.valid, published: entry.published } : {};
    manifest.cables.set(name, { ...kept, ...inputs, tei });
  };
  if (state === 'same') {
    record();
    return fresh;
  }
  if (state === 'hand-edited' && (!reencode || fresh === undefined)) {
    const changedSince = entry && inputs && (entry.source !== inputs.source || entry.sidecar !== inputs.sidecar);
    report.edited = true;
    report.diagnostics.push({
      file, line: 1, column: 1, severity: 'info', ruleId: 'tei:hand-edited',
      message: `edited by hand since the build ${entry ? 'wrote it' : 'last wrote it (or not written by the build)'}: kept as it stands, validated and published from it; npm run build-tei -- --reencode ${name} makes it again from the source`,
    });
    if (changedSince) {
      report.diagnostics.push({
        file, line: 1, column: 1, severity: 'warning', ruleId: 'tei:conflict',
        message: `the ${entry.source !== inputs.source ? 'source' : 'sidecar'} changed after this file was edited by hand: the edit is kept, and does not show the change; carry it over by hand, or --reencode ${name} (the edited file is kept beside it)`,
      });
    }
    return existing;
  }
  if (state === 'hand-edited' && existing !== undefined && fresh !== undefined) {
    if (!guardedWrite(`${teiPath}.edited`, existing, report.diagnostics)) return undefined;
    report.changes = changedLines(existing, fresh);
    report.diagnostics.push({
      file, line: 1, column: 1, severity: 'info', ruleId: 'tei:reencoded',
      message: `made again from the source, as asked (--reencode); the hand-edited file is kept as ${file}.edited; compare them with: diff -u ${file}.edited ${file}`,
    });
  }
  if (fresh === undefined || !guardedWrite(teiPath, fresh, report.diagnostics)) return undefined;
  record();
  return fresh;
}

/**
 * Removes the outputs of cables whose source is gone (`output:removed`): their TEI when the build wrote
 * it and it is unchanged, their page and JSON. A TEI without a source that was edited by hand, or not
 * written by the build, is kept, with a warning (`tei:no-source`).
 */
export function removeStale(options: { teiDir: string; distDir: string }, current: ReadonlySet<string>, manifest: Manifest, sink: Diagnostic[], redirects: ReadonlySet<string> = new Set()): void {
  const removed = (path: string, why: string): void => {
    try {
      rmSync(path, { force: true });
      sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'info', ruleId: 'output:removed', message: why });
    } catch (e) {
      sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot remove: ${describeError(e)}` });
    }
  };
  const stale = new Set<string>();
  for (const { path, stem: name } of existsSync(options.teiDir) ? scanFolder(options.teiDir, '.xml', []) : []) {
    if (current.has(name)) continue;
    stale.add(name);
    const entry = manifest.cables.get(name);
    if (entry && fingerprint(readFileSync(path)) === entry.tei) {
      removed(path, `the source of ${name} is gone: its TEI, which the build wrote, is removed`);
      manifest.cables.delete(name);
    } else {
      sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'warning', ruleId: 'tei:no-source', message: `no source ${name}.txt; kept, as it was edited by hand${entry ? '' : ' or not written by the build'}: restore its source, or delete it` });
    }
  }
  for (const name of [...manifest.cables.keys()]) if (!current.has(name) && !stale.has(name)) manifest.cables.delete(name);
  const pages = new Set([...RESERVED.map((n) => `${n}.html`), 'edition.json']);
  const outputs = [
    [join(options.distDir, 'html'), '.html', 'page'],
    [join(options.distDir, 'json'), '.json', 'JSON'],
    [join(options.distDir, 'dc'), '.xml', 'catalogue record'],
  ] as const;
  for (const [dir, ext, what] of outputs) {
    for (const { path, stem: name } of existsSync(dir) ? scanFolder(dir, ext, []) : []) {
      if (!current.has(name) && !pages.has(`${name}${ext}`) && !(ext === '.html' && redirects.has(name))) removed(path, `the source of ${name} is gone: its ${what} is removed`);
    }
  }
}

/** A file's text, or undefined when it cannot be read. */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes a file atomically; a failure (a full disk, a folder in the way) becomes an error at the file. */
export function guardedWrite(path: string, content: string, sink: Diagnostic[]): boolean {
  try {
    writeAtomic(path, content);
    return true;
  } catch (e) {
    sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot write: ${describeError(e)}` });
    return false;
  }
}
