/**
 * A build past one machine: `--shard K/N` encodes, validates and publishes the cables of shard K of N (a
 * stable split by name) and records what it did in `dist/shards/K-of-N.json`; `--merge`, on the union of
 * every shard's `tei/` and `dist/` folders, takes those records into the manifest and builds the rest (the
 * corpus pages, `edition.json`, the corpus file, the collations, the search index) as a rebuild would,
 * remaking only what a shard could not know. The merged edition is byte for byte the one-machine build's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import { fingerprint, type Manifest, type ManifestEntry } from './manifest.js';
import { guardedWrite } from './tei-files.js';
import { cableOutputs } from './outputs.js';
import { encodedPath } from './encode-cache.js';

/** One shard of N: `index` from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** The folder of the shards' records, inside the dist folder. */
export const SHARDS_DIR = 'shards';

/** `K/N` as a shard, or why it is not one. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return `--shard ${text}: give the shard as K/N, e.g. 2/8`;
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: K must be from 1 to N`;
  return { index, count };
}

/** The shard (from 1) a cable belongs to: from the SHA-256 of its name, so the same for every machine, run and corpus. */
export function shardOf(name: string, count: number): number {
  return (Number.parseInt(fingerprint(name).slice('sha256:'.length, 'sha256:'.length + 8), 16) % count) + 1;
}

/** What a shard's record says: which corpus it was a part of, and the manifest entry of each of its cables (null: none). */
interface ShardRecord {
  shard: number;
  of: number;
  /** The fingerprint of every cable's name in the corpus (see corpusPrint). */
  corpus: string;
  cables: Record<string, ManifestEntry | null>;
}

/** The fingerprint of a corpus's cables by name: the shards and the merge must have seen the same cables. */
export function corpusPrint(names: readonly string[]): string {
  return fingerprint([...names].sort().join('\n'));
}

/**
 * Writes the record of shard K of N (deterministic: names sorted), and beside it `K-of-N.files`, the files
 * the shard made for its cables, one a line, relative to the folder that holds the TEI and dist folders
 * (`tar -cf shard.tar -T dist/shards/K-of-N.files`): what a CI job hands on to the merge, and nothing
 * else, so that no shard's copy of another's file can overwrite the newer one.
 */
export function writeShardRecord(dirs: { teiDir: string; distDir: string }, shard: Shard, corpus: string, names: readonly string[], manifest: Manifest, sink: Diagnostic[]): void {
  const cables: Record<string, ManifestEntry | null> = {};
  const sorted = [...names].sort();
  for (const name of sorted) cables[name] = manifest.cables.get(name) ?? null;
  const record: ShardRecord = { shard: shard.index, of: shard.count, corpus, cables };
  const base = join(dirs.distDir, SHARDS_DIR, `${shard.index}-of-${shard.count}`);
  guardedWrite(`${base}.json`, `${JSON.stringify(record, null, 2)}\n`, sink);
  const root = dirname(dirs.distDir);
  const files = [
    ...sorted.flatMap((n) => [join(dirs.teiDir, `${n}.xml`), ...Object.values(cableOutputs(dirs.distDir, n)), encodedPath(dirs.distDir, n)]),
    `${base}.json`,
  ].filter((p) => existsSync(p));
  guardedWrite(`${base}.files`, files.map((p) => (dirname(dirs.teiDir) === root ? relative(root, p).split(sep).join('/') : p)).join('\n') + '\n', sink);
}

/**
 * Reads every shard's record for a merge and takes their entries into the manifest. An error
 * (`shard:missing`, `shard:mismatch`) when there is no record, when shards of different N are mixed, when
 * one of 1..N is missing, or when a shard saw other cables than the merge; the manifest is then left as it is.
 */
export function mergeShardRecords(distDir: string, corpus: string, manifest: Manifest, sink: Diagnostic[]): boolean {
  const dir = join(distDir, SHARDS_DIR);
  const error = (file: string, ruleId: string, message: string): false => {
    sink.push({ file: displayPath(file), line: 1, column: 1, severity: 'error', ruleId, message: `${message}; nothing was merged` });
    return false;
  };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^\d+-of-\d+\.json$/.test(n));
  } catch {
    names = [];
  }
  if (names.length === 0) return error(dir, 'shard:missing', 'no shard record here: run the build with --shard K/N for each K, and put their tei/ and dist/ folders together, first');
  const records: ShardRecord[] = [];
  for (const name of names) {
    try {
      const value = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ShardRecord;
      if (!Number.isInteger(value.shard) || !Number.isInteger(value.of) || typeof value.corpus !== 'string' || typeof value.cables !== 'object' || value.cables === null) throw new Error('not a shard record');
      records.push(value);
    } catch (e) {
      return error(join(dir, name), 'shard:mismatch', `cannot read this shard record (${(e as Error).message})`);
    }
  }
  const counts = [...new Set(records.map((r) => r.of))];
  if (counts.length > 1) return error(dir, 'shard:mismatch', `records of splits into ${counts.sort((a, b) => a - b).join(' and ')} shards are mixed; keep one split's records only`);
  const n = counts[0]!;
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !records.some((r) => r.shard === k));
  if (missing.length) return error(dir, 'shard:missing', `no record of shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`);
  const other = records.find((r) => r.corpus !== corpus);
  if (other) return error(join(dir, `${other.shard}-of-${other.of}.json`), 'shard:mismatch', 'this shard was built from other cables than those of the merge');
  for (const r of records) {
    for (const [name, entry] of Object.entries(r.cables)) {
      if (entry) manifest.cables.set(name, entry);
      else manifest.cables.delete(name);
    }
  }
  return true;
}
