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
import { chromium, type Browser } from 'playwright-core';
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
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'persons.html', 'places.html', 'orgs.html', '004_ee78402f5728550e.html', 'collations/001_1b218d7b1150b741.html']));
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
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    expect(await page.locator('.pb').allInnerTexts()).toEqual(['[Page 379]']);
    expect(await page.locator('section.notes li').count()).toBe(1);
    const said = page.locator('.said-direct', { hasText: 'This can be discussed' });
    expect(await said.getAttribute('title')).toBe('Direct speech of Joseph Stalin');
    expect(await said.locator('.speaker').innerText()).toMatch(/Stalin/i);
    await page.close();
  });
});
