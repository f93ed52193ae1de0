/** Ingest: a source file's bytes to a typed Cable, by the shape the source has. */
import { Reporter } from '../diagnostics.js';
import type { Cable, Shape } from '../model.js';
import { SourceText } from '../source.js';
import { decodeSource } from './decode.js';
import { looksLikeFrus, parseFrus } from './frus.js';
import { parsePlain } from './plain.js';
import { looksLikeWilson, parseWilson } from './wilson.js';

/** The shape of a source text. */
export function detectShape(text: string): Shape {
  if (looksLikeFrus(text)) return 'frus';
  if (looksLikeWilson(text)) return 'wilson';
  return 'plain';
}

const PARSERS: Record<Shape, (src: SourceText, stem: string, reporter: Reporter) => Cable> = {
  frus: parseFrus,
  wilson: parseWilson,
  plain: parsePlain,
};

/** Parses a decoded source text. */
export function parseCable(text: string, stem: string, reporter: Reporter): Cable {
  return PARSERS[detectShape(text)](new SourceText(text), stem, reporter);
}

/** Decodes and parses a source file; null when nothing can be encoded (the reporter says why). */
export function ingest(bytes: Uint8Array, stem: string, reporter: Reporter): { cable: Cable; text: string } | null {
  const text = decodeSource(bytes, reporter);
  if (text === null) return null;
  return { cable: parseCable(text, stem, reporter), text };
}

export { Reporter };
