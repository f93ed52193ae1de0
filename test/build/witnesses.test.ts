/** The build finds the witnesses of one text, names them in each other's headers, and publishes their collation (issue 13). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { loadRng } from '../../src/schemas.js';
import { validateRng } from '../../src/validate/rng.js';
import { collateGroups, witnessInfo } from '../../src/build/witnesses.js';
import { witnessTokens } from '../../src/collate/text.js';
import { projectEdition } from '../../src/edition-config.js';
import { witnessLines } from '../../src/cli.js';
import type { CollationJson } from '../../src/collate/json.js';
import { buildFile, PROJECT_WITNESSES, ROOT } from '../helpers/ingest.js';
import { COPY, ORIGINAL, SAME_SUBJECT } from '../collate/helpers.js';

const out = mkdtempSync(join(tmpdir(), 'witnesses-'));
const cables = join(out, 'cables');
const options = { cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache') };
let report: BuildReport;
const read = (path: string): string => readFileSync(join(out, path), 'utf8');

beforeAll(async () => {
  mkdirSync(cables);
  writeFileSync(join(cables, 'a.txt'), ORIGINAL);
  writeFileSync(join(cables, 'b.txt'), COPY);
  writeFileSync(join(cables, 'c.txt'), SAME_SUBJECT);
  report = await build(options);
});

describe('the build’s witnesses', () => {
  it('groups the two copies and not the telegram on the same subject, and reports the group', () => {
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.witnesses!.map((g) => g.stems)).toEqual([['a', 'b']]);
    const line = witnessLines(report.witnesses!)[0]!;
    expect(line).toMatch(/^witnesses a b {2}\d+% of the shorter's word sequences shared {2}.*1 lacuna.*tei\/collations\/a\.xml .*html\/collations\/a\.html .*json\/collations\/a\.json$/);
  });

  it('names the other witness and the collation in each witness’s header, and nothing in the other cable’s', () => {
    expect(read('tei/a.xml')).toContain('<idno type="cable">b</idno>');
    expect(read('tei/a.xml')).toContain('<relatedItem type="collation" target="collations/a.xml"/>');
    expect(read('tei/b.xml')).toContain('<idno type="cable">a</idno>');
    expect(read('tei/c.xml')).not.toContain('relatedItem');
  });

  it('writes the collation as TEI valid against the project’s collation grammar, with the variant places typed', async () => {
    const tei = read('tei/collations/a.xml');
    expect(await validateRng([{ path: 'a.xml', contents: tei }], loadRng(join(ROOT, 'schema'), 'tei-collation.rng'))).toEqual([]);
    expect(tei).toContain('<witness xml:id="w_a">');
    expect(tei).toContain('<ref target="../a.xml">tei/a.xml</ref>');
    expect(tei).toMatch(/<app type="lacuna" xml:id="app\d+"><rdg wit="#w_a">authorities<\/rdg><rdg wit="#w_b"><gap reason="illegible"\/><\/rdg><\/app>/);
    expect(tei).toContain('<rdg wit="#w_b">Darien<note type="gloss">Dalian</note></rdg>');
    expect(tei).toContain('<rdg wit="#w_b"><supplied>under</supplied>took</rdg>');
    // The validator is not blind: a type the grammar does not know is refused.
    expect((await validateRng([{ path: 'a.xml', contents: tei.replace('type="lacuna"', 'type="spelling"') }], loadRng(join(ROOT, 'schema'), 'tei-collation.rng'))).length).toBeGreaterThan(0);
  });

  it('gives each reading’s offsets into its witness’s paragraphs in the JSON edition', () => {
    const json = JSON.parse(read('dist/json/collations/a.json')) as CollationJson;
    const paragraphs = Object.fromEntries(['a', 'b'].map((w) => [w, new Map((JSON.parse(read(`dist/json/${w}.json`)) as { paragraphs: { id: string; text: string }[] }).paragraphs.map((p) => [p.id, p.text]))]));
    expect(json.variants.length).toBe(5);
    let checked = 0;
    for (const v of json.variants) {
      for (const r of v.readings) {
        for (const s of r.spans) {
          const text = paragraphs[s.witness]!.get(s.paragraph)!.slice(s.start, s.end);
          // The reading's words stand there (its editors' signs aside: a gloss is not in the paragraph's text).
          const words = r.text.replace(/ ?\[[^\]]*\]/g, (m) => (m.includes('illegible') ? ' [illegible]' : /^\[/.test(m) ? m.slice(1, -1) : '')).trim();
          if (words) expect(text.replace(/\s+/g, ' ').trim()).toBe(words.replace(/\s+/g, ' '));
          else expect(s.start).toBe(s.end);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    const lacuna = json.variants.find((v) => v.type === 'lacuna')!;
    expect(lacuna.readings.map((r) => r.text)).toEqual(['authorities', '[illegible]']);
  });

  it('publishes a page with the witnesses side by side, linked from each witness’s page and from the index', () => {
    const page = read('dist/html/collations/a.html');
    expect(page).toContain('href="../a.html"');
    expect(page).toContain('href="../b.html"');
    expect(page).toContain('href="../index.html"');
    // Every variant place is marked in each witness's column and listed in the apparatus.
    expect(page.match(/<a href="#app\d+" class="var-link"/g)).toHaveLength(10);
    expect(page.match(/<li id="app\d+">/g)).toHaveLength(5);
    expect(read('dist/html/a.html')).toContain('href="collations/a.html"');
    expect(read('dist/html/b.html')).toContain('href="collations/a.html"');
    expect(read('dist/html/c.html')).not.toContain('collations/');
    expect(read('dist/html/index.html')).toContain('<a href="collations/a.html">');
  });

  it('is reproducible, and removes a collation whose group is gone', async () => {
    const before = read('tei/collations/a.xml');
    const again = await build(options);
    expect(read('tei/collations/a.xml')).toBe(before);
    expect(again.witnesses!.map((g) => g.stems)).toEqual([['a', 'b']]);
    rmSync(join(cables, 'b.txt'));
    const after = await build(options);
    expect(after.witnesses).toEqual([]);
    expect(existsSync(join(out, 'tei/collations/a.xml'))).toBe(false);
    expect(existsSync(join(out, 'dist/html/collations/a.html'))).toBe(false);
    expect(after.diagnostics.filter((d) => d.ruleId === 'output:removed').map((d) => d.file)).toEqual(expect.arrayContaining([expect.stringMatching(/tei\/collations\/a\.xml$/)]));
    expect(read('tei/a.xml')).not.toContain('relatedItem');
  });
});

describe('the project’s collations', () => {
  it('are committed in tei/collations/ exactly as the build makes them', () => {
    const texts = new Map(PROJECT_WITNESSES.groups.flatMap((g) => g.stems).map((s) => {
      const { cable } = buildFile(`cables/${s}.txt`);
      return [s, { tokens: witnessTokens(cable), info: witnessInfo(cable) }] as const;
    }));
    const made = collateGroups(PROJECT_WITNESSES.groups, texts, projectEdition());
    expect(made.map((c) => c.group.id)).toEqual(['001_1b218d7b1150b741']);
    for (const c of made) expect(readFileSync(`${ROOT}tei/collations/${c.group.id}.xml`, 'utf8')).toBe(c.tei);
  });
});

describe('a witness edited by hand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'witnesses-edited-'));
  const opts = { cablesDir: join(dir, 'cables'), teiDir: join(dir, 'tei'), distDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') };
  const at = (path: string): string => readFileSync(join(dir, path), 'utf8');
  let first: string;
  let edited: string;
  let second: BuildReport;

  beforeAll(async () => {
    mkdirSync(opts.cablesDir);
    writeFileSync(join(opts.cablesDir, 'a.txt'), ORIGINAL);
    writeFileSync(join(opts.cablesDir, 'b.txt'), COPY);
    await build(opts);
    first = at('tei/collations/a.xml');
    // The editor corrects a word of the copy (“tomorrow” read again as “today”) and, in the same sitting, drops its header's relations.
    const tei = at('tei/b.xml');
    expect(tei.match(/tomorrow/g)).toHaveLength(1);
    edited = tei.replace('tomorrow', 'today').replace(/\s*<relatedItem type="collation"[^>]*\/>/, '');
    expect(edited).not.toBe(tei);
    writeFileSync(join(opts.teiDir, 'b.xml'), edited);
    second = await build(opts);
  }, 600_000); // two builds

  it('collates the corrected text: the apparatus shows the editor’s reading, and the edited TEI is left byte for byte', () => {
    expect(first).not.toMatch(/<rdg wit="#w_b">today/);
    const tei = at('tei/collations/a.xml');
    expect(tei).toMatch(/<app type="substantive" xml:id="app\d+"><rdg wit="#w_a">tomorrow\.<\/rdg><rdg wit="#w_b">today\.<\/rdg><\/app>/);
    expect(at('tei/b.xml')).toBe(edited);
    expect(second.cables.find((c) => c.stem === 'b')!.diagnostics.map((d) => d.ruleId)).toContain('tei:hand-edited');
    expect(second.witnesses!.map((g) => g.stems)).toEqual([['a', 'b']]);
  });

  it('gives the corrected reading’s offsets into the paragraphs of the edited witness’s JSON', () => {
    const json = JSON.parse(at('dist/json/collations/a.json')) as CollationJson;
    const variant = json.variants.find((v) => v.readings.some((r) => r.text === 'today.'))!;
    const span = variant.readings.find((r) => r.text === 'today.')!.spans[0]!;
    const paragraphs = (JSON.parse(at('dist/json/b.json')) as { paragraphs: { id: string; text: string }[] }).paragraphs;
    expect(paragraphs.find((p) => p.id === span.paragraph)!.text.slice(span.start, span.end)).toBe('today.');
  });

  it('reports the relation the edited header no longer has, with the element to put back, and does not write it', () => {
    const relation = second.cables.find((c) => c.stem === 'b')!.diagnostics.filter((d) => d.ruleId === 'collate:relation');
    expect(relation).toHaveLength(1);
    expect(relation[0]!.severity).toBe('warning');
    expect(relation[0]!.message).toContain('<relatedItem type="collation" target="collations/a.xml"/>');
    expect(relation[0]!.file).toMatch(/tei\/b\.xml$/);
    expect(at('tei/b.xml')).not.toContain('type="collation"');
    // The witness whose TEI the build wrote names the other as before, and is not reported.
    expect(second.cables.find((c) => c.stem === 'a')!.diagnostics.filter((d) => d.ruleId.startsWith('collate:'))).toEqual([]);
    expect(at('tei/a.xml')).toContain('<relatedItem type="collation" target="collations/a.xml"/>');
  });
});
