/**
 * Issue 12, point 2: the timeline, the map and the register pages' mentions in context, made by the HTML
 * stylesheet from a teiCorpus (the project's cables, redated, renamed or given synthetic names and places).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { basemapPath, MAP_SCALE } from '../../src/build/basemap.js';
import { teiCorpus } from '../../src/corpus.js';
import { runStylesheet } from '../../src/transform/run.js';
import { CABLES, ROOT } from '../helpers/ingest.js';
import { compiledSheets } from '../helpers/sheets.js';

const tei = (stem: string): string => readFileSync(`${ROOT}tei/${stem}.xml`, 'utf8');
let html: unknown;

beforeAll(() => {
  ({ html } = compiledSheets('html'));
});

/** Runs the HTML stylesheet on a corpus, failing the test on a diagnostic. */
function page(documents: string[], params: Record<string, unknown>): string {
  const r = runStylesheet(html, teiCorpus('Edition', documents), 'corpus.xml', params);
  expect(r.diagnostics).toEqual([]);
  return r.output!;
}

/** A cable under another name, sent on another date (or undated when `when` is null). */
function redated(stem: string, name: string, when: string | null): string {
  const xml = tei(stem).replaceAll(stem, name);
  const date = /(<correspAction type="sent">[\s\S]*?)<date when="[^"]*">[^<]*<\/date>/;
  expect(xml).toMatch(date);
  return xml.replace(date, when === null ? '$1' : `$1<date when="${when}">on ${when}</date>`);
}

/** The text between two strings of a page (to its end when `end` is not found). */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  return text.slice(from, to < 0 ? undefined : to);
}

