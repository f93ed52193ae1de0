/** A build makes again only what changed: a cable's TEI, its pages and the corpus pages are left as they are while what they are made from is the same. */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('incremental builds', () => {
  let cables: string;
  let out: string;
  const three = CABLES.slice(0, 3);
  let registersDir: string;
  const run = (force = false): Promise<BuildReport> => build({ cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), registersDir, force });
  const page = (stem: string): string => join(out, 'dist', 'html', `${stem}.html`);
  const lines = (r: BuildReport): string => JSON.stringify(r.cables.map((c) => ({ ...c, unchanged: undefined, reused: undefined })));
  const index = (): string => join(out, 'dist', 'html', 'index.html');
  let first: BuildReport;
  beforeAll(async () => {
    cables = mkdtempSync(join(tmpdir(), 'incremental-'));
    out = mkdtempSync(join(tmpdir(), 'incremental-out-'));
    registersDir = join(out, 'registers');
    cpSync(join(ROOT, 'tei', 'authority'), registersDir, { recursive: true });
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
    const indexBefore = statSync(index()).mtimeMs;
    expect(first.cables.filter((c) => c.reused)).toEqual([]);
    expect(first.corpusUnchanged).toBeUndefined();
    const again = await run();
    expect(again.cables.every((c) => c.unchanged)).toBe(true);
    // Not encoded again either: the report (with the encoder's messages and counts) is the same.
    expect(again.cables.every((c) => c.reused)).toBe(true);
    expect(lines(again)).toBe(lines(first));
    expect(again.corpusUnchanged).toBe(true);
    expect(statSync(index()).mtimeMs).toBe(indexBefore);
    three.forEach((s, i) => {
      expect(readFileSync(page(s), 'utf8')).toBe(before[i]![0]);
      expect(statSync(page(s)).mtimeMs).toBe(before[i]![1]);
    });
    const manifest = JSON.parse(readFileSync(join(out, 'tei', 'build-manifest.json'), 'utf8')) as { cables: Record<string, { valid?: string; published?: string; tei: string }> };
    for (const s of three) expect(manifest.cables[s]).toMatchObject({ valid: expect.stringMatching(/^sha256:/), published: expect.stringMatching(/^sha256:/) });
    // What the encoder said of each cable, and what the corpus pages were made from, are kept with the outputs.
    for (const s of three) expect(JSON.parse(readFileSync(join(out, 'dist', '.cache', 'encoded', `${s}.json`), 'utf8'))).toMatchObject({ key: expect.stringMatching(/^sha256:/), tei: manifest.cables[s]!.tei });
    expect(JSON.parse(readFileSync(join(out, 'dist', '.cache', 'corpus.json'), 'utf8')).key).toMatch(/^sha256:/);
  });

  it('encodes every cable again when the registers change, and a cable again when the encoder’s record of it is gone', async () => {
    const persons = join(registersDir, 'persons.xml');
    const registers = readFileSync(persons, 'utf8');
    writeFileSync(persons, `${registers}<!-- a comment: the registers' bytes changed -->\n`);
    try {
      const r = await run();
      expect(r.cables.filter((c) => c.reused)).toEqual([]);
      expect(lines(r)).toBe(lines(first));
    } finally {
      writeFileSync(persons, registers);
    }
    // The registers as they were: encoded again (what the last build made was made from the others).
    expect((await run()).cables.filter((c) => c.reused)).toEqual([]);
    // The encoder's record is gone: the cable is encoded again, the others are not.
    const [a] = three as [string];
    rmSync(join(out, 'dist', '.cache', 'encoded', `${a}.json`));
    const r = await run();
    expect(r.cables.filter((c) => !c.reused).map((c) => c.stem)).toEqual([a]);
    expect(lines(r)).toBe(lines(first));
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
      expect(changed.reused).toBeUndefined();
      expect(r.cables.filter((c) => c.reused).map((c) => c.stem)).toEqual(three.filter((s) => s !== b));
      expect(r.corpusUnchanged).toBeUndefined();
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
    rmSync(index());
    const again = await run();
    expect(again.corpusUnchanged).toBeUndefined();
    expect(existsSync(index())).toBe(true);
    const forced = await run(true);
    expect(forced.cables.filter((c) => c.unchanged || c.reused)).toEqual([]);
    expect(forced.corpusUnchanged).toBeUndefined();
    expect(lines(forced)).toBe(lines(first));
  });
});
