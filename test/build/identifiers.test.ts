/**
 * Stable identifiers on the web (issue 14): from an http(s) base URI, each cable's page and each collation's
 * page name their URI as canonical; a cable renamed with a redirect keeps a page under its old name that
 * sends the reader on; a redirect that cannot hold is a warning.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import type { EditionConfig } from '../../src/edition-config.js';
import { validateXML } from 'xmllint-wasm';
import { loadRng } from '../../src/schemas.js';
import { validateRng } from '../../src/validate/rng.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

const out = mkdtempSync(join(tmpdir(), 'identifiers-'));
const cables = join(out, 'cables');
const project = JSON.parse(readFileSync(join(ROOT, 'edition.config.json'), 'utf8')) as EditionConfig;
const base = 'https://cables.example.org/harriman/';
const configPath = join(out, 'edition.config.json');
const options = { cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), configPath, jobs: 1 };
const [a, b] = [CABLES[1]!, CABLES[3]!]; // two copies of one telegram: a collation
const canonical = (html: string): string | undefined => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
const uriIn = (xml: string): string => /<publicationStmt>[\s\S]*?<idno type="URI">([^<]*)<\/idno>/.exec(xml)![1]!;
let first: BuildReport;
const schemaFile = (name: string): { fileName: string; contents: string } => ({ fileName: name, contents: readFileSync(join(ROOT, 'schema', name), 'utf8') });

beforeAll(async () => {
  writeFileSync(configPath, JSON.stringify({ ...project, baseUri: base }));
  mkdirSync(cables);
  for (const stem of [a, b]) {
    copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
    if (existsSync(join(ROOT, 'cables', `${stem}.json`))) copyFileSync(join(ROOT, 'cables', `${stem}.json`), join(cables, `${stem}.json`));
  }
  first = await build(options);
}, 300_000);

describe('stable identifiers', () => {
  it('gives each cable page and the collation page its URI as canonical', () => {
    expect(first.ok, JSON.stringify(first.diagnostics)).toBe(true);
    for (const stem of [a, b]) {
      const uri = uriIn(readFileSync(join(out, 'tei', `${stem}.xml`), 'utf8'));
      expect(uri).toBe(`${base}cable/${stem}`);
      expect(canonical(readFileSync(join(out, 'dist', 'html', `${stem}.html`), 'utf8'))).toBe(uri);
    }
    const group = first.witnesses![0]!;
    const collation = readFileSync(join(out, 'tei', 'collations', `${group.id}.xml`), 'utf8');
    expect(uriIn(collation)).toBe(`${base}collation/${group.id}`);
    expect(canonical(readFileSync(join(out, 'dist', 'html', 'collations', `${group.id}.html`), 'utf8'))).toBe(uriIn(collation));
  });

  it('gives each register entry its URI in the corpus file, which stays valid against the corpus profile', async () => {
    const corpus = readFileSync(join(out, 'dist', 'tei', 'edition.xml'), 'utf8');
    const registers = corpus.slice(corpus.indexOf('<listPerson>'));
    const entries = [...registers.matchAll(/<(person|place|org) xml:id="([^"]+)">([\s\S]*?)<\/\1>/g)];
    expect(entries.length).toBeGreaterThan(1000);
    for (const [, kind, id, body] of entries) expect([...body!.matchAll(/<idno type="URI">([^<]*)<\/idno>/g)].map((m) => m[1]), id).toEqual([`${base}${kind}/${id}`]);
    expect(await validateRng([{ path: 'edition.xml', contents: corpus }], loadRng(join(ROOT, 'schema'), 'tei-corpus.rng'))).toEqual([]);
  });

  it('shows each register entry’s URI on its register page, as a link', () => {
    for (const [page, kind] of [['persons.html', 'person'], ['places.html', 'place'], ['orgs.html', 'org']] as const) {
      const html = readFileSync(join(out, 'dist', 'html', page), 'utf8');
      const sections = [...html.matchAll(/<section class="entry" id="([^"]+)"[\s\S]*?<\/section>/g)];
      expect(sections.length, page).toBeGreaterThan(0);
      for (const [section, id] of sections) {
        const uri = `${base}${kind}/${id}`;
        expect(section, `${page}#${id}`).toContain(`<dt>Stable identifier</dt><dd><a class="uri" rel="bookmark" href="${uri}">${uri}</a></dd>`);
      }
    }
  });

  it('names in each catalogue record the URI of every person of its subject and place of its coverage, and the record stays valid', async () => {
    for (const stem of [a, b]) {
      const record = readFileSync(join(out, 'dist', 'dc', `${stem}.xml`), 'utf8');
      const tei = readFileSync(join(out, 'tei', `${stem}.xml`), 'utf8');
      const text = tei.slice(tei.indexOf('<text>'), tei.indexOf('</text>'));
      const pointed = (el: string): string[] => [...new Set([...text.matchAll(new RegExp(`<${el}[^>]* ref="#([^"]+)"`, 'g'))].map((m) => m[1]!))].sort();
      const uris = (el: string, kind: string): string[] => [...record.matchAll(new RegExp(`<dc:${el}>${base}${kind}/([^<]+)</dc:${el}>`, 'g'))].map((m) => m[1]!).sort();
      expect(uris('subject', 'person'), stem).toEqual(pointed('persName'));
      expect(pointed('persName').length).toBeGreaterThan(0);
      // The coverage holds the places of the text and the place it was sent from.
      expect(uris('coverage', 'place'), stem).toEqual(expect.arrayContaining(pointed('placeName')));
      // Each URI follows the name of its entry.
      expect(record).toMatch(new RegExp(`<dc:subject>[^<]+</dc:subject>\\s*<dc:subject>${base}person/`));
      const check = await validateXML({ xml: [{ fileName: 'record.xml', contents: record }], schema: [schemaFile('oai_dc.xsd')], preload: [schemaFile('dc.xsd'), schemaFile('xml.xsd')], extension: 'schema' });
      expect(check.rawOutput).not.toMatch(/error/i);
      expect(check.valid).toBe(true);
    }
  });

  it('keeps a page under a renamed cable’s old name that sends the reader to the new one', async () => {
    const renamed = `${b}-renamed`;
    renameSync(join(cables, `${b}.txt`), join(cables, `${renamed}.txt`));
    writeFileSync(configPath, JSON.stringify({ ...project, baseUri: base, redirects: { [b]: renamed, 'no-such-old': 'no-such-new' } }));
    const r = await build(options);
    expect(r.cables.find((c) => c.stem === renamed)!.diagnostics.map((d) => d.ruleId)).toContain('output:redirect');
    expect(r.cables.flatMap((c) => c.diagnostics).filter((d) => d.ruleId === 'output:renamed')).toEqual([]);
    const stub = readFileSync(join(out, 'dist', 'html', `${b}.html`), 'utf8');
    expect(stub).toContain(`<meta http-equiv="refresh" content="0; url=${renamed}.html">`);
    expect(stub).toContain(`<a href="${renamed}.html">`);
    expect(canonical(stub)).toBe(`${base}cable/${renamed}`);
    expect(existsSync(join(out, 'dist', 'json', `${b}.json`))).toBe(false);
    expect(r.diagnostics.filter((d) => d.ruleId === 'output:redirect').map((d) => d.message)).toEqual([expect.stringContaining('no cable of the edition has the new name')]);
    // Built again: the redirect page stays (it is not taken for the page of a cable that is gone).
    const again = await build(options);
    expect(again.diagnostics.filter((d) => d.ruleId === 'output:removed')).toEqual([]);
    expect(existsSync(join(out, 'dist', 'html', `${b}.html`))).toBe(true);
  }, 300_000);
});
