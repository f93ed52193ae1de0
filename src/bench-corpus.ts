/**
 * The benchmark's corpus: N cables made from the project's own, the cables themselves first, then
 * variants of them under new names (`bench00005.txt` …) with their sidecars, in which about a third of the
 * body's common words are replaced: distinct texts of the same layouts, names and dates, not copies (which
 * the build would rightly collate as witnesses of one text, hundreds to a group).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSources, PROJECT_ROOT } from './build.js';

/** Writes N bench cables into `dir` (an existing folder), from the cables of `from` (default: the project's). */
export function writeBenchCorpus(dir: string, n: number, from = join(PROJECT_ROOT, 'cables')): void {
  const sources = listSources(from);
  for (let i = 0; i < n; i++) {
    const source = sources[i % sources.length]!;
    const stem = `bench${String(i).padStart(5, '0')}`;
    if (i < sources.length) copyFileSync(source, join(dir, `${stem}.txt`));
    else writeFileSync(join(dir, `${stem}.txt`), variant(readFileSync(source, 'utf8'), i));
    const sidecar = source.replace(/\.txt$/, '.json');
    if (existsSync(sidecar)) copyFileSync(sidecar, join(dir, `${stem}.json`));
  }
}

const VOCABULARY = ['agreement', 'question', 'position', 'railway', 'frontier', 'proposal', 'treaty', 'discussion', 'commission', 'settlement', 'garrison', 'province', 'delegation', 'memorandum', 'concession', 'harbour', 'interest', 'assurance', 'arrangement', 'statement'];

/**
 * A variant of a cable's text: in its long lines (paragraphs, not the heading's), about a third of the
 * lower-case words of four letters or more replaced by words of a fixed list, chosen by a generator seeded
 * with `seed`: the same variant every run.
 */
export function variant(text: string, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  return text
    .split('\n')
    .map((line) => (line.length < 120 ? line : line.replace(/\b[a-z]{4,}\b/g, (w) => (next() < 0.4 ? VOCABULARY[Math.floor(next() * VOCABULARY.length)]! : w))))
    .join('\n');
}

