/** The editor's loop: a saved source or TEI is built again, once, and said in one line; the build's own writes start nothing. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions, type BuildReport } from '../../src/build.js';
import { watchBuild, watchLine, type Watcher } from '../../src/watch.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('build-tei --watch', () => {
  const cables = mkdtempSync(join(tmpdir(), 'watch-'));
  const out = mkdtempSync(join(tmpdir(), 'watch-out-'));
  const options: BuildOptions = { cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), jobs: 1 };
  const [a, b] = [CABLES[0]!, CABLES[4]!];
  const lines: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  let watcher: Watcher;
  const next = (): Promise<string> => new Promise((resolve) => (waiting = resolve));
  beforeAll(async () => {
    for (const stem of [a, b]) copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
    expect((await build(options)).ok).toBe(true);
    watcher = watchBuild(options, (line) => {
      lines.push(line);
      waiting?.(line);
    }, 100);
  }, 120_000);
  afterAll(async () => {
    await watcher?.close();
  });

  it('builds a saved source again, and says which', async () => {
    const source = join(cables, `${a}.txt`);
    const built = next();
    writeFileSync(source, readFileSync(source, 'utf8').replace(/\bthe\b/, 'the watched'));
    const line = await built;
    expect(line).toMatch(new RegExp(`^${a}\\.txt changed: published again: ${a}`));
    expect(readFileSync(join(out, 'dist', 'html', `${a}.html`), 'utf8')).toContain('the watched');
  }, 120_000);

  it('publishes a TEI saved by hand, and its own writes start no other build', async () => {
    const tei = join(out, 'tei', `${b}.xml`);
    const built = next();
    const [head, body] = readFileSync(tei, 'utf8').split('<body>') as [string, string];
    writeFileSync(tei, `${head}<body>${body.replace(/ the /, ' the hand-corrected ')}`);
    const line = await built;
    expect(line).toMatch(new RegExp(`^tei/${b}\\.xml changed: published again: ${b}, corpus pages made; no error`));
    expect(readFileSync(join(out, 'dist', 'html', `${b}.html`), 'utf8')).toContain('the hand-corrected');
    const count = lines.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(lines.length).toBe(count);
  }, 120_000);

  it('says in one line what a build made again', () => {
    const report = { cables: [{ stem: 'x', unchanged: true, ok: true }, { stem: 'y', ok: false }], diagnostics: [], compiled: false, ok: false, corpusUnchanged: true } as unknown as BuildReport;
    expect(watchLine(['y.txt'], report, 1234)).toBe('y.txt changed: published again: y; 1 with errors (1.2 s)');
  });
});