describe('the timeline', () => {
  const dates: [string, string | null][] = [
    ['t-a', '1945-03-02'],
    ['t-b', null],
    ['t-c', '1944-11-30'],
    ['t-d', '1945-03-01'],
    ['t-e', '1945'],
    ['t-f', null],
  ];
  const documents = dates.map(([name, when], i) => redated(CABLES[i % CABLES.length]!, name, when));

  it('lists the cables by date, by year and month, and the undated apart at the end', () => {
    const out = page(documents, { page: 'timeline' });
    const order = [...out.matchAll(/<li data-date="[^"]*">.*?<a href="(t-[a-f])\.html">/g)].map((m) => m[1]);
    // a year alone before that year's months; the undated last, by name
    expect(order).toEqual(['t-c', 't-e', 't-d', 't-a', 't-b', 't-f']);
    const undated = out.indexOf('<h2 id="undated">');
    expect(undated).toBeGreaterThan(0);
    for (const [name, when] of dates) expect(out.indexOf(`href="${name}.html"`) > undated).toBe(when === null);
    // each cable under the heading of its month
    expect(between(out, '<h3 id="m1944-11">November 1944</h3>', '<h2')).toContain('href="t-c.html"');
    const march = between(out, '<h3 id="m1945-03">March 1945</h3>', '<h');
    expect(march).toContain('href="t-d.html"');
    expect(march).toContain('href="t-a.html"');
    expect(march).not.toContain('href="t-e.html"');
    expect(between(out, '<h3 id="y1945-month-unknown">', '<h')).toContain('href="t-e.html"');
    // the table of months: two in March 1945, linked to its list; none in February
    expect(out).toMatch(/<a href="#m1945-03" aria-label="March 1945: 2 cables">2<\/a>/);
    expect(out).not.toContain('href="#m1945-02"');
    // date, sender and addressees by the register's names
    expect(out).toMatch(/<time datetime="1945-03-01">on 1945-03-01<\/time> <a href="t-d\.html">[^<]+<\/a><br><span class="parties">From [^<]+ to [^<]+<\/span>/);
  });

  it('says so when no cable is dated, with no table of months', () => {
    const out = page([redated(CABLES[0]!, 'u-1', null)], { page: 'timeline' });
    expect(out).toContain('<h2 id="undated">');
    expect(out).not.toContain('<table class="months"');
  });
});

describe('the map', () => {
  /** A place far from the project's (south and west), mentioned twice in a paragraph of one cable. */
  const southern = (): string =>
    tei(CABLES[0]!)
      .replace('<listPlace>', '<listPlace><place xml:id="testville"><placeName>Testville</placeName><location><geo>-33.5 -70.25</geo></location></place><place xml:id="nowhere-sea"><placeName>Nowhere Sea</placeName></place>')
      .replace(/(<body>[\s\S]*?<p>)/, '$1<placeName ref="#testville">Testville</placeName> and <placeName ref="#testville">Testville</placeName> by the <placeName ref="#nowhere-sea">Nowhere Sea</placeName>. ');
  const documents = [southern(), ...CABLES.slice(1).map(tei)];
  let out: string;
  beforeAll(() => {
    expect(documents[0]).toContain('<place xml:id="testville">');
    out = page(documents, { page: 'map', basemap: basemapPath() });
  });

  /** Every place entry of the corpus's standOffs: id and, when it has them, coordinates. */
  const places = (): Map<string, [number, number] | null> =>
    new Map(documents.flatMap((d) => [...d.matchAll(/<place xml:id="([^"]+)">([\s\S]*?)<\/place>/g)].map((m) => {
      const geo = /<geo>(\S+) (\S+)<\/geo>/.exec(m[2]!);
      return [m[1]!, geo ? [Number(geo[1]), Number(geo[2])] : null] as [string, [number, number] | null];
    })));

  it('draws a marker for each place with coordinates, where its latitude and longitude put it, linked to its entry', () => {
    const circles = new Map([...out.matchAll(/<circle class="place" data-place="([^"]+)" cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map((m) => [m[1]!, { cx: Number(m[2]), cy: Number(m[3]), r: Number(m[4]) }]));
    const all = places();
    const located = [...all].filter(([, geo]) => geo);
    expect(located.length).toBeGreaterThan(1);
    expect([...circles.keys()].sort()).toEqual(located.map(([id]) => id).sort());
    for (const [id, geo] of located) {
      const [lat, lon] = geo!;
      const c = circles.get(id)!;
      expect(Math.abs(c.cx - (lon + 180) * MAP_SCALE)).toBeLessThanOrEqual(0.051);
      expect(Math.abs(c.cy - (90 - lat) * MAP_SCALE)).toBeLessThanOrEqual(0.051);
      expect(out).toMatch(new RegExp(`<a href="places\\.html#${id}" aria-label="[^"]+: \\d+ mentions? in \\d+ cables?"><title>[^<]+</title><circle class="place" data-place="${id}"`));
    }
    // Testville at 33.5° S, 70.25° W: west and south of every other place
    expect(circles.get('testville')).toMatchObject({ cx: 439, cy: 494 });
    // every marker inside the view
    const [x0, y0, w, h] = /viewBox="([^"]+)"/.exec(out)![1]!.split(' ').map(Number) as [number, number, number, number];
    for (const c of circles.values()) {
      expect(c.cx).toBeGreaterThanOrEqual(x0);
      expect(c.cx).toBeLessThanOrEqual(x0 + w);
      expect(c.cy).toBeGreaterThanOrEqual(y0);
      expect(c.cy).toBeLessThanOrEqual(y0 + h);
    }
  });

  it('sizes a marker by its mentions, and lists the places without coordinates apart, with no marker', () => {
    const radius = (id: string): number => Number(new RegExp(`data-place="${id}" [^>]*r="([^"]+)"`).exec(out)![1]);
    const mentions = (id: string): number => documents.reduce((n, d) => n + (d.slice(d.indexOf('<text>')).match(new RegExp(`ref="#${id}"`, 'g')) ?? []).length, 0);
    const located = [...places()].filter(([, geo]) => geo).map(([id]) => id).sort((a, b) => mentions(a) - mentions(b));
    expect(mentions(located.at(-1)!)).toBeGreaterThan(mentions(located[0]!));
    expect(radius(located.at(-1)!)).toBeGreaterThan(radius(located[0]!));
    const unlocated = [...places()].filter(([, geo]) => !geo).map(([id]) => id);
    expect(unlocated).toContain('nowhere-sea');
    const list = between(out, '<h2 id="unlocated-h">', '</section>');
    for (const id of unlocated) {
      expect(out).not.toContain(`data-place="${id}"`);
      expect(list).toContain(`<li id="${id}"><a href="places.html#${id}">`);
    }
    expect(list).toContain('Nowhere Sea</a> (1 mention in 1 cable)');
    // the table gives each located place its coordinates
    expect(out).toMatch(/<tr id="testville"><th scope="row"><a href="places\.html#testville">Testville<\/a><\/th><td>33\.5° S, 70\.25° W<\/td><td>2 mentions in 1 cable<\/td><\/tr>/);
  });

  it('draws the land of the base map it is given, and the same bytes each time', () => {
    expect(out).toMatch(/<path class="land" d="M[\d.,LMZ-]{1000,}"/);
    expect(page(documents, { page: 'map', basemap: basemapPath() })).toBe(out);
    expect(page(documents, { page: 'map' })).not.toContain('class="land"');
  });
});

