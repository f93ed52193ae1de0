/** The apparatus in the JSON edition: dist/json/collations/<group>.json, every variant place with each witness's reading and its offsets. */
import type { EditionConfig } from '../edition-config.js';
import { uriOf } from '../edition-config.js';
import type { Apparatus, WitnessReading } from './apparatus.js';
import type { WitnessPair } from './detect.js';
import { witnessId, type WitnessInfo } from './tei.js';
import { tokenText, type Token } from './text.js';

/** Where a reading stands in a witness: a paragraph of the witness's JSON (its id) and offsets into its `text`. */
export interface Span {
  witness: string;
  paragraph: string;
  start: number;
  end: number;
}

/** A collation as the JSON edition gives it (schema/collation.schema.json). */
export interface CollationJson {
  id: string;
  uri: string;
  base: string;
  witnesses: { id: string; xmlId: string; title: string; date: string | null; archive: string | null; url: string | null; fileNumber: string | null; tei: string; html: string; json: string }[];
  pairs: WitnessPair[];
  counts: Apparatus['counts'];
  variants: { id: string; type: string; readings: { witnesses: string[]; text: string; spans: Span[] }[] }[];
}

/** Spans of a witness's reading: one a paragraph it touches; an empty reading is the point where it would stand. */
export function spansOf(r: WitnessReading, all: readonly Token[]): Span[] {
  if (r.tokens.length === 0) {
    const before = all[r.after];
    const after = all[r.after + 1];
    if (before) return [{ witness: r.witness, paragraph: before.paragraph, start: before.end, end: before.end }];
    return after ? [{ witness: r.witness, paragraph: after.paragraph, start: after.start, end: after.start }] : [];
  }
  const out: Span[] = [];
  for (const t of r.tokens) {
    const last = out[out.length - 1];
    if (last && last.paragraph === t.paragraph) last.end = t.end;
    else out.push({ witness: r.witness, paragraph: t.paragraph, start: t.start, end: t.end });
  }
  return out;
}

/** The JSON of a group's collation. */
export function collationJson(group: string, apparatus: Apparatus, witnesses: readonly WitnessInfo[], tokens: ReadonlyMap<string, readonly Token[]>, pairs: readonly WitnessPair[], edition: EditionConfig): CollationJson {
  const info = new Map(witnesses.map((w) => [w.stem, w]));
  return {
    id: group,
    uri: uriOf(edition, 'collation', group),
    base: apparatus.witnesses[0]!,
    witnesses: apparatus.witnesses.map((stem) => {
      const w = info.get(stem);
      const name = encodeURIComponent(stem);
      return {
        id: stem,
        xmlId: witnessId(stem),
        title: w?.title ?? stem,
        date: w?.date ?? null,
        archive: w?.archive ?? (w?.shape === 'frus' ? 'Foreign Relations of the United States' : null),
        url: w?.url ?? null,
        fileNumber: w?.fileNumber ?? w?.archiveFile ?? null,
        tei: `tei/${name}.xml`,
        html: `../../html/${name}.html`,
        json: `../${name}.json`,
      };
    }),
    pairs: [...pairs],
    counts: apparatus.counts,
    variants: apparatus.segments.flatMap((s) =>
      s.kind === 'app'
        ? [
            {
              id: `app${s.n}`,
              type: s.type,
              readings: s.readings.map((r) => ({
                witnesses: r.witnesses,
                text: r.byWitness[0]!.tokens.map(tokenText).join(' '),
                spans: r.byWitness.flatMap((b) => spansOf(b, tokens.get(b.witness) ?? [])),
              })),
            },
          ]
        : [],
    ),
  };
}
