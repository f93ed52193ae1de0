/** The build tells onTiming (npm run bench's figures) each stage and each stylesheet run, and measuring changes nothing it makes. */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { stageClock, type Timing } from '../../src/build/timings.js';
import { corpusOutputs } from '../../src/build/outputs.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('the stage clock', () => {
  it('reports under each stage the time since the stage before', async () => {
    const told: Timing[] = [];
    const lap = stageClock((t) => told.push(t));
    await new Promise((r) => setTimeout(r, 30));
    lap('encode');
    lap('validate');
    expect(told.map((t) => ('stage' in t ? t.stage : ''))).toEqual(['encode', 'validate']);
    expect(told[0]!.ms).toBeGreaterThanOrEqual(25);
    expect(told[1]!.ms).toBeLessThan(told[0]!.ms);
    expect(() => stageClock(undefined)('encode')).not.toThrow();
  });
});

describe('a build with onTiming', () => {
  const timings: Timing[] = [];
  const again: Timing[] = [];
  let report: BuildReport;
  let wall = 0;
  let out = '';
  const stems = CABLES.slice(0, 2);
  beforeAll(async () => {
    const cables = mkdtempSync(join(tmpdir(), 'timings-cables-'));
    for (const stem of stems) copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
    out = mkdtempSync(join(tmpdir(), 'timings-out-'));
    const options = { cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist') };
    const started = performance.now();
    report = await build({ ...options, onTiming: (t) => timings.push(t) });
    wall = performance.now() - started;
    await build({ ...options, onTiming: (t) => again.push(t) });
  }, 600_000);

  it('tells every stage in the build’s order, within the build’s time', () => {
    expect(report.ok).toBe(true);
    const stages = timings.flatMap((t) => ('stage' in t ? [t.stage] : []));
    expect([...new Set(stages)]).toEqual(['encode', 'validate', 'edition', 'compile', 'publish', 'search', 'collate']);
    const sum = timings.reduce((a, t) => a + ('stage' in t ? t.ms : 0), 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(wall);
  });

  it('tells each stylesheet run with the file it made: three a cable and every corpus page', () => {
    const runs = timings.flatMap((t) => ('task' in t ? [t] : []));
    const outputs = runs.map((r) => r.output);
    for (const stem of stems) {
      for (const p of [join(out, 'dist', 'html', `${stem}.html`), join(out, 'dist', 'json', `${stem}.json`), join(out, 'dist', 'dc', `${stem}.xml`)]) expect(outputs).toContain(p);
    }
    for (const page of corpusOutputs(join(out, 'dist'))) expect(outputs).toContain(page);
    expect(runs).toHaveLength(3 * stems.length + corpusOutputs(join(out, 'dist')).length);
    for (const r of runs) {
      expect(existsSync(r.output)).toBe(true);
      expect(r.ms).toBeGreaterThan(0);
    }
    // The parameters the run had, the edition's with the cable's own: what the bench gives the reference tools.
    const [a, b] = stems.map((stem) => runs.find((r) => r.output.endsWith(`${stem}.html`))!.task.params);
    expect(a).toHaveProperty('edition-title', b!['edition-title']);
    // The two cables link to each other, in one order or the other by their dates.
    const links = [`${a!.prev}>${a!.next}`, `${b!.prev}>${b!.next}`];
    expect([[`>${stems[1]}`, `${stems[0]}>`], [`${stems[1]}>`, `>${stems[0]}`]]).toContainEqual(links);
  });

  it('tells no stylesheet run when nothing changed', () => {
    expect(again.some((t) => 'task' in t)).toBe(false);
    expect(again.some((t) => 'stage' in t && t.stage === 'publish')).toBe(true);
  });
});
