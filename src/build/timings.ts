/**
 * What a build tells `BuildOptions.onTiming`, for `npm run bench`: the wall time of each of its stages, and the
 * time each stylesheet run took in the thread that ran it. Measuring, never deciding: no output depends on it.
 */
import type { TransformTask } from '../transform/pool.js';

/**
 * The build's stages, in their order: `encode` (configuration, registers, witnesses' detection, ingest, annotate,
 * encode, the TEI files, the manifest and the review file), `validate` (RELAX NG and the rules), `edition` (dist/tei/edition.xml), `compile` (the
 * stylesheets, or their cached SEF), `publish` (every stylesheet run: the cables' HTML, JSON and catalogue
 * records, and the corpus pages, and the publish keys and manifest around them), `search` (the search index and the CSV tables), `collate` (the witnesses' collations).
 */
export type BuildStage = 'encode' | 'validate' | 'edition' | 'compile' | 'publish' | 'search' | 'collate';

export type Timing =
  /** A stage's wall time. */
  | { stage: BuildStage; ms: number }
  /** One stylesheet run of the publish stage (with the parameters it ran with), the file it made, and its time in its thread (parsing the source included). */
  | { task: TransformTask; output: string; ms: number };

/** A stopwatch for the stages: each call reports the time since the previous one (or since it was made) under the stage named. */
export function stageClock(onTiming: ((t: Timing) => void) | undefined): (stage: BuildStage) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onTiming?.({ stage, ms: now - last });
    last = now;
  };
}
