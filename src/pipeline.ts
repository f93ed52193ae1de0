/** A cable's source (and its sidecar) to TEI: the stages ingest, sidecar, annotate and encode, with no I/O. */
import { Reporter, type Diagnostic } from './diagnostics.js';
import { encodeTei } from './encode/tei.js';
import { ingest } from './ingest/index.js';
import type { Cable } from './model.js';
import { applySidecar, readSidecar } from './sidecar.js';
import { annotate, type Annotator, type Counts } from './annotate/index.js';
import { SourceText } from './source.js';

export interface SourceInput {
  stem: string;
  /** The source file's name as messages give it. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar beside it, if any. */
  sidecar?: { file: string; text: string };
}

export interface Encoded {
  cable?: Cable;
  /** The TEI, or undefined when nothing could be encoded. */
  xml?: string;
  diagnostics: Diagnostic[];
  /** What annotate marked, when it ran. */
  counts?: Counts;
}

/** Ingests a source, applies its sidecar, marks names, dates and speech (given registers), and encodes it as TEI. */
export function encodeSource(
  input: SourceInput,
  checkSidecar: (value: unknown, file: string, text: string) => Diagnostic[],
  annotator?: Annotator,
): Encoded {
  const reporter = new Reporter(input.file);
  const parsed = ingest(input.bytes, input.stem, reporter);
  const diagnostics = reporter.messages;
  if (!parsed) return { diagnostics };
  let cable = parsed.cable;
  if (input.sidecar) {
    const read = readSidecar(input.sidecar.text, input.sidecar.file, checkSidecar);
    diagnostics.push(...read.diagnostics);
    if (read.sidecar) cable = applySidecar(cable, read.sidecar);
  }
  let counts: Counts | undefined;
  if (annotator) ({ cable, counts } = annotate(cable, new SourceText(parsed.text), annotator, reporter));
  return { cable, xml: encodeTei(cable), diagnostics, ...(counts ? { counts } : {}) };
}
