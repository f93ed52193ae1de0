/** File helpers for the edge of the program. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Writes a file by writing a temporary file beside it and renaming it, so no file is left half-written. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** A path the user typed, resolved against the folder they typed it in (npm runs scripts in the package root and records that folder in INIT_CWD). */
export function userPath(p: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** A path as the user would write it: relative to the folder they typed the command in. */
export function displayPath(p: string): string {
  return relative(process.env.INIT_CWD ?? process.cwd(), p) || '.';
}

/** The `.xml` files of a folder, by name, each with its text and the path messages give it; none when there is no folder. */
export function readXmlFolder(dir: string): { path: string; contents: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.xml'))
    .sort()
    .map((n) => ({ path: displayPath(join(dir, n)), contents: readFileSync(join(dir, n), 'utf8') }));
}
