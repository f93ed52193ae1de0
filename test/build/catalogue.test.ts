/** Catalogue records: a Dublin Core record (oai_dc) per cable, valid against the OAI-PMH schema (kept in schema/), with what a library's catalogue needs. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { build, type BuildReport } from '../../src/build.js';
import { ROOT } from '../helpers/ingest.js';

const CABLES = ['000_fb8a52e7ff6220c4', '001_1b218d7b1150b741', '002_336ee8d35a94a445', '003_00770a608ea074b4', '004_ee78402f5728550e'];
const records = new Map<string, string>();
let report: BuildReport;
let out: string;
const schemaFile = (name: string): { fileName: string; contents: string } => ({ fileName: name, contents: readFileSync(`${ROOT}schema/${name}`, 'utf8') });
const xsd = async (xml: string): Promise<{ valid: boolean; rawOutput: string }> =>
  validateXML({ xml: [{ fileName: 'record.xml', contents: xml }], schema: [schemaFile('oai_dc.xsd')], preload: [schemaFile('dc.xsd'), schemaFile('xml.xsd')], extension: 'schema' });

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dc-'));
  report = await build({ cablesDir: `${ROOT}cables`, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache') });
  expect(report.ok).toBe(true);
  for (const stem of CABLES) records.set(stem, readFileSync(join(out, 'dist', 'dc', `${stem}.xml`), 'utf8'));
}, 120_000);

describe('Dublin Core records', () => {
  it.each(CABLES)('%s: valid against oai_dc.xsd', async (stem) => {
    const result = await xsd(records.get(stem)!);
    expect(result.rawOutput).not.toMatch(/error/i);
    expect(result.valid).toBe(true);
  });

  it('the schema refuses what oai_dc does not allow', async () => {
    const bad = records.get(CABLES[0]!)!.replace('<dc:title>', '<dc:headline>').replace('</dc:title>', '</dc:headline>');
    expect((await xsd(bad)).valid).toBe(false);
  });

  it('give title, creator by the register’s name, date, places, persons, identifiers, source and rights', () => {
    const r = records.get('004_ee78402f5728550e')!;
    const all = (el: string): string[] => [...r.matchAll(new RegExp(`<dc:${el}>([^<]*)</dc:${el}>`, 'g'))].map((m) => m[1]!);
    expect(all('title')).toEqual(['The Ambassador in the Soviet Union (Harriman) to the President, 15 December 1944']);
    expect(all('creator')).toEqual(['Harriman, W. Averell']);
    expect(all('date')).toEqual(['1944-12-15']);
    expect(all('coverage')).toEqual(expect.arrayContaining(['Moscow', 'Dalian', 'Outer Mongolia']));
    expect(all('subject')).toEqual(expect.arrayContaining(['Stalin, Joseph', 'Telegram']));
    expect(all('identifier')).toContain('urn:cables-tei:harriman:cable:004_ee78402f5728550e');
    // A URN base gives the cable its identifier, but no subject or place a URI that nothing resolves.
    expect([...all('subject'), ...all('coverage')].filter((v) => v.startsWith('urn:'))).toEqual([]);
    expect(all('source')[0]).toContain('Foreign Relations of the United States');
    expect(all('rights')[0]).toContain('public domain');
    // An archive copy relates to the archive's page.
    const wilson = records.get('003_00770a608ea074b4')!;
    expect(wilson).toMatch(/<dc:relation>https:\/\/[^<]+<\/dc:relation>/);
  });

  it('without an http base URI and an email (the project’s own configuration), no static repository, and why', () => {
    expect(existsSync(join(out, 'dist', 'oai', 'static-repository.xml'))).toBe(false);
    expect(report.diagnostics.filter((d) => d.ruleId.startsWith('oai:'))).toEqual([
      expect.objectContaining({ file: 'edition.config.json', severity: 'info', ruleId: 'oai:not-harvestable', message: expect.stringMatching(/not an http\(s\) URL.*"email"/) }),
    ]);
  });
});
