/** The transforms run in a pool of worker threads; what they make does not depend on the number of workers. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, jobsFor, type BuildReport } from '../../src/build.js';
import { defaultJobs, transformRunner } from '../../src/transform/pool.js';
import { ROOT } from '../helpers/ingest.js';
import { compiledSheets } from '../helpers/sheets.js';

/** Every file under a folder, by its path relative to it, with its contents. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** A report with the output folder taken out of its paths, to compare two builds made in two folders. */
function portable(report: BuildReport, out: string): string {
  return JSON.stringify(report).split(relative(process.cwd(), out)).join('OUT');
}

describe('one worker or two', () => {
  const outs: Record<number, string> = {};
  const reports: Record<number, BuildReport> = {};
  beforeAll(async () => {
    // The seeds and the fixtures: every layout, notes, gaps, glosses, speech, a page break in a paragraph.
    const cables = mkdtempSync(join(tmpdir(), 'jobs-cables-'));
    for (const name of readdirSync(join(ROOT, 'cables')).filter((n) => n.endsWith('.txt') || n.endsWith('.json'))) copyFileSync(join(ROOT, 'cables', name), join(cables, name));
    for (const name of readdirSync(join(ROOT, 'test', 'fixtures', 'sources'))) copyFileSync(join(ROOT, 'test', 'fixtures', 'sources', name), join(cables, `fx-${name}`));
    // One stylesheet cache for both builds: the compiled stylesheets are the same, and compiling them twice is most of the time.
    const cacheDir = mkdtempSync(join(tmpdir(), 'jobs-cache-'));
    for (const jobs of [1, 2]) {
      outs[jobs] = mkdtempSync(join(tmpdir(), `jobs-${jobs}-`));
      reports[jobs] = await build({ cablesDir: cables, teiDir: join(outs[jobs]!, 'tei'), distDir: join(outs[jobs]!, 'dist'), cacheDir, jobs });
    }
  }, 600_000);

  it('writes the same files, byte for byte', () => {
    const one = tree(join(outs[1]!, 'dist'));
    const two = tree(join(outs[2]!, 'dist'));
    expect([...two.keys()]).toEqual([...one.keys()]);
    expect(one.size).toBeGreaterThan(100);
    for (const [path, text] of one) expect(two.get(path), path).toBe(text);
    expect(tree(join(outs[2]!, 'tei'))).toEqual(tree(join(outs[1]!, 'tei')));
  });

  it('reports the same, in the same order', () => {
    expect(reports[1]!.cables.length).toBeGreaterThan(25);
    expect(reports[1]!.cables.filter((c) => c.html && c.json).length).toBe(reports[1]!.cables.filter((c) => c.tei).length);
    // Whether the stylesheets were compiled differs by design (the first build compiled them for both).
    expect(portable({ ...reports[2]!, compiled: true }, outs[2]!)).toBe(portable(reports[1]!, outs[1]!));
  });
});

describe('the pool', () => {
  it('gives each task its own result, and a stylesheet error as a diagnostic of that task', async () => {
    const sef = compiledSheets('dc').dc;
    const runner = transformRunner({ dc: sef }, 2);
    try {
      const tei = (title: string): string =>
        `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p/></body></text></TEI>`;
      const results = await Promise.all(['One', 'Two', 'Three', 'Four', 'Five'].map((t) => runner.run({ sheet: 'dc', source: tei(t), file: `${t}.xml`, params: {} })));
      expect(results.map((r) => /<dc:title>(.*)<\/dc:title>/.exec(r.output ?? '')?.[1])).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
      const broken = await runner.run({ sheet: 'dc', source: '<TEI', file: 'broken.xml', params: {} });
      expect(broken.output).toBeUndefined();
      expect(broken.diagnostics[0]).toMatchObject({ file: 'broken.xml', severity: 'error' });
      const unknown = await runner.run({ sheet: 'nope', source: tei('x'), file: 'x.xml', params: {} });
      expect(unknown.diagnostics[0]).toMatchObject({ file: 'x.xml', ruleId: 'internal:exception' });
    } finally {
      await runner.close();
    }
  });

  it('runs one job for a small corpus, one a core for a large one, and as many as asked', () => {
    expect(jobsFor(undefined, [4000, 5000])).toBe(1);
    expect(jobsFor(undefined, [3_000_000])).toBe(defaultJobs());
    expect(jobsFor(undefined, Array.from({ length: 40 }, () => 5000))).toBe(defaultJobs());
    expect(jobsFor(3, [10])).toBe(3);
    expect(jobsFor(0, [10])).toBe(1);
  });
});
