/** The project's schemas, read from schema/ (at the edge: the CLIs and the build call this). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RngSchema } from './validate/rng.js';
import type { XsdSchema } from './validate/xsd.js';

/** The other files of the folder with the same extension, by name: what a schema may include or import. */
function siblings(dir: string, name: string, extension: string): { fileName: string; contents: string }[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(extension) && n !== name)
    .sort()
    .map((n) => ({ fileName: n, contents: readFileSync(join(dir, n), 'utf8') }));
}

/** A RELAX NG schema of the folder, with every other .rng of the folder preloaded for its includes. */
export function loadRng(dir: string, name: string): RngSchema {
  return { fileName: name, contents: readFileSync(join(dir, name), 'utf8'), includes: siblings(dir, name, '.rng') };
}

/** A JSON Schema of the folder, parsed. */
export function loadJsonSchema(dir: string, name: string): object {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as object;
}

/** An XML Schema of the folder, with every other .xsd of the folder preloaded for its imports and redefines. */
export function loadXsd(dir: string, name: string): XsdSchema {
  return { fileName: name, contents: readFileSync(join(dir, name), 'utf8'), imports: siblings(dir, name, '.xsd') };
}
