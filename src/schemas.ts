/** The project's schemas, read from schema/ (at the edge: the CLIs and the build call this). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RngSchema } from './validate/rng.js';
import type { XsdSchema } from './validate/xsd.js';

/** A RELAX NG schema of the folder, with every other .rng of the folder preloaded for its includes. */
export function loadRng(dir: string, name: string): RngSchema {
  const includes = readdirSync(dir)
    .filter((n) => n.endsWith('.rng') && n !== name)
    .sort()
    .map((n) => ({ fileName: n, contents: readFileSync(join(dir, n), 'utf8') }));
  return { fileName: name, contents: readFileSync(join(dir, name), 'utf8'), includes };
}

/** A JSON Schema of the folder, parsed. */
export function loadJsonSchema(dir: string, name: string): object {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as object;
}

/** An XML Schema of the folder, with every other .xsd of the folder preloaded for its imports and redefines. */
export function loadXsd(dir: string, name: string): XsdSchema {
  const imports = readdirSync(dir)
    .filter((n) => n.endsWith('.xsd') && n !== name)
    .sort()
    .map((n) => ({ fileName: n, contents: readFileSync(join(dir, n), 'utf8') }));
  return { fileName: name, contents: readFileSync(join(dir, name), 'utf8'), imports };
}
