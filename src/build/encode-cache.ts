/**
 * What encoding a cable told the build, kept beside the outputs (`<dist>/.cache/encoded/<name>.json`), so
 * that a cable whose inputs did not change is not encoded again: its TEI is read as the build last wrote it,
 * and its report (layout, date, counts, proposals, messages) is this record. The record carries the
 * fingerprint of the inputs it was made from (see encodeKey) and of the TEI it gave; one that does not
 * match, or cannot be read, is as if absent, and the cable is encoded. Whether the TEI on disk is the
 * build's or an editor's is the manifest's to say (tei/build-manifest.json), not this cache's.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Counts } from '../annotate/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Shape } from '../model.js';
import { fingerprint } from './manifest.js';
import { guardedWrite } from './tei-files.js';

/** A cable's report as encoding left it. */
export interface EncodedSummary {
  shape?: Shape;
  missing?: string[];
  date?: string;
  counts?: Counts;
  diagnostics: Diagnostic[];
}

/** Where the record of a cable is kept. */
export function encodedPath(distDir: string, name: string): string {
  return join(distDir, '.cache', 'encoded', `${name}.json`);
}

/**
 * The fingerprint of what a cable's TEI is encoded from: its source and sidecar, the registers (a new form
 * may mark a name in any cable), the edition's configuration, the program (version and code), its name, and
 * the copies of its text found in the corpus (its header names them).
 */
export function encodeKey(parts: { source: string; sidecar?: string; registers: string; edition: string; program: string; stem: string; sourceName: string; witnesses: string }): string {
  return fingerprint([parts.source, parts.sidecar ?? '', parts.registers, parts.edition, parts.program, parts.stem, parts.sourceName, parts.witnesses].join('\0'));
}

/** The record of a cable encoded from inputs of fingerprint `key` into a TEI of fingerprint `tei`, or undefined. */
export function readEncoded(distDir: string, name: string, key: string, tei: string): EncodedSummary | undefined {
  try {
    const value = JSON.parse(readFileSync(encodedPath(distDir, name), 'utf8')) as { key?: unknown; tei?: unknown; summary?: EncodedSummary };
    return value.key === key && value.tei === tei && Array.isArray(value.summary?.diagnostics) ? value.summary : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the record of a cable encoded from inputs of fingerprint `key` into a TEI of fingerprint `tei`; false (with a message in `sink`) when it cannot be written. */
export function writeEncoded(distDir: string, name: string, key: string, tei: string, summary: EncodedSummary, sink: Diagnostic[]): boolean {
  return guardedWrite(encodedPath(distDir, name), `${JSON.stringify({ key, tei, summary })}\n`, sink);
}

/** The fingerprint the corpus pages of a dist folder were last made from, with no message (`.cache/corpus.json`), or undefined. */
export function readCorpusKey(distDir: string): string | undefined {
  try {
    const value = JSON.parse(readFileSync(join(distDir, '.cache', 'corpus.json'), 'utf8')) as { key?: unknown };
    return typeof value.key === 'string' ? value.key : undefined;
  } catch {
    return undefined;
  }
}

/** Records what the corpus pages were made from (undefined: they gave a message, and are made again next time). */
export function writeCorpusKey(distDir: string, key: string | undefined, sink: Diagnostic[]): void {
  const path = join(distDir, '.cache', 'corpus.json');
  if (key !== undefined) guardedWrite(path, `${JSON.stringify({ key })}\n`, sink);
  else rmSync(path, { force: true });
}

/**
 * The fingerprint of the program's own code (every file under `dir`, recursively, by path): a cable encoded
 * by other code is encoded again, even when the version number did not change (a developer's build).
 */
export function codeKey(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) parts.push(`${prefix}${entry.name}`, fingerprint(readFileSync(join(d, entry.name))));
    }
  };
  try {
    walk(dir, '');
  } catch {
    parts.push('?');
  }
  return fingerprint(parts.join('\0'));
}

/**
 * The fingerprint of a registers' folder: every regular file's name and bytes (the registers, the editors'
 * not-names and gazetteer), in name order.
 */
export function folderKey(dir: string): string {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return fingerprint('');
  }
  const parts: string[] = [];
  for (const name of names) {
    try {
      if (!statSync(join(dir, name)).isFile()) continue;
      parts.push(name, fingerprint(readFileSync(join(dir, name))));
    } catch {
      parts.push(name, '?');
    }
  }
  return fingerprint(parts.join('\0'));
}
