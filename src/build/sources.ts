/** The folder of sources: which entries are cables, and a diagnostic for every entry that cannot be one. */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';

/** A source the build may read: a regular file with a UTF-8 name ending in `.txt`. */
export interface SourceEntry {
  /** Its absolute path. */
  path: string;
  /** Its name without `.txt`. */
  stem: string;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A folder entry's name as text, or undefined when its bytes are not UTF-8. */
function decodeName(name: Buffer): string | undefined {
  try {
    return STRICT_UTF8.decode(name);
  } catch {
    return undefined;
  }
}

/** What kind of thing a non-regular entry is, in words. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The regular files of a folder whose names end in `ext`, by name. Every other entry with that ending
 * (a folder, a FIFO, a socket, a dangling or refused symbolic link, a name that is not UTF-8) is skipped
 * with an error in `sink`; a symbolic link is followed only when `followSymlinks` is set. Never throws
 * for what the folder holds; a folder that cannot be listed is one error.
 */
export function scanFolder(dir: string, ext: string, sink: Diagnostic[], followSymlinks = false): SourceEntry[] {
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch (e) {
    sink.push({ file: displayPath(dir), line: 1, column: 1, severity: 'error', ruleId: 'ingest:unreadable', message: `cannot list the folder: ${describeError(e)}` });
    return [];
  }
  const out: SourceEntry[] = [];
  const suffix = Buffer.from(ext, 'utf8');
  for (const raw of names) {
    if (raw.length <= suffix.length || !raw.subarray(raw.length - suffix.length).equals(suffix)) continue;
    const name = decodeName(raw);
    const error = (file: string, ruleId: string, message: string): void => {
      sink.push({ file: displayPath(join(dir, file)), line: 1, column: 1, severity: 'error', ruleId, message });
    };
    if (name === undefined) {
      // The name as bytes, escaped, so the message itself is text.
      const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
      error(shown, 'ingest:file-name', 'the file name is not UTF-8 (its bytes shown %-escaped); skipped: rename the file');
      continue;
    }
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        if (!followSymlinks) {
          error(name, 'ingest:symlink', 'a symbolic link; skipped (links are followed only with --follow-symlinks)');
          continue;
        }
        try {
          stats = statSync(path);
        } catch (e) {
          error(name, 'ingest:dangling-link', `a symbolic link to nothing readable (${(e as NodeJS.ErrnoException).code ?? describeError(e)}); skipped`);
          continue;
        }
      }
    } catch (e) {
      error(name, 'ingest:unreadable', `cannot read the entry: ${describeError(e)}; skipped`);
      continue;
    }
    if (!stats.isFile()) {
      error(name, 'ingest:not-a-file', `${kindOf(stats)}, not a file; skipped`);
      continue;
    }
    out.push({ path, stem: name.slice(0, -ext.length) });
  }
  return out.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
}

/** Whether a path is a regular file (a symbolic link to one counts only when `followSymlinks`). */
export function isRegularFile(path: string, followSymlinks = false): boolean {
  try {
    return (followSymlinks ? statSync(path) : lstatSync(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The `.xml` files of a folder, by name, each with its text and the path messages give it; none when
 * there is no folder. Entries that are not regular files, and files that cannot be read, are skipped
 * with an error in `sink`.
 */
export function readXmlFolder(dir: string, sink: Diagnostic[] = []): { path: string; contents: string }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; contents: string }[] = [];
  for (const e of scanFolder(dir, '.xml', sink)) {
    try {
      out.push({ path: displayPath(e.path), contents: readFileSync(e.path, 'utf8') });
    } catch (err) {
      sink.push({ file: displayPath(e.path), line: 1, column: 1, severity: 'error', ruleId: 'ingest:unreadable', message: `cannot read the file: ${describeError(err)}` });
    }
  }
  return out;
}
