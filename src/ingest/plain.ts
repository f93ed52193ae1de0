/** Anything else: plain paragraphs. */
import type { Reporter } from '../diagnostics.js';
import type { Cable } from '../model.js';
import type { SourceText } from '../source.js';
import { splitBlocks } from './blocks.js';
import { bodyBlock } from './common.js';

/** What each known layout needs first, and this source lacks (it is read as plain, so it lacks them all). */
export const MISSING = [
  'FRUS: no source note (file number or archive) or head on the first line',
  'Wilson Center: no page date line with a title, Citation:/Contents: labels or Document Information',
];

/** Parses a text of no known shape as paragraphs, saying so and saying what each known layout missed. */
export function parsePlain(src: SourceText, stem: string, reporter: Reporter): Cable {
  reporter.warn('ingest:unknown-format', `not recognised as a FRUS or Wilson Center page copy (${MISSING.join('; ')}); encoded as plain paragraphs`, src.point(0));
  const ctx = { src, reporter };
  return {
    stem,
    shape: 'plain',
    opener: [],
    body: splitBlocks(src).map((b) => bodyBlock(ctx, b)),
    closer: [],
    footnotes: [],
    meta: { addressees: [], pages: [], missing: MISSING },
  };
}
