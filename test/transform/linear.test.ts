/**
 * The stylesheets cost what their output costs: paragraph ids, footnote ids and offsets come from one pass
 * over a document (accumulators), and agree with their definitions; a cable of a single paragraph of
 * 100,000 characters transforms (counting earlier nodes at each name, as the stylesheets once did, took
 * minutes for it), and so do its register page and the edition.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { teiCorpus } from '../../src/corpus.js';
import { jsonChecker } from '../../src/json-schema.js';
import { longCable } from '../../src/long-cable.js';
import { encodeSource } from '../../src/pipeline.js';
import { compileStylesheet } from '../../src/transform/compile.js';
import { parseXml, runStylesheet } from '../../src/transform/run.js';
import { ANNOTATOR, CABLES, checkSidecar, ROOT } from '../helpers/ingest.js';

const checkJson = jsonChecker(JSON.parse(readFileSync(`${ROOT}schema/edition.schema.json`, 'utf8')));
const tei = (stem: string): string => readFileSync(`${ROOT}tei/${stem}.xml`, 'utf8');
const FIXTURES = readdirSync(`${ROOT}test/fixtures/tei`).filter((n) => n.endsWith('.xml'));
let html: unknown;
let json: unknown;
let reference: unknown;

beforeAll(() => {
  // Compiled afresh, in a folder of this test's own (the reference's cache key would not cover the common.xsl it imports).
  const cache = mkdtempSync(join(tmpdir(), 'sef-'));
  html = compileStylesheet(`${ROOT}transforms`, 'html.xsl', cache).sef;
  json = compileStylesheet(`${ROOT}transforms`, 'json.xsl', cache).sef;
  reference = compileStylesheet(`${ROOT}test/transform`, 'reference.xsl', cache).sef;
});

/** Where common.xsl's functions and their definitions differ in a document: one line each. */
function differences(source: string): string {
  const r = runStylesheet(reference, source, 'test.xml');
  expect(r.diagnostics).toEqual([]);
  return r.output ?? ''; // SaxonJS gives no result for an empty text
}

describe('paragraph ids, footnote ids, block ids, offsets and entries', () => {
  it.each([...CABLES.map((s) => `tei/${s}.xml`), ...FIXTURES.map((n) => `test/fixtures/tei/${n}`)])('%s: as their definitions give them', (path) => {
    expect(differences(readFileSync(ROOT + path, 'utf8'))).toBe('');
  });

  it('in a teiCorpus, counted within each cable', () => {
    expect(differences(teiCorpus('Edition', CABLES.map(tei)))).toBe('');
  });

  it('with footnotes that have no number, line breaks and gaps in a paragraph, and names in its notes', () => {
    const source = tei('004_ee78402f5728550e')
      .replace(/(<note[^>]*place="foot"[^>]*?) n="[^"]*"/g, '$1')
      .replace('He went into the next room', 'He went <gap reason="illegible"/> into the<lb/>next room')
      .replace(/(<note[^>]*place="foot"[^>]*>)/, '$1<persName ref="#stalin">Stalin</persName> <gap reason="illegible"/><lb/>');
    expect(source).toContain('<lb/>next room');
    expect(source).not.toMatch(/<note[^>]*place="foot"[^>]* n=/);
    expect(differences(source)).toBe('');
    const value = JSON.parse(runStylesheet(json, source, 'x.xml').output!) as { head: string; paragraphs: { id: string; text: string }[]; notes: { id: string; text: string }[]; mentions: { paragraph: string; start: number; end: number; surface: string }[] };
    const text = new Map([...value.paragraphs, ...value.notes].map((p) => [p.id, p.text]));
    text.set('head', value.head);
    expect(value.mentions).toContainEqual(expect.objectContaining({ id: 'stalin', paragraph: 'fn1', start: 0, end: 6 }));
    for (const m of value.mentions) expect(text.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('a long cable', () => {
  it('of one paragraph of 100,000 characters gives its HTML and JSON, every offset right, and its corpus pages', () => {
    const encoded = encodeSource({ stem: 'long', file: 'long.txt', bytes: new TextEncoder().encode(longCable(100_000)) }, checkSidecar, ANNOTATOR);
    const source = encoded.xml!;
    const names = (source.match(/<(persName|placeName|orgName) ref=/g) ?? []).length;
    expect(names).toBeGreaterThan(3000);

    const page = runStylesheet(html, source, 'long.xml');
    expect(page.diagnostics).toEqual([]);
    expect(page.output).toContain('<p data-tei="p" id="p1">');
    expect((page.output!.match(/<a class="name /g) ?? []).length).toBe(names);

    const data = runStylesheet(json, source, 'long.xml');
    expect(data.diagnostics).toEqual([]);
    const value = JSON.parse(data.output!) as {
      paragraphs: { id: string; text: string }[];
      mentions: { paragraph: string; start: number; end: number; surface: string }[];
      statements: { paragraph: string; start: number; end: number; words: string }[];
    };
    expect(checkJson(value, 'long.json')).toEqual([]);
    expect(value.paragraphs.map((p) => p.id)).toEqual(['p1']);
    const text = value.paragraphs[0]!.text;
    expect(text.length).toBeGreaterThan(90_000);
    expect(value.mentions.length).toBeGreaterThan(3000);
    const inP1 = value.mentions.filter((m) => m.paragraph === 'p1');
    expect(inP1.length).toBeGreaterThan(3000);
    for (const m of inP1) expect(text.slice(m.start, m.end)).toBe(m.surface);
    for (const s of value.statements.filter((x) => x.paragraph === 'p1')) expect(text.slice(s.start, s.end)).toBe(s.words);

    // Its register page and the edition link each mention to its block.
    const corpus = parseXml(teiCorpus('Edition', [source]));
    const persons = runStylesheet(html, corpus, 'corpus.xml', { page: 'person' });
    expect(persons.diagnostics).toEqual([]);
    const body = source.slice(source.indexOf('<text>'), source.indexOf('</text>'));
    expect((persons.output!.match(/<a href="long\.html#p1">/g) ?? []).length).toBe((body.slice(body.indexOf('<p>'), body.indexOf('</p>')).match(/<persName ref=|<said who=/g) ?? []).length);
    expect((persons.output!.match(/<a href="long\.html#/g) ?? []).length).toBe((body.match(/<persName ref=|<said who=/g) ?? []).length);
    const edition = JSON.parse(runStylesheet(json, corpus, 'corpus.xml').output!) as { registers: { places: { mentions: { block: string }[] }[] } };
    expect(edition.registers.places.flatMap((e) => e.mentions).length).toBe((body.match(/<placeName ref=/g) ?? []).length);
  });
});
