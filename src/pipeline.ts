/** A cable's source (and its sidecar) to TEI: the stages ingest, sidecar, annotate and encode, with no I/O. */
import { Reporter, type Diagnostic } from './diagnostics.js';
import type { EditionConfig } from './edition-config.js';
import { encodeTei } from './encode/tei.js';
import { ingest } from './ingest/index.js';
import type { Cable } from './model.js';
import { applySidecar, readSidecar } from './sidecar.js';
import { annotate, type Annotator, type Counts } from './annotate/index.js';
import { SourceText } from './source.js';
import type { WitnessLinks } from './collate/header.js';
import { markRepetitions } from './collate/repetition.js';

export interface SourceInput {
  stem: string;
  /** The source file's name as messages give it. */
  file: string;
  bytes: Uint8Array;
  /** The source's file name as the TEI records it (default: `<stem>.txt`). */
  sourceName?: string;
  /** The sidecar beside it, if any. */
  sidecar?: { file: string; text: string };
  /** The edition's configuration (default: the project's edition.config.json). */
  edition?: EditionConfig;
  /** The other witnesses of the cable's text (src/collate), named in its header. */
  witnesses?: WitnessLinks;
}

export interface Encoded {
  cable?: Cable;
  /** The TEI, or undefined when nothing could be encoded. */
  xml?: string;
  diagnostics: Diagnostic[];
  /** What annotate marked, when it ran. */
  counts?: Counts;
}

/**
 * Ingests a source and applies its sidecar: the cable as they give it, before any name is marked.
 * Undefined when the source cannot be ingested; `complete` false when the sidecar could not be applied
 * (the cable is then the source's alone, and nothing is encoded from it).
 */
function readCable(
  input: SourceInput,
  checkSidecar: (value: unknown, file: string, text: string) => Diagnostic[],
  reporter: Reporter,
): { cable: Cable; text: string; complete: boolean } | undefined {
  const parsed = reporter.guard('ingest', () => ingest(input.bytes, input.stem, reporter))?.value;
  if (!parsed) return undefined;
  const sidecar = input.sidecar;
  if (!sidecar) return { cable: parsed.cable, text: parsed.text, complete: true };
  const applied = reporter.guard('sidecar', () => {
    const read = readSidecar(sidecar.text, sidecar.file, checkSidecar);
    reporter.messages.push(...read.diagnostics);
    return read.sidecar ? applySidecar(parsed.cable, read.sidecar) : parsed.cable;
  });
  return applied ? { cable: applied.value, text: parsed.text, complete: true } : { cable: parsed.cable, text: parsed.text, complete: false };
}

/**
 * Where a cable stands among the others by date, without encoding it: whether its source (with its
 * sidecar) gives a cable that can be encoded, and its date. For a shard of a build, which orders every
 * cable of the corpus but encodes its own only.
 */
export function sourceDate(input: SourceInput, checkSidecar: (value: unknown, file: string, text: string) => Diagnostic[]): { date?: string } | undefined {
  const read = readCable(input, checkSidecar, new Reporter(input.file));
  if (!read?.complete) return undefined;
  return read.cable.meta.date ? { date: read.cable.meta.date.when } : {};
}

/** Ingests a source, applies its sidecar, marks names, dates and speech (given registers), and encodes it as TEI. */
export function encodeSource(
  input: SourceInput,
  checkSidecar: (value: unknown, file: string, text: string) => Diagnostic[],
  annotator?: Annotator,
): Encoded {
  const reporter = new Reporter(input.file);
  const diagnostics = reporter.messages;
  // Each stage runs guarded: a defect in one stops this cable only, never the corpus.
  const read = readCable(input, checkSidecar, reporter);
  if (!read) return { diagnostics };
  if (!read.complete) return { cable: read.cable, diagnostics };
  let cable = read.cable;
  const parsed = { text: read.text };
  let counts: Counts | undefined;
  if (annotator) {
    const marked = reporter.guard('annotate', () => annotate(cable, new SourceText(parsed.text), annotator, reporter));
    if (!marked) return { cable, diagnostics };
    ({ cable, counts } = marked.value);
  }
  // Words the source writes twice in a row are marked (and kept), each with a note naming the first time.
  const src = new SourceText(parsed.text);
  const repeated = reporter.guard('repetition', () => markRepetitions(cable, src));
  if (repeated) {
    cable = repeated.value.cable;
    for (const f of repeated.value.found) {
      const at = src.position(f.second.start, f.second.end).start;
      const first = src.position(f.first.start, f.first.end).start;
      reporter.report(f.marked ? 'info' : 'warning', 'collate:repetition', `${f.words} words repeat those of line ${first.line}, column ${first.column} (a copyist's dittography)${f.marked ? ': marked as seg type="repetition" with a note, and kept' : ', but cross the edge of a name, a date or speech: not marked'}`, at);
    }
  }
  const encoded = cable;
  const xml = reporter.guard('encode', () => encodeTei(encoded, { ...(input.sourceName !== undefined ? { sourceName: input.sourceName } : {}), ...(input.edition ? { edition: input.edition } : {}), ...(input.witnesses ? { witnesses: input.witnesses } : {}) }))?.value;
  return { cable, ...(xml !== undefined ? { xml } : {}), diagnostics, ...(counts ? { counts } : {}) };
}
