/**
 * Search in a real browser (issue 12, points 1 and 6): headless Chromium loads search.html from file://, finds the
 * cables that hold a word (with the words around it marked), narrows them by a facet, runs the query of its
 * address, is reached from the search box of a cable's page, says what to do without JavaScript, and axe finds
 * no violation with results shown. What is expected is read from the build's own JSON, not written here.
 * Like edition.test.ts: required in CI, skipped elsewhere when no Chromium is installed.
 */
import axe from 'axe-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { processTerm, tokenize } from '../../src/search/index.js';
import { ROOT } from '../helpers/ingest.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`CI needs Chromium at ${CHROMIUM} for the browser tests`);

interface CableJson {
  id: string;
  title: string;
  abstract?: string | null;
  source?: { [k: string]: unknown };
  sender?: { name?: string | null; wording?: string | null } | null;
  addressees?: { name?: string | null; wording?: string | null }[];
  head?: string | null;
  opener?: { text?: string }[];
  paragraphs?: { text?: string }[];
  closer?: { text?: string }[];
  notes?: { text?: string }[];
}

describe.skipIf(!available)(`search in Chromium (${available ? CHROMIUM : `skipped: no Chromium at ${CHROMIUM}`})`, () => {
  const out = mkdtempSync(join(tmpdir(), 'search-'));
  const htmlDir = join(out, 'dist', 'html');
  const jsonDir = join(out, 'dist', 'json');
  const url = (name: string): string => pathToFileURL(join(htmlDir, name)).href;
  let browser: Browser;
  /** Each cable's words of its text (as the index folds them), read from its JSON record. */
  const words = new Map<string, Set<string>>();
  /** Every word the index holds in any field: the texts, titles, summaries, sources, parties and register names. */
  const vocabulary = new Set<string>();
  /** The words of the fields other than the text. */
  const elsewhere = new Set<string>();
  let persons: { id: string; name: string; mentions: { cable: string }[] }[] = [];

  beforeAll(async () => {
    const report = await build({ cablesDir: join(ROOT, 'cables'), teiDir: join(out, 'tei'), distDir: join(out, 'dist') });
    expect(report.ok).toBe(true);
    for (const name of readdirSync(jsonDir).filter((n) => n.endsWith('.json') && n !== 'edition.json')) {
      const r = JSON.parse(readFileSync(join(jsonDir, name), 'utf8')) as CableJson;
      const text = [r.head ?? '', ...[r.opener, r.paragraphs, r.closer, r.notes].flatMap((l) => (l ?? []).map((b) => b.text ?? ''))].join('\n');
      words.set(r.id, new Set(tokenize(text).map(processTerm)));
      const other = [r.title, r.abstract ?? '', ...Object.values(r.source ?? {}).map(String), ...[r.sender, ...(r.addressees ?? [])].flatMap((p) => [p?.name ?? '', p?.wording ?? ''])];
      for (const w of tokenize(other.join(' ')).map(processTerm)) elsewhere.add(w);
      for (const w of words.get(r.id)!) vocabulary.add(w);
    }
    const registers = (JSON.parse(readFileSync(join(jsonDir, 'edition.json'), 'utf8')) as { registers: { [list: string]: typeof persons } }).registers;
    persons = registers.persons!;
    for (const e of Object.values(registers).flat()) for (const w of tokenize(`${e.name} ${e.id}`).map(processTerm)) elsewhere.add(w);
    for (const w of elsewhere) vocabulary.add(w);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A new page that records console errors and requests outside the edition. */
  const open = async (width = 1280): Promise<{ page: Page; errors: string[]; external: string[] }> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const external: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith('file:') && external.push(r.url()));
    return { page, errors, external };
  };
  /** The cables listed, by the names of their pages. */
  const listed = (page: Page): Promise<string[]> => page.$$eval('#results > li h3 a', (as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.replace(/\.html$/, ''))));
  /**
   * A word of the text that some cables hold and others do not, and the cables that hold it: one of at least
   * seven letters that no other field holds, that begins no other word and is two letters or more from every
   * other word (the page finds the words a query begins and, for long words, words one or two letters off).
   */
  const aWord = (): { word: string; cables: string[] } => {
    const counts = new Map<string, string[]>();
    for (const [id, set] of words) for (const w of set) if (/^\p{L}{7,}$/u.test(w)) counts.set(w, [...(counts.get(w) ?? []), id]);
    const alone = (w: string): boolean => !elsewhere.has(w) && [...vocabulary].every((v) => v === w || (!v.startsWith(w) && distance(v, w) > 2));
    const [word, cables] = [...counts].filter(([w, c]) => c.length < words.size && alone(w)).sort(([a, ca], [b, cb]) => cb.length - ca.length || (a < b ? -1 : 1))[0]!;
    return { word, cables: cables.sort() };
  };

  it('finds, as one types, the cables that hold a word, each with the words around it marked', async () => {
    const { word, cables } = aWord();
    const { page, errors, external } = await open();
    await page.goto(url('search.html'));
    expect(await page.locator('#search-no-script').isVisible()).toBe(false);
    await page.locator('#q').pressSequentially(word, { delay: 10 });
    await page.waitForFunction((w) => document.getElementById('search-status')!.textContent!.includes(w), word);
    expect((await listed(page)).sort()).toEqual(cables);
    const first = page.locator('#results > li').first();
    const marks = await first.locator('ul.kwic mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(processTerm(m)).toBe(word);
    const passage = await first.locator('ul.kwic li').first().innerText();
    expect(passage.length).toBeGreaterThan(word.length + 20);
    // A passage links to its place on the cable's page.
    expect(await first.locator('ul.kwic a').first().getAttribute('href')).toMatch(/\.html#[\w-]+$/);
    expect({ errors, external }).toEqual({ errors: [], external: [] });
    await page.close();
  });

  it('lists, with no query, every cable that names a person ticked in the facets, with the count it showed', async () => {
    const everyCable = [...words.keys()].sort();
    const person = persons
      .map((p) => ({ ...p, cables: [...new Set(p.mentions.map((m) => m.cable))].sort() }))
      .filter((p) => p.cables.length > 0 && p.cables.length < everyCable.length)
      .sort((a, b) => b.cables.length - a.cables.length || (a.id < b.id ? -1 : 1))[0]!;
    const { page, errors, external } = await open();
    await page.goto(url('search.html'));
    expect((await listed(page)).sort()).toEqual(everyCable);
    const box = page.locator(`#facet-groups input[name="person"][value="${person.id}"]`);
    const label = page.locator(`label[for="${await box.getAttribute('id')}"]`);
    expect(await label.innerText()).toBe(`${person.name} (${person.cables.length})`);
    await label.click();
    await page.waitForFunction((n) => document.querySelectorAll('#results > li').length === n, person.cables.length);
    expect((await listed(page)).sort()).toEqual(person.cables);
    expect(await page.locator(`#facet-groups input[name="person"][value="${person.id}"]`).isChecked()).toBe(true);
    // The address says what is shown, so that it can be kept or sent.
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual([person.id]);
    // The facet keeps the focus, so that a keyboard user goes on from it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(person.id);
    // Its name is marked in the passages shown.
    expect(await page.locator('#results ul.kwic mark').count()).toBeGreaterThan(0);
    // Unticked, every cable again.
    await page.locator(`#facet-groups input[name="person"][value="${person.id}"]`).uncheck();
    await page.waitForFunction((n) => document.querySelectorAll('#results > li').length === n, everyCable.length);
    expect({ errors, external }).toEqual({ errors: [], external: [] });
    await page.close();
  });

  it('runs the query and the facets of its address (search.html?q=…)', async () => {
    const { word, cables } = aWord();
    const { page, errors } = await open();
    await page.goto(`${url('search.html')}?q=${encodeURIComponent(word)}`);
    expect(await page.locator('#q').inputValue()).toBe(word);
    expect((await listed(page)).sort()).toEqual(cables);
    const year = (await page.locator('#facet-groups input[name="year"]').first().getAttribute('value'))!;
    await page.goto(`${url('search.html')}?q=${encodeURIComponent(word)}&year=${year}`);
    const dates = await page.$$eval('#results time', (ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith(year))).toBe(true);
    expect(await page.locator('#facet-groups input[name="year"]:checked').getAttribute('value')).toBe(year);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is reached from the search box of a cable’s page, which needs no script', async () => {
    const { word, cables } = aWord();
    const { page } = await open();
    const cable = readdirSync(htmlDir).find((n) => /^\d/.test(n) && n.endsWith('.html'))!;
    await page.goto(url(cable));
    expect(await page.locator('script').count()).toBe(0);
    await page.getByLabel('Search the cables').fill(word);
    await page.getByLabel('Search the cables').press('Enter');
    await page.waitForURL(/search\.html\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect((await listed(page)).sort()).toEqual(cables);
    // and so from a collation's page, one folder down
    const collation = readdirSync(join(htmlDir, 'collations')).find((n) => n.endsWith('.html'));
    if (collation) {
      await page.goto(url(`collations/${collation}`));
      expect(await page.locator('form.site-search').getAttribute('action')).toBe('../search.html');
    }
    await page.close();
  });

  it('shows results and facets with no accessibility violation, and fits a phone', async () => {
    const { word } = aWord();
    for (const width of [1280, 320]) {
      const { page, errors, external } = await open(width);
      await page.goto(`${url('search.html')}?q=${encodeURIComponent(word)}`);
      await page.locator('#facet-groups input').first().check();
      await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('with'));
      expect(await page.locator('#results > li').count()).toBeGreaterThan(0);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => (await (globalThis as unknown as { axe: typeof axe }).axe.run()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`));
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect({ width, violations, errors, external, wide: scroll > width }).toEqual({ width, violations: [], errors: [], external: [], wide: false });
      await page.close();
    }
  });

  it('says, without JavaScript, that search needs it, and links to the index and the registers', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url('search.html')}?q=anything`);
    expect(await page.locator('#search-no-script').innerText()).toContain('Search needs JavaScript');
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    const links = await page.$$eval('#search-no-script a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['index.html', 'persons.html', 'places.html', 'orgs.html']));
    await context.close();
  });
});

/** The edit distance of two words (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}
