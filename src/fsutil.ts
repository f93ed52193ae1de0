/** File helpers for the edge of the program. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * Writes a file by writing a temporary file beside it and renaming it, so no file is left half-written:
 * when writing or renaming fails (a full disk, no permission, a folder in the way) the temporary file is
 * removed and the error thrown.
 */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A path the user typed, resolved against the folder they typed it in (npm runs scripts in the package root and records that folder in INIT_CWD). */
export function userPath(p: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** A path as the user would write it: relative to the folder they typed the command in. */
export function displayPath(p: string): string {
  return relative(process.env.INIT_CWD ?? process.cwd(), p) || '.';
}