describe('a register page', () => {
  /** 004 with a synthetic person (offices, life dates, forms the cables do not use) and two synthetic paragraphs naming places. */
  const source = tei('004_ee78402f5728550e')
    .replace('<listPerson>', '<listPerson><person xml:id="testperson"><persName type="reg">Tester, Anna</persName><persName type="variant">Tester</persName><persName type="variant">Anna Tester</persName><persName type="variant">Unused Form</persName><birth when="1890-05-01"/><death when="1950"/><occupation from="1944-02" to="1945-06-30"><roleName>Envoy</roleName> to Nowhere</occupation></person><person xml:id="testundated"><persName type="reg">Undated, Ben</persName><persName type="variant">Undated</persName></person><person xml:id="testborn"><persName type="reg">Born, Cora</persName><persName type="variant">Cora Born</persName><birth when="1914-03"/></person>')
    .replace(/(<body>[\s\S]*?<\/p>)/, '$1<p>The delegates met at noon. Later the harbour master of <placeName ref="#dalian">Dairen</placeName> reported twelve ships waiting offshore. Then <persName ref="#testperson">Tester</persName> left. <persName ref="#testundated">Undated</persName> and <persName ref="#testborn">Cora Born</persName> stayed.</p>' +
      '<p>one two three four five six seven eight nine ten <placeName ref="#harbin">Harbin</placeName> eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty</p>');

  it('gives every mention its words in context, the name marked, linked to its paragraph', () => {
    const out = page([source, ...CABLES.filter((s) => s !== '004_ee78402f5728550e').map(tei)], { page: 'place' });
    // the sentence, from its start to its end
    expect(out).toMatch(/<a href="004_ee78402f5728550e\.html#p2">¶ 2<\/a> <span class="kwic-line">Later the harbour master of <mark>Dairen<\/mark> reported twelve ships waiting offshore\.<\/span>/);
    // eight words either side, the rest cut
    expect(out).toMatch(/<a href="004_ee78402f5728550e\.html#p3">¶ 3<\/a> <span class="kwic-line">… three four five six seven eight nine ten <mark>Harbin<\/mark> eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen …<\/span>/);
    // one line a mention, each with the words of its mention marked
    // the words of the text and of the archive's summary (not of the header's parties)
    const texts = [source, ...CABLES.filter((s) => s !== '004_ee78402f5728550e').map(tei)].map((d) => d.slice(d.indexOf('<text>')) + (/<abstract>[\s\S]*?<\/abstract>/.exec(d)?.[0] ?? ''));
    for (const id of ['dalian', 'harbin', 'moscow']) {
      const section = between(out, `<section class="entry" id="${id}"`, '</section>');
      const words = texts.flatMap((t) => [...t.matchAll(new RegExp(`<placeName ref="#${id}"[^>]*>(.*?)</placeName>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()));
      expect(words.length).toBeGreaterThan(0);
      const marked = [...section.matchAll(/<span class="kwic-line">[^<]*<mark>([^<]*)<\/mark>/g)].map((m) => m[1]);
      expect(marked.sort()).toEqual(words.sort());
    }
  });

  it('names an entry by the forms the cables use only, with its offices and life dates', () => {
    const out = page([source], { page: 'person' });
    const entry = between(out, '<section class="entry" id="testperson"', '</section>');
    expect(entry).toContain('<dt>Named in the cables</dt><dd><span class="form">Tester</span></dd>');
    expect(entry).not.toContain('Unused Form');
    expect(between(entry, '<dt>Named in the cables</dt>', '</dd>')).not.toContain('Anna Tester');
    expect(entry).toContain('<dt>Born</dt><dd>1 May 1890</dd><dt>Died</dt><dd>1950</dd>');
    // the years of the life beside the name; nothing for a person with no dates; a birth alone said so
    expect(entry).toContain('<h2 id="testperson-name">Anna Tester <span class="life">(1890–1950)</span></h2>');
    const undated = between(out, '<section class="entry" id="testundated"', '</section>');
    expect(undated).toContain('<h2 id="testundated-name">Ben Undated</h2>');
    expect(undated).not.toMatch(/class="life"|<dt>(Born|Died)<\/dt>/);
    expect(between(out, '<section class="entry" id="testborn"', '</section>')).toContain('<h2 id="testborn-name">Cora Born <span class="life">(born 1914)</span></h2><dl class="meta"><dt>Named in the cables</dt><dd><span class="form">Cora Born</span></dd><dt>Born</dt><dd>March 1914</dd>');
    expect(entry).toContain('<dt>Office</dt><dd><span class="span">February 1944 – 30 June 1945</span>: <em class="role">Envoy</em> to Nowhere</dd>');
    expect(entry).toMatch(/<span class="kwic-line">Then <mark>Tester<\/mark> left\.<\/span>/);
    // a form used several times is counted; every listed form is one a cable uses
    const places = page([source], { page: 'place' });
    const forms = [...between(places, '<section class="entry" id="dalian"', '</dd>').matchAll(/<span class="form">([^<]+)<\/span>(?: \((\d+)\))?/g)];
    const used = [...source.slice(source.indexOf('<text>')).matchAll(/<placeName ref="#dalian"[^>]*>([^<]+)<\/placeName>/g)].map((m) => m[1]!);
    expect(forms.map((f) => f[1]).sort()).toEqual([...new Set(used)].sort());
    for (const f of forms) expect(Number(f[2] ?? 1)).toBe(used.filter((u) => u === f[1]).length);
  });
});
