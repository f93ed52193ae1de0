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

/** The text of a page from a string to the next occurrence of another. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from).toBeGreaterThanOrEqual(0);
  return text.slice(from, text.indexOf(end, from));
}

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
    // the pages of the header's range (from the page before the first marker), every marker among them
    const scope = /<biblScope unit="page" from="(\d+)" to="(\d+)"/.exec(source);
    const range = scope ? Array.from({ length: +scope[2]! - +scope[1]! + 1 }, (_, k) => String(+scope[1]! + k)) : [];
    expect(value.source.pages).toEqual(range);
    for (const m of source.matchAll(/<pb n="([^"]+)"/g)) expect(value.source.pages).toContain(m[1]);
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
    expect(value.source.pages).toEqual(['378', '379']); // [Page 379] only: the text before it stands on page 378
    expect(value.notes).toEqual([
      { id: 'note1', type: 'source', n: null, text: '761.93/12–1544: Telegram', paragraph: null, start: null, end: null },
      { id: 'fn1', type: 'foot', n: '1', text: 'Sent by the United States Naval Attaché, Moscow, via Navy channels.', paragraph: 'head', start: 62, end: 62 },
    ]);
    expect(value.head.slice(value.notes[1].start)).toBe(''); // the note stands after the head's last word
    const p3 = value.paragraphs.find((p: { id: string }) => p.id === 'p3').text as string;
    expect(value.pageBreaks).toEqual([{ n: '379', paragraph: 'p3', start: p3.indexOf('interested. In answer'), end: p3.indexOf('interested. In answer') }]);
    expect(value.addressees).toEqual([{ id: 'roosevelt', name: 'Franklin D. Roosevelt', wording: 'the President' }]);
    expect(value.sender).toEqual({ id: 'harriman', name: 'W. Averell Harriman', wording: 'Harriman' });
    expect(value.opener).toEqual([{ id: 'opener1', type: 'classification', text: 'top secret' }]);
    expect(value.closer).toEqual([]);
    expect(value.statements).toContainEqual(expect.objectContaining({ speaker: 'stalin', direct: true, words: '“This can be discussed”', paragraph: 'p3' }));
    expect(value.dates).toContainEqual({ when: '1944-12-14', cert: 'medium', text: 'last night', block: 'p2', start: 23, end: 33 });
    expect(value.mentions).toContainEqual({ id: 'harriman', type: 'person', paragraph: 'head', start: 36, end: 44, surface: 'Harriman' });
    expect(value.mentions).toContainEqual(expect.objectContaining({ id: 'us-navy', paragraph: 'fn1', surface: 'Navy' }));
  });

  it('places a page that begins between paragraphs at the start of the next one (000: page 969 begins with p9)', () => {
    const value = JSON.parse(run(json, tei('000_fb8a52e7ff6220c4'))) as { pageBreaks: unknown[] };
    expect(value.pageBreaks).toEqual([expect.objectContaining({ n: '968', paragraph: 'p1' }), { n: '969', paragraph: 'p9', start: 0, end: 0 }]);
    // the HTML page marks it in a line of its own before the same paragraph
    const page = run(html, tei('000_fb8a52e7ff6220c4'));
    expect(page).toMatch(/<p class="pb-line"><span class="pb" id="page-969"[^]*?<\/p>\s*<p data-tei="p" id="p9"/);
  });

  it('writes a gap as its reason says, [omitted] or [illegible], and counts offsets past it', () => {
    const source = readFileSync(`${ROOT}test/fixtures/tei/frus-roosevelt-papers.xml`, 'utf8');
    expect(source).toContain('<gap reason="omitted"/>');
    const value = JSON.parse(run(json, source));
    const texts = value.paragraphs.map((p: { text: string }) => p.text).join('\n');
    expect(texts).toContain('[omitted]');
    expect(texts).not.toContain('[illegible]');
    const withGap = tei('004_ee78402f5728550e').replace('He went into the next room', 'He went <gap reason="omitted"/> into the next <placeName ref="#moscow">room</placeName>');
    const v = JSON.parse(run(json, withGap));
    const p2 = v.paragraphs.find((p: { id: string }) => p.id === 'p2').text as string;
    expect(p2).toContain('He went [omitted] into the next room');
    const m = v.mentions.find((x: { surface: string; paragraph: string }) => x.paragraph === 'p2' && x.surface === 'room');
    expect(p2.slice(m.start, m.end)).toBe('room');
  });

  it('gives the provenance and files the build passes, and null provenance when it passes none', () => {
    const sha = 'a'.repeat(64);
    const value = JSON.parse(run(json, tei('004_ee78402f5728550e'), { provenance: JSON.stringify({ '004_ee78402f5728550e': { source: '004_ee78402f5728550e.txt', sha256: sha } }), 'tei-dir': '../tei/' }));
    expect(value.provenance).toEqual({ source: '004_ee78402f5728550e.txt', sha256: sha });
    expect(value.files).toEqual({ json: '004_ee78402f5728550e.json', html: '../html/004_ee78402f5728550e.html', tei: '../tei/004_ee78402f5728550e.xml' });
    expect(checkJson(value, 'x.json')).toEqual([]);
    expect(JSON.parse(run(json, tei('004_ee78402f5728550e'))).provenance).toBeNull();
    const bad = { ...value, provenance: { source: 'x.txt', sha256: 'not-a-checksum' } };
    expect(checkJson(bad, 'x.json')).not.toEqual([]);
  });

  it.each([...CABLES.map((s) => `tei/${s}.xml`), ...readdirSync(`${ROOT}test/fixtures/tei`).map((n) => `test/fixtures/tei/${n}`)])('%s: every word of the TEI text is in the cable’s JSON, as often', (path) => {
    const source = readFileSync(`${ROOT}${path}`, 'utf8');
    const value = JSON.parse(run(json, source));
    const text = source.slice(source.indexOf('<text>'), source.indexOf('</text>'));
    const count = (s: string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const w of s.match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    const teiWords = count(text.replace(/<\/?(?:supplied|persName|placeName|orgName|date|said|hi|seg|pb|idno|gap)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    const jsonWords = count([value.head ?? '', ...value.opener.map((l: { text: string }) => l.text), ...value.paragraphs.map((p: { text: string }) => p.text), ...value.closer.map((l: { text: string }) => l.text), ...value.notes.map((n: { text: string }) => n.text)].join(' '));
    const missing = [...teiWords].filter(([w, n]) => (jsonWords.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
  });

  it.each(CABLES)('%s: every mention and statement is where its offsets say', (stem) => {
    const value = JSON.parse(run(json, tei(stem))) as {
      paragraphs: { id: string; text: string }[];
      mentions: { paragraph: string; start: number; end: number; surface: string }[];
      statements: { paragraph: string; start: number; end: number; words: string }[];
    };
    const v = value as typeof value & { head: string | null; opener: { id: string; text: string }[]; closer: { id: string; text: string }[]; notes: { id: string; text: string; paragraph: string | null; start: number | null }[]; dates: { block: string; start: number; end: number; text: string }[]; pageBreaks: { paragraph: string | null; start: number | null }[] };
    const text = new Map([...value.paragraphs, ...v.opener, ...v.closer, ...v.notes].map((p) => [p.id, p.text]));
    if (v.head !== null) text.set('head', v.head);
    for (const d of v.dates) expect(text.get(d.block)!.slice(d.start, d.end)).toBe(d.text);
    for (const x of [...v.notes, ...v.pageBreaks]) if (x.paragraph !== null) expect(x.start).toBeLessThanOrEqual(text.get(x.paragraph)!.length);
    expect(value.mentions.length).toBeGreaterThan(0);
    for (const m of value.mentions) expect(text.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.surface);
    for (const s of value.statements) expect(text.get(s.paragraph)!.slice(s.start, s.end)).toBe(s.words);
  });

  it('lists in the edition every register entry the cables use, with its mentions', () => {
    const value = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei))));
    const stalin = value.registers.persons.find((e: { id: string }) => e.id === 'stalin');
    expect(stalin).toMatchObject({ type: 'person', name: 'Joseph Stalin', wikidata: 'Q855', geo: null });
    const moscow = value.registers.places.find((e: { id: string }) => e.id === 'moscow');
    expect(typeof moscow.geo.lat).toBe('number');
    expect(moscow.geo.lat).toBeCloseTo(55.75, 1);
    expect(moscow.geo.lon).toBeCloseTo(37.6, 0);
    expect(new Set(stalin.mentions.map((m: { cable: string }) => m.cable))).toEqual(new Set(CABLES));
    const dalian = value.registers.places.find((e: { id: string }) => e.id === 'dalian');
    expect(new Set(dalian.mentions.map((m: { surface: string }) => m.surface))).toEqual(new Set(['Dairen', 'Darien', 'Dalian'])); // Dalian in the editors' glosses
  });

  it('gives a person’s life dates as the register has them, null where it has none or for a place', () => {
    // 004 with two synthetic persons, one with a birth day and a death year, one with no dates, each named once.
    const source = tei('004_ee78402f5728550e')
      .replace('<listPerson>', '<listPerson><person xml:id="testdated"><persName type="reg">Dated, Anna</persName><persName type="variant">Anna Dated</persName><birth when="1890-05-01"/><death when="1950"/></person><person xml:id="testundated"><persName type="reg">Undated, Ben</persName><persName type="variant">Ben Undated</persName></person>')
      .replace(/(<body>[\s\S]*?<\/p>)/, '$1<p>Then <persName ref="#testdated">Anna Dated</persName> met <persName ref="#testundated">Ben Undated</persName>.</p>');
    const value = JSON.parse(run(json, teiCorpus('Edition', [source])));
    expect(checkJson(value, 'edition.json')).toEqual([]);
    const find = (id: string) => value.registers.persons.find((e: { id: string }) => e.id === id);
    expect(find('testdated')).toMatchObject({ name: 'Anna Dated', birth: '1890-05-01', death: '1950' });
    expect(find('testundated')).toMatchObject({ name: 'Ben Undated', birth: null, death: null });
    expect(value.registers.places.every((e: { birth: unknown; death: unknown }) => e.birth === null && e.death === null)).toBe(true);
    // what a register holds is what the JSON says, for every person of the project's cables
    const edition = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei))));
    for (const p of edition.registers.persons as { id: string; birth: string | null; death: string | null }[]) {
      const entry = new RegExp(`<person xml:id="${p.id}">[\\s\\S]*?</person>`).exec(CABLES.map(tei).join(''))![0];
      expect([p.birth, p.death], p.id).toEqual([/<birth when="([^"]+)"/.exec(entry)?.[1] ?? null, /<death when="([^"]+)"/.exec(entry)?.[1] ?? null]);
    }
    // a malformed date in a hand-edited standOff does not pass the schema
    const bad = JSON.parse(run(json, teiCorpus('Edition', [source.replace('<death when="1950"/>', '<death when="around 1950"/>')])));
    expect(checkJson(bad, 'edition.json').length).toBeGreaterThan(0);
  });

  it('orders the edition’s cables by date, undated last, and is valid', () => {
    const value = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei))));
    expect(checkJson(value, 'edition.json')).toEqual([]);
    const dates = (value.cables as { date: { when: string } | null }[]).map((c) => c.date?.when ?? null);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
  });

  it('names each cable’s fellow witnesses and their collation, as its header does, in its JSON and in the edition', () => {
    const header = (xml: string): { witnesses: string[]; collation: string | null } => ({
      witnesses: [...xml.matchAll(/<relatedItem type="witness">[\s\S]*?<idno type="cable">([^<]+)<\/idno>/g)].map((m) => m[1]!),
      collation: /<relatedItem type="collation" target="(?:.*\/)?([^/"]+)\.xml"/.exec(xml)?.[1] ?? null,
    });
    const edition = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei)))) as { cables: { id: string; witnesses: string[]; collation: string | null }[] };
    let grouped = 0;
    for (const stem of CABLES) {
      const expected = header(tei(stem));
      grouped += expected.witnesses.length;
      const value = JSON.parse(run(json, tei(stem)));
      expect({ witnesses: value.witnesses, collation: value.collation }, stem).toEqual(expected);
      const entry = edition.cables.find((c) => c.id === stem)!;
      expect({ witnesses: entry.witnesses, collation: entry.collation }, stem).toEqual(expected);
    }
    // The project's cables hold one group of witnesses: the check above compared something.
    expect(grouped).toBeGreaterThan(0);
  });

  it('says the edition’s version, publisher and licence, and lists every cable’s files', () => {
    const value = JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei)), { 'edition-version': '2026-11-24', 'edition-licence': 'CC BY 4.0', 'edition-licence-url': 'https://creativecommons.org/licenses/by/4.0/' }));
    expect(value).toMatchObject({ version: '2026-11-24', publisher: 'The cables-tei project', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } });
    expect(value.cables.map((c: { files: { json: string } }) => c.files.json).sort()).toEqual(CABLES.map((s) => `${s}.json`).sort());
    expect(checkJson(value, 'edition.json')).toEqual([]);
    // without parameters, what the cables' headers say
    expect(JSON.parse(run(json, teiCorpus('Edition', CABLES.map(tei)))).licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('the schema has a URN for its $id, not an example address', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}schema/edition.schema.json`, 'utf8'));
    expect(schema.$id).toMatch(/^urn:[a-z0-9-]+:/);
    expect(JSON.stringify(schema)).not.toContain('example.org');
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
    expect(page).toMatch(/<span class="said said-direct" data-tei="said" data-who="stalin" title="Direct speech of Joseph Stalin"><span class="speaker">Stalin<\/span>“This can be discussed”<\/span>/);
    // a quotation inside its own speaker's report gets no second label
    expect(page).toMatch(/<span class="said said-direct" data-tei="said" data-who="stalin" title="Direct speech of Joseph Stalin">“all outlets/);
    expect(page).toContain('<a class="name placeName" href="places.html#vladivostok" title="Vladivostok" data-tei="placeName">Vladivostok</a>');
    // the speech is shown plain until the reader ticks the box that comes before the text
    expect(page).toMatch(/<input type="checkbox" id="show-speech" class="toggle"><label for="show-speech" class="toggle-label">[^<]+<\/label><div class="text">/);
  });

  it('gives From and To the register’s name, the cable’s words beside it', () => {
    const page = run(html, tei('004_ee78402f5728550e'));
    expect(page).toMatch(/<dt>To<\/dt>\s*<dd><a class="name persName" href="persons.html#roosevelt"[^>]*>Franklin D. Roosevelt<\/a> <span class="wording"[^>]*>\(the President\)<\/span><\/dd>/);
    expect(page).toMatch(/<dt>From<\/dt>\s*<dd><a class="name persName" href="persons.html#harriman"[^>]*>W. Averell Harriman<\/a> <span class="wording"[^>]*>\(Harriman\)<\/span><\/dd>/);
  });

  it('marks a page break at its place in the line and in the margin', () => {
    const page = run(html, tei('004_ee78402f5728550e'));
    expect(page).toContain('in which he was <span class="pb" id="page-379" data-tei="pb" data-n="379"><span class="pb-mark" aria-hidden="true">|</span><span class="pb-n">[Page 379]</span></span>interested');
  });

  it('links the cable’s TEI, its JSON and the archive’s page, and gives the citation tags a reference manager reads', () => {
    const page = run(html, tei('004_ee78402f5728550e'), { 'edition-publisher': 'The cables-tei project', 'edition-version': '2026-11-23' });
    const meta = (name: string): string[] => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, 'g'))].map((m) => m[1]!);
    expect(meta('citation_title')).toEqual(['The Ambassador in the Soviet Union (Harriman) to the President, 15 December 1944']);
    expect(meta('citation_author')).toEqual(['Harriman, W. Averell']);
    expect(meta('citation_date')).toEqual(['1944/12/15']);
    expect(meta('citation_publisher')).toEqual(['The cables-tei project']);
    expect(meta('citation_firstpage')).toEqual(['378']);
    expect(meta('citation_lastpage')).toEqual(['379']);
    expect(meta('citation_public_url')).toEqual([]); // the URI is a URN: no public URL to give
    expect(page).toContain('<a href="../../tei/004_ee78402f5728550e.xml" type="application/tei+xml">TEI XML</a>');
    expect(page).toContain('<a href="../json/004_ee78402f5728550e.json" type="application/json">JSON</a>');
    expect(page).toMatch(/<p class="cite">[^<]*Foreign Relations of the United States, file 761\.93\/12–1544, pp\. 378–379\. In <cite>/);
    expect(page).toMatch(/<dt>Source<\/dt><dd><cite>Foreign Relations of the United States<\/cite>, file 761\.93\/12–1544, pp\. 378–379<\/dd>/);
    // with an http(s) base, the page's public URL
    const http = tei('004_ee78402f5728550e').replace(/urn:cables-tei:harriman:cable:/, 'https://cables.example.net/cable/');
    expect(run(html, http)).toContain('<meta name="citation_public_url" content="https://cables.example.net/cable/004_ee78402f5728550e">');
    // a Wilson Center cable links to the archive's page
    expect(run(html, tei('002_336ee8d35a94a445'))).toMatch(/<a href="https:\/\/[^"]+" class="archive-link">/);
  });

  it('takes the index excerpt from the summary, else the first sentence of the text proper', () => {
    const index = run(html, teiCorpus('Edition', CABLES.map(tei)));
    expect(index).toContain('<small>Soong told me this morning of his negotiations with Stalin last night.</small>'); // not the date-time group 111258.
    expect(index).toContain('<small>Personal and Top Secret for the President from Harriman.</small>');
    expect(index).not.toContain('761.93/12');
    // a first sentence over 200 characters is cut between words (001's)
    const cut = [...index.matchAll(/<small>([^<]*)…<\/small>/g)].map((m) => m[1]!);
    expect(cut).toHaveLength(1);
    const first = (JSON.parse(run(json, tei('001_1b218d7b1150b741'))) as { paragraphs: { text: string }[] }).paragraphs[0]!.text;
    expect(first.startsWith(`${cut[0]} `)).toBe(true);
    // From and To by the register's name, the cable's words on hover, labelled for a phone where the rows stack
    expect(index).toContain('<td data-label="To"><span title="the President">Franklin D. Roosevelt</span></td>');
  });

  it('lists every entry on its register page with each mention linked to its paragraph', () => {
    const page = run(html, teiCorpus('Edition', CABLES.map(tei)), { page: 'place' });
    expect(page).toContain('<section class="entry" id="dalian" aria-labelledby="dalian-name">');
    // the forms the cables use (not the register's Dalny; Dalian in the editors' glosses), each mention in its words, linked to its paragraph
    expect(page).toMatch(/<dt>Named in the cables<\/dt><dd><span class="form">Dairen<\/span> \(\d+\), <span class="form">Dalian<\/span> \(\d+\), <span class="form">Darien<\/span><\/dd>/);
    expect(between(page, '<section class="entry" id="dalian"', '</section>')).not.toContain('Dalny');
    expect(page).toMatch(/<a href="004_ee78402f5728550e\.html#p2">¶ 2<\/a> <span class="kwic-line">[^<]*<mark>Dairen<\/mark>[^<]*<\/span>/);
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
    // The name in a gloss is a name of the registers too.
    expect(page).toMatch(/class="gloss"[^>]*> \[<a class="name placeName" href="places\.html#dalian"[^>]*>Dalian<\/a>\]/);
    // `[Moscow,]` in a dateline: the name's edge divides what the editors supplied, and the page still shows one pair of brackets.
    const memo = run(html, readFileSync(`${ROOT}test/fixtures/tei/frus-memorandum.xml`, 'utf8'));
    expect(memo.replace(/<[^>]+>/g, '')).toContain('[Moscow,] July 2, 1945.');
    expect(run(html, tei('002_336ee8d35a94a445')).replace(/<[^>]+>/g, '')).not.toMatch(/\]\[/);
  });

  it('links the names in an editors’ remark on the page, in the JSON and on the register pages (issue 9)', () => {
    const source = readFileSync(`${ROOT}test/fixtures/tei/frus-editorial-names.xml`, 'utf8');
    const page = run(html, source);
    expect(page).toMatch(/class="editorial"[^>]*>\[Here follows a message in which <a class="name persName" href="persons\.html#stalin"[^>]*>Stalin<\/a>/);
    const value = JSON.parse(run(json, source)) as { notes: { id: string; text: string }[]; mentions: { id: string; paragraph: string; start: number; end: number; surface: string }[] };
    const text = new Map(value.notes.map((n) => [n.id, n.text]));
    for (const id of ['stalin', 'molotov', 'moscow']) {
      const inNote = value.mentions.filter((m) => m.id === id && text.has(m.paragraph));
      expect(inNote.length, id).toBeGreaterThan(0);
      for (const m of inNote) expect(text.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.surface);
    }
    const persons = run(html, teiCorpus('Edition', [source]), { page: 'person' });
    expect(between(persons, '<section class="entry" id="stalin"', '</section>')).toMatch(/<span class="kwic-line">[^<]*<mark>Stalin<\/mark>/);
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
