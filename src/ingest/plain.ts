/** Anything else: plain paragraphs. */
import type { Reporter } from '../diagnostics.js';
import type { Cable } from '../model.js';
import type { SourceText } from '../source.js';
import { splitBlocks } from './blocks.js';
import { bodyBlock } from './common.js';

/** Parses a text of no known shape as paragraphs, saying so. */
export function parsePlain(src: SourceText, stem: string, reporter: Reporter): Cable {
  reporter.warn('ingest:unknown-format', 'not recognised as a FRUS or Wilson Center page copy; encoded as plain paragraphs', src.point(0));
  const ctx = { src, reporter };
  return {
    stem,
    shape: 'plain',
    opener: [],
    body: splitBlocks(src).map((b) => bodyBlock(ctx, b)),
    closer: [],
    footnotes: [],
    meta: { addressees: [], pages: [] },
  };
}
