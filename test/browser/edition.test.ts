/**
 * The HTML edition in a real browser: headless Chromium (Debian's chromium, driven by playwright-core)
 * loads every page from file:// with no console error and no broken internal link, and axe-core finds
 * no accessibility violation. CI installs Chromium (.ci/run) and sets CI=true, which makes this suite
 * required; elsewhere it is skipped, saying why, when no Chromium is installed.
 */
import axe from 'axe-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { ROOT } from '../helpers/ingest.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`CI needs Chromium at ${CHROMIUM} for the browser tests`);

describe.skipIf(!available)(`the HTML edition in Chromium (${available ? CHROMIUM : `skipped: no Chromium at ${CHROMIUM}`})`, () => {
  const out = mkdtempSync(join(tmpdir(), 'edition-'));
  const htmlDir = join(out, 'dist', 'html');
  let browser: Browser;
  let pages: string[] = [];

  beforeAll(async () => {
    const report = await build({ cablesDir: join(ROOT, 'cables'), teiDir: join(out, 'tei'), distDir: join(out, 'dist') });
    expect(report.ok).toBe(true);
    pages = readdirSync(htmlDir).filter((n) => n.endsWith('.html')).sort();
    // The collations' pages (issue 13) are in a folder of their own.
    pages.push(...readdirSync(join(htmlDir, 'collations')).filter((n) => n.endsWith('.html')).sort().map((n) => `collations/${n}`));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has the pages of the edition', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'persons.html', 'places.html', 'orgs.html', 'timeline.html', 'map.html', '004_ee78402f5728550e.html', 'collations/001_1b218d7b1150b741.html']));
    // The search page (issue 12) goes through every check below too; test/browser/search.test.ts uses it.
    expect(pages).toContain('search.html');
  });

  it('loads every page with no console error, no request outside the edition, and no accessibility violation', async () => {
    for (const name of pages) {
      const page = await browser.newPage();
      const errors: string[] = [];
      const external: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith('file:') && external.push(r.url()));
      await page.goto(pathToFileURL(join(htmlDir, name)).href);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: typeof axe }).axe.run();
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      expect({ name, errors, external, violations }).toEqual({ name, errors: [], external: [], violations: [] });
      await page.close();
    }
  });

  it('the accessibility check itself finds a known violation', async () => {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>');
    await page.addScriptTag({ content: axe.source });
    const ids = await page.evaluate(async () => (await (globalThis as unknown as { axe: typeof axe }).axe.run()).violations.map((v) => v.id));
    expect(ids).toContain('image-alt');
    await page.close();
  });

  it('has no broken internal link', async () => {
    const broken: string[] = [];
    for (const name of pages) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(htmlDir, name)).href);
      // an SVG link's href is not a string (the map's markers): resolved from its attribute
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
      for (const href of hrefs) {
        if (!href.startsWith('file:')) continue;
        const url = new URL(href);
        const file = fileURLToPath(url);
        if (!existsSync(file)) broken.push(`${name} → ${href}`);
        else if (url.hash && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${name} → ${href}`);
      }
      await page.close();
    }
    expect(broken).toEqual([]);
  });

  it('shows the reader of 004 its date, page, note, addressee and Stalin’s words', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(htmlDir, '004_ee78402f5728550e.html')).href);
    expect(await page.locator('dl.meta time').first().getAttribute('datetime')).toBe('1944-12-15');
    expect(await page.locator('dl.meta').innerText()).toContain('the President');
    expect(await page.locator('.pb-n').allInnerTexts()).toEqual(['[Page 379]']);
    expect(await page.locator('section.notes li').count()).toBe(1);
    const said = page.locator('.said-direct', { hasText: 'This can be discussed' });
    expect(await said.getAttribute('title')).toBe('Direct speech of Joseph Stalin');
    await page.click('label[for="show-speech"]');
    expect(await said.locator('.speaker').innerText()).toMatch(/Stalin/i);
    await page.close();
  });

  /** The computed background colour and display of the first element a selector finds. */
  const look = (page: Page, selector: string): Promise<{ background: string; display: string; decoration: string }> =>
    page.$eval(selector, (e) => {
      const s = getComputedStyle(e);
      return { background: s.backgroundColor, display: s.display, decoration: s.textDecorationLine };
    });
  const CLEAR = 'rgba(0, 0, 0, 0)';

  it('fits every page in 320 pixels with no horizontal scroll, speech shown or not', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const name of pages) {
      await page.goto(pathToFileURL(join(htmlDir, name)).href);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > 320) wide.push(`${name}: ${width}`);
      if (await page.locator('#show-speech').count()) {
        await page.click('label[for="show-speech"]');
        const toggled = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        if (toggled > 320) wide.push(`${name} (speech shown): ${toggled}`);
      }
    }
    expect(wide).toEqual([]);
    // the index's rows stack, each party labelled
    await page.goto(pathToFileURL(join(htmlDir, 'index.html')).href);
    expect(await page.$eval('td[data-label="To"]', (td) => getComputedStyle(td, '::before').content)).toBe('"To: "');
    // the metadata stacks and the page number stands in the line, not in a margin off the screen
    await page.goto(pathToFileURL(join(htmlDir, '004_ee78402f5728550e.html')).href);
    expect((await look(page, 'dl.meta')).display).toBe('block');
    const box = await page.locator('.pb-n').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  /** The words of the elements a selector finds that are drawn on more than one line (broken inside the word; after a hyphen is no break inside). */
  const brokenWords = (page: Page, selector: string): Promise<string[]> =>
    page.$$eval(selector, (es) => es.flatMap((e) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        for (const m of t.textContent!.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(t, m.index);
          range.setEnd(t, m.index + m[0].length);
          if (range.getClientRects().length > 1) broken.push(m[0]);
        }
      }
      return broken;
    }));

  it('breaks no name of the index inside a word, on a desktop or a phone', async () => {
    for (const width of [1280, 768, 375, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(pathToFileURL(join(htmlDir, 'index.html')).href);
      expect({ width, broken: await brokenWords(page, 'table.cables td') }).toEqual({ width, broken: [] });
      await page.close();
    }
  });

  it('breaks no word of the encoding page’s tables of attributes inside it, on a desktop or a phone', async () => {
    for (const width of [1280, 375, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(pathToFileURL(join(htmlDir, 'encoding.html')).href);
      expect(await page.locator('table.attributes').count()).toBeGreaterThan(0);
      expect({ width, broken: await brokenWords(page, 'table.attributes tbody th, table.attributes tbody td') }).toEqual({ width, broken: [] });
      await page.close();
    }
  });

  it('the 320-pixel check itself fails on a page wider than the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p style="white-space:nowrap">https://digitalarchive.wilsoncenter.org/document/a-very-long-address-that-does-not-wrap</p></main></body></html>');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeGreaterThan(320);
    await page.close();
  });

  it('shows speech plain by default; the box (no script) tints it and names its speakers, with no accessibility violation', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(htmlDir, '004_ee78402f5728550e.html')).href);
    expect(await page.locator('script').count()).toBe(0);
    expect(await look(page, '.said-direct')).toMatchObject({ background: CLEAR });
    expect(await page.locator('.speaker').first().isVisible()).toBe(false);
    expect(await page.locator('.speaker:visible').count()).toBe(0);
    await page.click('label[for="show-speech"]');
    expect((await look(page, '.said-direct')).background).not.toBe(CLEAR);
    expect((await look(page, '.said-reported')).background).not.toBe(CLEAR);
    const shown = await page.$$eval('.speaker', (ls) => ls.map((l) => [getComputedStyle(l).position, l.getBoundingClientRect().width > 10]));
    expect(shown.length).toBeGreaterThan(0);
    // a label stands above the line, out of the sentence's run (absolute: it takes no width in it), its name drawn
    for (const [position, drawn] of shown) expect([position, drawn]).toEqual(['absolute', true]);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => (await (globalThis as unknown as { axe: typeof axe }).axe.run()).violations.map((v) => v.id));
    expect(violations).toEqual([]);
    await page.click('label[for="show-speech"]');
    expect(await page.$$eval('.speaker', (ls) => ls.every((l) => getComputedStyle(l).display === 'none'))).toBe(true);
    await page.close();
  });

  it('draws every speaker’s label whole, above the line where its words begin, on a phone and a desktop', async () => {
    const wrong: string[] = [];
    for (const width of [320, 375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const name of pages.filter((n) => /^\d{3}_/.test(n))) {
        await page.goto(pathToFileURL(join(htmlDir, name)).href);
        await page.click('label[for="show-speech"]');
        const found = await page.$$eval('.speaker', (ls) => ls.flatMap((l) => {
          const main = document.querySelector('main')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(l);
          const label = range.getBoundingClientRect();
          // the said's first character after the label
          const walker = document.createTreeWalker(l.parentElement!, NodeFilter.SHOW_TEXT);
          let first: DOMRect | undefined;
          for (let t = walker.nextNode(); t && !first; t = walker.nextNode()) {
            const at = l.contains(t) ? -1 : t.textContent!.search(/\S/);
            if (at < 0) continue;
            const r = document.createRange();
            r.setStart(t, at);
            r.setEnd(t, at + 1);
            first = r.getBoundingClientRect();
          }
          const whole = label.left >= main.left - 0.5 && label.right <= main.right + 0.5;
          const above = label.bottom <= first!.top + 3 && label.bottom >= first!.top - 12;
          const over = label.left - 1 <= first!.left && first!.left <= label.right + 1;
          return whole && above && over ? [] : [`${l.textContent} whole=${whole} above=${above} over its first word=${over}`];
        }));
        wrong.push(...found.map((f) => `${width} px ${name}: ${f}`));
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
  });

  it('prints with no tint, no underline, no toggle, and page numbers whole in the margin', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(htmlDir, '004_ee78402f5728550e.html')).href);
    await page.click('label[for="show-speech"]'); // even when the reader had speech shown
    await page.emulateMedia({ media: 'print' });
    expect(await look(page, '.said-direct')).toMatchObject({ background: CLEAR });
    expect(await look(page, '.said-reported')).toMatchObject({ background: CLEAR });
    expect(await look(page, 'dl.meta')).toMatchObject({ background: CLEAR });
    expect((await look(page, 'a.name')).decoration).toBe('none');
    expect(await page.$$eval('.speaker', (ls) => ls.every((l) => getComputedStyle(l).display === 'none'))).toBe(true);
    expect(await page.locator('label[for="show-speech"]').isVisible()).toBe(false);
    const label = await page.locator('.pb-n').boundingBox();
    expect(label!.x).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.pb-n').evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    expect(await page.locator('.pb-mark').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect((await look(page, '.said-direct')).background).not.toBe(CLEAR);
    await page.close();
  });

  it('gives Zotero the citation tags of a cable', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(htmlDir, '004_ee78402f5728550e.html')).href);
    const tags = await page.$$eval('meta[name^="citation_"]', (ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    expect(tags).toEqual(expect.arrayContaining([
      ['citation_title', 'The Ambassador in the Soviet Union (Harriman) to the President, 15 December 1944'],
      ['citation_author', 'Harriman, W. Averell'],
      ['citation_date', '1944/12/15'],
      ['citation_publisher', 'The cables-tei project'],
      ['citation_firstpage', '378'],
      ['citation_lastpage', '379'],
    ]));
    await page.close();
  });
});
