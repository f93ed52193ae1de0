/** A build past one machine: shards of the corpus built apart, then merged, make the one-machine edition. */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { parseShard, shardOf } from '../../src/build/shards.js';
import { ROOT } from '../helpers/ingest.js';

/** Every file under a folder, by its path relative to it, with its contents; the build's caches and the shards' records left out. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (rel === '.cache' || rel === 'shards') continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(rel.split(sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('parseShard and shardOf', () => {
  it('reads K/N and refuses what is not a shard', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/3']) expect(typeof parseShard(bad), bad).toBe('string');
  });

  it('splits names stably, into every shard, each name into one', () => {
    const names = Array.from({ length: 400 }, (_, i) => `cable-${i}`);
    const split = names.map((n) => shardOf(n, 4));
    expect(names.map((n) => shardOf(n, 4))).toEqual(split);
    for (const k of [1, 2, 3, 4]) expect(split.filter((s) => s === k).length).toBeGreaterThan(50);
    expect(names.every((n) => shardOf(n, 1) === 1)).toBe(true);
  });
});

describe('--shard K/N, then --merge', () => {
  const dirs: Record<string, string> = {};
  const reports: Record<string, BuildReport> = {};
  let cables = '';
  let cacheDir = '';
  const run = async (key: string, extra: { shard?: { index: number; count: number }; merge?: boolean }): Promise<BuildReport> => {
    dirs[key] ??= mkdtempSync(join(tmpdir(), `shards-${key.replace('/', '-')}-`));
    reports[key] = await build({ cablesDir: cables, teiDir: join(dirs[key]!, 'tei'), distDir: join(dirs[key]!, 'dist'), cacheDir, ...extra });
    return reports[key]!;
  };

  beforeAll(async () => {
    // The seeds (two of them witnesses of one telegram, a sidecar) and some fixtures of other layouts, some undated.
    cables = mkdtempSync(join(tmpdir(), 'shards-cables-'));
    for (const name of readdirSync(join(ROOT, 'cables')).filter((n) => n.endsWith('.txt') || n.endsWith('.json'))) copyFileSync(join(ROOT, 'cables', name), join(cables, name));
    for (const name of readdirSync(join(ROOT, 'test', 'fixtures', 'sources')).sort().slice(0, 10)) copyFileSync(join(ROOT, 'test', 'fixtures', 'sources', name), join(cables, `fx-${name}`));
    cacheDir = mkdtempSync(join(tmpdir(), 'shards-cache-'));
    await run('one', {});
    await run('1/2', { shard: { index: 1, count: 2 } });
    await run('2/2', { shard: { index: 2, count: 2 } });
    // The merge job: the files each shard lists as its own put together, as a CI matrix's artifacts are unpacked into one checkout.
    dirs.merged = mkdtempSync(join(tmpdir(), 'shards-merged-'));
    for (const [k, index] of [['1/2', 1], ['2/2', 2]] as const) {
      const files = readFileSync(join(dirs[k]!, 'dist', 'shards', `${index}-of-2.files`), 'utf8').split('\n').filter(Boolean);
      for (const f of files) cpSync(join(dirs[k]!, f), join(dirs.merged, f));
    }
    await run('merged', { merge: true });
  }, 900_000);

  it('builds in each shard its own cables only, and no corpus page', () => {
    const names = reports.one!.cables.map((c) => c.stem);
    for (const [k, index] of [['1/2', 1], ['2/2', 2]] as const) {
      const own = reports[k]!.cables.map((c) => c.stem);
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((n) => shardOf(n, 2) === index)).toBe(true);
      expect(readdirSync(join(dirs[k]!, 'tei')).filter((n) => n.endsWith('.xml')).sort()).toEqual(own.map((n) => `${n}.xml`).sort());
      expect(existsSync(join(dirs[k]!, 'dist', 'html', 'index.html'))).toBe(false);
      expect(existsSync(join(dirs[k]!, 'tei', 'build-manifest.json'))).toBe(false);
      const listed = readFileSync(join(dirs[k]!, 'dist', 'shards', `${index}-of-2.files`), 'utf8').split('\n').filter(Boolean);
      expect(listed).toContain(`dist/shards/${index}-of-2.json`);
      expect(listed).toContain(`tei/${own[0]}.xml`);
      expect(listed).toContain(`dist/html/${own[0]}.html`);
      expect(listed.every((f) => !f.startsWith('/') && existsSync(join(dirs[k]!, f)))).toBe(true);
    }
    expect([...reports['1/2']!.cables, ...reports['2/2']!.cables].map((c) => c.stem).sort()).toEqual([...names].sort());
  });

  it('merges into the one-machine edition, byte for byte', () => {
    expect(reports.merged!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const one = tree(join(dirs.one!, 'dist'));
    const merged = tree(join(dirs.merged!, 'dist'));
    expect(one.has('html/index.html') && one.has('json/edition.json') && one.has('tei/edition.xml')).toBe(true);
    expect([...one.keys()].some((p) => p.startsWith('html/collations/'))).toBe(true);
    expect([...merged.keys()]).toEqual([...one.keys()]);
    for (const [path, text] of one) expect(merged.get(path), path).toBe(text);
    expect(tree(join(dirs.merged!, 'tei'))).toEqual(tree(join(dirs.one!, 'tei')));
    // The pages' links to the cables before and after, which cross the shards, were right from the shards: no cable was published again.
    expect(reports.merged!.cables.filter((c) => !c.unchanged).map((c) => c.stem)).toEqual([]);
    // Nor encoded again, but the witnesses, which a build always encodes for their collation.
    const witnesses = new Set((reports.one!.witnesses ?? []).flatMap((g) => g.stems));
    expect(witnesses.size).toBeGreaterThan(1);
    expect(reports.merged!.cables.filter((c) => !c.reused).map((c) => c.stem).sort()).toEqual([...witnesses].sort());
    expect(reports.merged!.cables.map((c) => c.ok)).toEqual(reports.one!.cables.map((c) => c.ok));
  });

  it('refuses to merge when a shard is missing, and writes nothing', async () => {
    dirs.half = mkdtempSync(join(tmpdir(), 'shards-half-'));
    cpSync(dirs['1/2']!, dirs.half, { recursive: true });
    const report = await run('half', { merge: true });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('shard:missing');
    expect(report.diagnostics.find((d) => d.ruleId === 'shard:missing')!.message).toContain('2/2');
    expect(existsSync(join(dirs.half, 'dist', 'html', 'index.html'))).toBe(false);
    rmSync(dirs.half, { recursive: true, force: true });
  });
});
