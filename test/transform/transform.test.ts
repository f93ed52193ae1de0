import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { teiCorpus } from '../../src/corpus.js';
import { compileStylesheet } from '../../src/transform/compile.js';
import { jsonChecker } from '../../src/json-schema.js';
import { runStylesheet } from '../../src/transform/run.js';
import { CABLES, ROOT } from '../helpers/ingest.js';
import { compiledSheets } from '../helpers/sheets.js';

const checkJson = jsonChecker(JSON.parse(readFileSync(`${ROOT}schema/edition.schema.json`, 'utf8')));
const tei = (stem: string): string => readFileSync(`${ROOT}tei/${stem}.xml`, 'utf8');
let html: unknown;
let json: unknown;

beforeAll(() => {
  ({ html, json } = compiledSheets('html', 'json'));
});

/** Runs a stylesheet, failing the test on a diagnostic. */
function run(sef: unknown, source: string, params: Record<string, unknown> = {}): string {
  const r = runStylesheet(sef, source, 'test.xml', params);
  expect(r.diagnostics).toEqual([]);
  return r.output!;
}

describe('stylesheets', () => {
  it('are compiled once and reused until one of them changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xsl-'));
    cpSync(`${ROOT}transforms`, dir, { recursive: true });
    const cache = join(dir, '.cache');
    expect(compileStylesheet(dir, 'json.xsl', cache).compiled).toBe(true);
    expect(compileStylesheet(dir, 'json.xsl', cache).compiled).toBe(false);
    writeFileSync(join(dir, 'params.xsl'), readFileSync(join(dir, 'params.xsl'), 'utf8').replace('Harriman Cables', 'Other Cables'));
    const again = compileStylesheet(dir, 'json.xsl', cache);
    expect(again.compiled).toBe(true);
    expect(run(again.sef, teiCorpus('x', []))).toContain('Other Cables');
  });

  it('report a stylesheet that does not compile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xsl-'));
    writeFileSync(join(dir, 'bad.xsl'), '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:value-of select="1 +"/></xsl:template></xsl:stylesheet>');
    expect(() => compileStylesheet(dir, 'bad.xsl', join(dir, '.cache'))).toThrow(/could not compile bad\.xsl/);
  });
});

describe('JSON edition', () => {
  it.each(CABLES)('%s: valid against schema/edition.schema.json, with every paragraph of the TEI', (stem) => {
    const source = tei(stem);
    const value = JSON.parse(run(json, source)) as { id: string; paragraphs: unknown[]; source: { pages: string[] } };
    expect(checkJson(value, 'x.json')).toEqual([]);
    expect(value.id).toBe(stem);
    expect(value.paragraphs).toHaveLength((source.slice(source.indexOf('<text>')).match(/<p>/g) ?? []).length);
    expect(value.source.pages).toEqual([...source.matchAll(/<pb n="([^"]+)"/g)].map((m) => m[1]));
  });

  const FIXTURES = readdirSync(`${ROOT}test/fixtures/tei`).filter((n) => n.endsWith('.xml'));
  it.each(FIXTURES)('fixture %s: HTML with no message, JSON valid against the schema', (name) => {
    const source = readFileSync(`${ROOT}test/fixtures/tei/${name}`, 'utf8');
    expect(run(html, source)).toContain('<html');
    expect(checkJson(JSON.parse(run(json, source)), name)).toEqual([]);
  });

  it('gives the date, its source, the pages, the note, the addressee and the speech of 004', () => {
    const value = JSON.parse(run(json, tei('004_ee78402f5728550e')));
    expect(value.date).toMatchObject({ when: '1944-12-15', source: 'file-number' });
    expect(value.source.pages).toEqual(['379']);
    expect(value.notes).toEqual([{ n: '1', id: 'fn1', text: 'Sent by the United States Naval Attaché, Moscow, via Navy channels.' }]);
    expect(value.pageBreaks).toEqual([{ n: '379', paragraph: 'p3' }]);
    expect(value.addressees).toEqual([{ id: 'roosevelt', name: 'the President' }]);
    expect(value.sender).toEqual({ id: 'harriman', name: 'Harriman' });
    expect(value.statements).toContainEqual(expect.objectContaining({ speaker: 'stalin', direct: true, words: '“This can be discussed”', paragraph: 'p3' }));
    expect(value.dates).toContainEqual({ when: '1944-12-14', cert: 'medium', text: 'last night', block: 'p2' });
  });

  it.each(CABLES)('%s: every mention and statement is where its offsets say', (stem) => {
    const value = JSON.parse(run(json, tei(stem))) as {
      paragraphs: { id: string; text: string }[];
      mentions: { paragraph: string; start: number; end: number; surface: string }[];
      statements: { paragraph: string; start: number; end: number; words: string }[];
    };
    const text = new Map(value.paragraphs.map((p) => [p.id, p.text]));
    expect(value.mentions.length).toBeGreaterThan(0);
    for (const m of value.mentions) expect(text.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.surface);
    for (const s of value.statements) expect(text.get(s.paragraph)!.slice(s.start, s.end)).toBe(s.words);
  });

  it('lists in the edition every register entry the cables use, with its mentions', () => {
    const value = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei))));
    const stalin = value.registers.persons.find((e: { id: string }) => e.id === 'stalin');
    expect(stalin).toMatchObject({ type: 'person', name: 'Joseph Stalin', wikidata: 'Q855' });
    expect(new Set(stalin.mentions.map((m: { cable: string }) => m.cable))).toEqual(new Set(CABLES));
    const dalian = value.registers.places.find((e: { id: string }) => e.id === 'dalian');
    expect(new Set(dalian.mentions.map((m: { surface: string }) => m.surface))).toEqual(new Set(['Dairen', 'Darien']));
  });

  it('orders the edition’s cables by date, undated last, and is valid', () => {
    const value = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei))));
    expect(checkJson(value, 'edition.json')).toEqual([]);
    const dates = (value.cables as { date: { when: string } | null }[]).map((c) => c.date?.when ?? null);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
  });

  it('the schema rejects what it should', () => {
    const value = JSON.parse(run(json, tei('004_ee78402f5728550e')));
    delete value.id;
    value.date.when = '15 December 1944';
    const messages = checkJson(value, 'x.json').map((d) => d.message);
    expect(messages.some((m) => m.includes("must have required property 'id'"))).toBe(true);
    expect(messages.some((m) => m.includes('/date'))).toBe(true);
  });
});

