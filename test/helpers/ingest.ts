/** Helpers for tests: parse a text or a fixture, with its diagnostics. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Reporter, type Diagnostic } from '../../src/diagnostics.js';
import { ingest } from '../../src/ingest/index.js';
import { jsonChecker } from '../../src/json-schema.js';
import { encodeSource, type Encoded } from '../../src/pipeline.js';
import type { Annotator } from '../../src/annotate/index.js';
import { loadAnnotator } from '../../src/build.js';
import type { Cable } from '../../src/model.js';
import { cableInline } from '../../src/spans.js';
import { findWitnesses } from '../../src/build/witnesses.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Parses a text as a source file named `file`. */
export function parse(text: string | Uint8Array, stem = 'test'): { cable: Cable | null; diagnostics: Diagnostic[] } {
  const reporter = new Reporter(`${stem}.txt`);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = ingest(bytes, stem, reporter);
  return { cable: result?.cable ?? null, diagnostics: reporter.messages };
}

/** Parses a file of the project (path from the project root). */
export function parseFile(path: string): { cable: Cable; diagnostics: Diagnostic[]; text: string } {
  const text = readFileSync(ROOT + path, 'utf8');
  const { cable, diagnostics } = parse(text, path.replace(/^.*\//, '').replace(/\.txt$/, ''));
  if (!cable) throw new Error(`${path} did not parse: ${JSON.stringify(diagnostics)}`);
  return { cable, diagnostics, text };
}

/** Every inline node of a cable, in order. */
export const allInline = cableInline;

/** The stems of the project's cables (cables/*.txt). */
export const CABLES = readdirSync(ROOT + 'cables')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => n.slice(0, -4));

/** The sidecar schema's checker. */
export const checkSidecar = jsonChecker(JSON.parse(readFileSync(ROOT + 'schema/sidecar.schema.json', 'utf8')));

/** The project's registers, read and checked as the build reads them. */
export const ANNOTATOR = await loadAnnotator();

/** The witnesses the build finds among the project's cables (src/build/witnesses.ts): what each one's header says of the others. */
export const PROJECT_WITNESSES = findWitnesses(CABLES.map((stem) => ({ stem, path: `${ROOT}cables/${stem}.txt` })));

/** What the build makes of a source file of the project (path from the root): sidecar beside it included, and for a cable of cables/ the other witnesses of its text. */
export function buildFile(path: string, annotator: Annotator | undefined = ANNOTATOR): Encoded & { xml: string; cable: Cable } {
  const stem = path.replace(/^.*\//, '').replace(/\.txt$/, '');
  const links = path.startsWith('cables/') ? PROJECT_WITNESSES.links.get(stem) : undefined;
  const sidecar = `${ROOT}${path.replace(/\.txt$/, '.json')}`;
  const result = encodeSource(
    {
      stem,
      file: path,
      bytes: readFileSync(`${ROOT}${path}`),
      ...(existsSync(sidecar) ? { sidecar: { file: path.replace(/\.txt$/, '.json'), text: readFileSync(sidecar, 'utf8') } } : {}),
      ...(links ? { witnesses: links } : {}),
    },
    checkSidecar,
    annotator,
  );
  if (result.xml === undefined || !result.cable) throw new Error(`${path} did not encode`);
  return result as Encoded & { xml: string; cable: Cable };
}

/** The TEI the build makes of a project cable. */
export function buildTei(stem: string): string {
  return buildFile(`cables/${stem}.txt`).xml;
}

/** What the build makes of a source text (not a file), with the project's registers. */
export function buildText(text: string | Uint8Array, stem = 'test'): Encoded {
  return encodeSource({ stem, file: `${stem}.txt`, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text }, checkSidecar, ANNOTATOR);
}
