/** A defect in any stage stops one cable, never the corpus: the stage is made to throw for one cable. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CABLES, ROOT } from '../helpers/ingest.js';

/** Which stage throws, and for which cable (its stem). */
const faulty = vi.hoisted(() => ({ stage: '', stem: '' }));

vi.mock('../../src/ingest/index.js', async (original) => {
  const mod = await original<typeof import('../../src/ingest/index.js')>();
  return {
    ...mod,
    ingest: (bytes: Uint8Array, stem: string, reporter: import('../../src/diagnostics.js').Reporter) => {
      if (faulty.stage === 'ingest' && stem === faulty.stem) throw new TypeError("Cannot read properties of undefined (reading 'docType')");
      return mod.ingest(bytes, stem, reporter);
    },
  };
});
vi.mock('../../src/annotate/index.js', async (original) => {
  const mod = await original<typeof import('../../src/annotate/index.js')>();
  return {
    ...mod,
    annotate: (...args: Parameters<typeof mod.annotate>) => {
      if (faulty.stage === 'annotate' && args[0].stem === faulty.stem) throw new RangeError('annotate went wrong');
      return mod.annotate(...args);
    },
  };
});
vi.mock('../../src/encode/tei.js', async (original) => {
  const mod = await original<typeof import('../../src/encode/tei.js')>();
  return {
    ...mod,
    encodeTei: (...args: Parameters<typeof mod.encodeTei>) => {
      if (faulty.stage === 'encode' && args[0].stem === faulty.stem) throw new Error('encode went wrong');
      return mod.encodeTei(...args);
    },
  };
});
vi.mock('../../src/transform/run.js', async (original) => {
  const mod = await original<typeof import('../../src/transform/run.js')>();
  return {
    ...mod,
    runStylesheet: (...args: Parameters<typeof mod.runStylesheet>) => {
      if (faulty.stage === 'transform' && args[2].includes(faulty.stem)) throw new Error('transform went wrong');
      return mod.runStylesheet(...args);
    },
  };
});

const { build } = await import('../../src/build.js');

describe('a stage that throws for one cable', () => {
  let cables: string;
  const three = CABLES.slice(0, 3);
  beforeAll(() => {
    cables = mkdtempSync(join(tmpdir(), 'isolation-'));
    for (const stem of three) copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
  });

  for (const stage of ['ingest', 'annotate', 'encode', 'transform']) {
    it(`${stage}: that cable fails with internal:exception, the others are built`, async () => {
      faulty.stage = stage;
      faulty.stem = three[1]!;
      const out = mkdtempSync(join(tmpdir(), 'isolation-out-'));
      mkdirSync(out, { recursive: true });
      const report = await build({ cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(ROOT, 'node_modules', '.cache', 'cables-sef') });
      expect(report.ok).toBe(false);
      const bad = report.cables.find((c) => c.stem === faulty.stem)!;
      expect(bad.ok).toBe(false);
      const internal = bad.diagnostics.filter((d) => d.ruleId === 'internal:exception');
      expect(internal.length).toBeGreaterThan(0);
      expect(internal[0]!.message).toContain(`the ${stage} stage failed`);
      expect(internal[0]!.file).toMatch(new RegExp(`${faulty.stem}\\.(txt|xml)$`));
      for (const other of three.filter((s) => s !== faulty.stem)) {
        const r = report.cables.find((c) => c.stem === other)!;
        expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
        expect(existsSync(join(out, 'tei', `${other}.xml`))).toBe(true);
        expect(existsSync(join(out, 'dist', 'html', `${other}.html`))).toBe(true);
        expect(existsSync(join(out, 'dist', 'json', `${other}.json`))).toBe(true);
      }
      // Corpus pages are still made.
      expect(existsSync(join(out, 'dist', 'html', 'index.html'))).toBe(true);
    });
  }
});