describe('HTML edition', () => {
  it('shows speech as speech, its speaker named, and names as links to their entries', () => {
    const page = run(html, tei('004_ee78402f5728550e'));
    expect(page).toMatch(/<span class="said said-direct" data-tei="said" data-who="stalin" title="Direct speech of Joseph Stalin"><span class="speaker">Stalin<\/span> “This can be discussed”<\/span>/);
    expect(page).toContain('<a class="name placeName" href="places.html#vladivostok" title="Vladivostok" data-tei="placeName">Vladivostok</a>');
    expect(page).toMatch(/<dt>To<\/dt>\s*<dd><a class="name persName" href="persons.html#roosevelt"[^>]*>the President<\/a><\/dd>/);
  });

  it('lists every entry on its register page with each mention linked to its paragraph', () => {
    const page = run(html, teiCorpus('Edition', CABLES.map(tei)), { page: 'place' });
    expect(page).toContain('<section class="entry" id="dalian" aria-labelledby="dalian-name">');
    expect(page).toContain('<dd>Dalian, Dairen, Darien, Dalny</dd>');
    expect(page).toMatch(/<a href="004_ee78402f5728550e\.html#p2">Dairen \(p2\)<\/a>/);
  });

  it('shows the head, the page break, the note with links both ways, the metadata', () => {
    const page = run(html, tei('004_ee78402f5728550e'), { prev: 'a', next: 'b' });
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('[Page 379]');
    expect(page).toContain('href="#fn1"');
    expect(page).toContain('id="fn1"');
    expect(page).toContain('href="#fn1-ref"');
    expect(page).toContain('<time datetime="1944-12-15">15 December 1944</time>');
    expect(page).toContain('href="a.html"');
    expect(page).toContain('href="b.html"');
    expect(page).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css|woff)/);
  });

  it('shows the editors’ signs as such', () => {
    const page = run(html, tei('003_00770a608ea074b4'));
    expect((page.match(/class="gap"/g) ?? []).length).toBe((tei('003_00770a608ea074b4').match(/<gap /g) ?? []).length);
    expect(page).toMatch(/class="gloss"[^>]*> \[Dalian\]/);
  });

  it('keeps the text of an element it does not know, and says so', () => {
    const source = tei('004_ee78402f5728550e').replace('This latter did not', 'This <term>latter</term> did not');
    const r = runStylesheet(html, source, 'x.xml');
    expect(r.output).toContain('<span class="tei-term" data-tei="term">latter</span>');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'x.xml', severity: 'warning', ruleId: 'xslt:unrendered', message: '<term> in <p> has no rendering of its own; its text is shown as it is' })]);
  });

  it('shows a name whose entry is missing, unlinked, and says so', () => {
    const source = tei('004_ee78402f5728550e').replace(/<place xml:id="harbin">[\s\S]*?<\/place>/, '');
    const r = runStylesheet(html, source, 'x.xml');
    expect(r.output).toContain('<span class="name unresolved placeName" data-tei="placeName">Harbin</span>');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['xslt:dangling-pointer']);
    const data = runStylesheet(json, source, 'x.xml');
    expect(data.output).toBeDefined();
  });

  it('lists the cables by date on the index page', () => {
    const index = run(html, teiCorpus('Edition', CABLES.map(tei)));
    const order = [...index.matchAll(/<a href="([^"#]+)\.html">/g)].map((m) => m[1]).filter((s) => CABLES.includes(s!));
    expect(new Set(order)).toEqual(new Set(CABLES));
    const dates = [...index.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('links are never live from content (issue 10, point 3)', () => {
  it('a hand-edited idno, a prev/next stem or an archive URL cannot make a javascript: link', () => {
    const stem = CABLES.find((s) => /<bibl type="archive">[\s\S]*?<ref target="https?:/.test(tei(s)))!;
    const xml = tei(stem)
      .replace(/(<bibl type="archive">[\s\S]*?<ref target=")[^"]*"/, '$1javascript:alert(1)"')
      .replace(/<idno type="cable">[^<]*<\/idno>/, '<idno type="cable">javascript:alert(2)</idno>');
    const page = run(html, xml, { prev: 'javascript:alert(3)', next: 'a b#c' });
    expect(page).not.toMatch(/href="\s*javascript:/i);
    expect(page).toContain('href="javascript%3Aalert%283%29.html"');
    expect(page).toContain('href="a%20b%23c.html"');
    const index = run(html, teiCorpus('x', [xml]));
    expect(index).not.toMatch(/href="\s*javascript:/i);
    expect(index).toContain('href="javascript%3Aalert%282%29.html"');
  });
});
