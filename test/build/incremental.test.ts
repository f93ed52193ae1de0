/** A build makes again only what changed: a cable's pages are left as they are while what they are made from is the same. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('incremental builds', () => {
  let cables: string;
  let out: string;
  const three = CABLES.slice(0, 3);
  const run = (force = false): Promise<BuildReport> => build({ cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), force });
  const page = (stem: string): string => join(out, 'dist', 'html', `${stem}.html`);
  const lines = (r: BuildReport): string => JSON.stringify(r.cables.map((c) => ({ ...c, unchanged: undefined })));
  let first: BuildReport;
  beforeAll(async () => {
    cables = mkdtempSync(join(tmpdir(), 'incremental-'));
    out = mkdtempSync(join(tmpdir(), 'incremental-out-'));
    for (const stem of three) {
      copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
      if (existsSync(join(ROOT, 'cables', `${stem}.json`))) copyFileSync(join(ROOT, 'cables', `${stem}.json`), join(cables, `${stem}.json`));
    }
    first = await run();
  });

  it('makes every page the first time, and none when nothing changed, with the same report', async () => {
    expect(first.ok).toBe(true);
    expect(first.cables.filter((c) => c.unchanged)).toEqual([]);
    const before = three.map((s) => [readFileSync(page(s), 'utf8'), statSync(page(s)).mtimeMs] as const);
    const again = await run();
    expect(again.cables.every((c) => c.unchanged)).toBe(true);
    expect(lines(again)).toBe(lines(first));
    three.forEach((s, i) => {
      expect(readFileSync(page(s), 'utf8')).toBe(before[i]![0]);
      expect(statSync(page(s)).mtimeMs).toBe(before[i]![1]);
    });
    const manifest = JSON.parse(readFileSync(join(out, 'tei', 'build-manifest.json'), 'utf8')) as { cables: Record<string, { valid?: string; published?: string }> };
    for (const s of three) expect(manifest.cables[s]).toMatchObject({ valid: expect.stringMatching(/^sha256:/), published: expect.stringMatching(/^sha256:/) });
  });

  it('makes again the cable whose source changed, and leaves its neighbours when its date did not change', async () => {
    const [a, b] = three as [string, string, string];
    const source = join(cables, `${b}.txt`);
    const text = readFileSync(source, 'utf8');
    const word = /\b(agreed|said|told)\b/.exec(text)![0];
    writeFileSync(source, text.replace(word, `${word} promptly`));
    try {
      const r = await run();
      const changed = r.cables.find((c) => c.stem === b)!;
      expect(changed.unchanged).toBeUndefined();
      expect(readFileSync(page(b), 'utf8')).toContain(`${word} promptly`);
      expect(r.cables.find((c) => c.stem === a)!.unchanged).toBe(true);
      expect(readFileSync(join(out, 'dist', 'json', 'edition.json'), 'utf8')).toContain(b);
    } finally {
      writeFileSync(source, text);
    }
  });

  it('makes a page again when it is missing, and every page with --force', async () => {
    const [a] = three as [string];
    await run();
    rmSync(page(a));
    const r = await run();
    expect(r.cables.find((c) => c.stem === a)!.unchanged).toBeUndefined();
    expect(existsSync(page(a))).toBe(true);
    const forced = await run(true);
    expect(forced.cables.filter((c) => c.unchanged)).toEqual([]);
    expect(lines(forced)).toBe(lines(first));
  });
});
