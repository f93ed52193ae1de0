/**
 * Issue 12, point 6 (map and timeline): map.html and timeline.html in headless Chromium, from file://: no
 * console error, no request outside the edition, no axe-core violation, 320 pixels wide with no sideways
 * scrolling; the map's markers on the map and linked to their entries, the timeline in date order.
 * Skipped, saying why, when no Chromium is installed (required in CI, as test/browser/edition.test.ts is).
 */
import axe from 'axe-core';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { ROOT } from '../helpers/ingest.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`CI needs Chromium at ${CHROMIUM} for the browser tests`);

describe.skipIf(!available)(`the map and the timeline in Chromium (${available ? CHROMIUM : `skipped: no Chromium at ${CHROMIUM}`})`, () => {
  const out = mkdtempSync(join(tmpdir(), 'browse-'));
  const htmlDir = join(out, 'dist', 'html');
  const url = (name: string): string => pathToFileURL(join(htmlDir, name)).href;
  let browser: Browser;

  beforeAll(async () => {
    const report = await build({ cablesDir: join(ROOT, 'cables'), teiDir: join(out, 'tei'), distDir: join(out, 'dist') });
    expect(report.ok).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['map.html', 'timeline.html'])('%s loads with no console error, no outside request and no accessibility violation, and fits 320 pixels', async (name) => {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors: string[] = [];
      const external: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith('file:') && external.push(r.url()));
      await page.goto(url(name));
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => (await (globalThis as unknown as { axe: typeof axe }).axe.run()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`));
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect({ name, width, errors, external, violations, wide: scroll > width }).toEqual({ name, width, errors: [], external: [], violations: [], wide: false });
      await page.close();
    }
  });

  it('shows each place with coordinates as a marker inside the drawn map, named, linked to its entry on places.html', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(url('map.html'));
    const svg = (await page.locator('figure.map svg').boundingBox())!;
    expect(svg.width).toBeGreaterThan(250);
    expect(svg.height).toBeGreaterThan(100);
    const markers = await page.$$eval('figure.map a', (as) => as.map((a) => {
      const box = a.querySelector('circle')!.getBoundingClientRect();
      return { href: a.getAttribute('href')!, label: a.getAttribute('aria-label')!, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }));
    const rows = await page.locator('table.places tbody tr').count();
    expect(markers.length).toBe(rows);
    expect(markers.length).toBeGreaterThan(1);
    const places = readFileSync(join(htmlDir, 'places.html'), 'utf8');
    for (const m of markers) {
      expect(m.label).toMatch(/^.+: \d+ mentions? in \d+ cables?$/);
      expect(m.href).toMatch(/^places\.html#/);
      expect(places).toContain(`id="${m.href.slice('places.html#'.length)}"`);
      expect(m.x).toBeGreaterThanOrEqual(svg.x);
      expect(m.x).toBeLessThanOrEqual(svg.x + svg.width);
      expect(m.y).toBeGreaterThanOrEqual(svg.y);
      expect(m.y).toBeLessThanOrEqual(svg.y + svg.height);
    }
    // the land is drawn: its path has a size on the screen
    const land = (await page.locator('figure.map path.land').boundingBox())!;
    expect(land.width).toBeGreaterThan(0);
    // a marker is reached by the keyboard and follows to its entry
    await page.locator('figure.map a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/places\.html#/);
    expect(await page.evaluate(() => document.querySelector(decodeURIComponent(location.hash))?.tagName)).toBe('SECTION');
    await page.close();
  });

  it('lists the dated cables of the timeline in date order, each month linked from the table of months', async () => {
    const page = await browser.newPage();
    await page.goto(url('timeline.html'));
    const dates = await page.$$eval('section.year li[data-date]', (ls) => ls.map((l) => l.getAttribute('data-date')!));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    const months = await page.$$eval('table.months a', (as) => as.map((a) => [a.getAttribute('href')!, Number(a.textContent)] as const));
    expect(months.reduce((n, [, k]) => n + k, 0)).toBe(dates.length);
    for (const [href, n] of months) expect(await page.locator(`ol[aria-labelledby="${href.slice(1)}"] > li`).count()).toBe(n);
    await page.close();
  });
});
