/** Ingest: a source file's bytes to a typed Cable, by the shape the source has. */
import { Reporter } from '../diagnostics.js';
import type { Cable, Shape } from '../model.js';
import { SourceText } from '../source.js';
import { decodeSource } from './decode.js';
import { looksLikeFrus, parseFrus } from './frus.js';
import { parsePlain } from './plain.js';
import { parseWilsonSite, reportListing, siteLayout } from './wilson-site.js';
import { looksLikeWilson, parseWilson } from './wilson.js';

/** The shape of a source text. Wilson Center pages are told first (their lines and labels are unmistakable); the site's listing pages are plain. */
export function detectShape(text: string): Shape {
  if (looksLikeWilson(text)) return 'wilson';
  const site = siteLayout(text);
  if (site === 'listing') return 'plain';
  if (site) return 'wilson';
  if (looksLikeFrus(text)) return 'frus';
  return 'plain';
}

/** A Wilson Center page: in the labelled layout of its PDF export, or in one of the site's own layouts. */
function parseWilsonPage(src: SourceText, stem: string, reporter: Reporter): Cable {
  return looksLikeWilson(src.text) ? parseWilson(src, stem, reporter) : parseWilsonSite(src, stem, reporter);
}

const PARSERS: Record<Shape, (src: SourceText, stem: string, reporter: Reporter) => Cable> = {
  frus: parseFrus,
  wilson: parseWilsonPage,
  plain: parsePlain,
};

/** Parses a decoded source text. */
export function parseCable(text: string, stem: string, reporter: Reporter): Cable {
  const src = new SourceText(text);
  const shape = detectShape(text);
  if (shape === 'plain') reportListing(src, reporter);
  return PARSERS[shape](src, stem, reporter);
}

/** Decodes and parses a source file; null when nothing can be encoded (the reporter says why). */
export function ingest(bytes: Uint8Array, stem: string, reporter: Reporter): { cable: Cable; text: string } | null {
  const text = decodeSource(bytes, reporter);
  if (text === null) return null;
  return { cable: parseCable(text, stem, reporter), text };
}

export { Reporter };
