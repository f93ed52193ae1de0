/**
 * The edition's OAI-PMH static repository, as the build makes it for an edition that can be harvested: valid
 * against the static repository's schema (with the records' oai_dc), one record per cable named after the
 * cable's URI, each the cable's own catalogue record, and the same bytes when built again.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { STATIC_REPOSITORY_SCHEMA } from '../../src/build/oai.js';
import type { EditionConfig } from '../../src/edition-config.js';
import { loadXsd } from '../../src/schemas.js';
import { validateXsd } from '../../src/validate/xsd.js';
import { ROOT } from '../helpers/ingest.js';

const out = mkdtempSync(join(tmpdir(), 'oai-'));
const project = JSON.parse(readFileSync(join(ROOT, 'edition.config.json'), 'utf8')) as EditionConfig;
const config = { ...project, baseUri: 'https://cables.example.org/harriman/', email: 'editors@cables.example.org', oaiGateway: 'http://gateway.example.net/oai' };
const options = { cablesDir: join(ROOT, 'cables'), teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), configPath: join(out, 'edition.config.json') };
const repositoryPath = join(out, 'dist', 'oai', 'static-repository.xml');
let report: BuildReport;
let repository: string;

const check = (xml: string) => validateXsd({ path: 'static-repository.xml', contents: xml }, loadXsd(join(ROOT, 'schema'), STATIC_REPOSITORY_SCHEMA), 'oai:schema');
const all = (xml: string, el: string): string[] => [...xml.matchAll(new RegExp(`<${el}>([^<]*)</${el}>`, 'g'))].map((m) => m[1]!);
/** A record's oai_dc, as element and text pairs: the same record whatever the namespace declarations and indentation. */
const dcOf = (xml: string): string[] => [...xml.matchAll(/<dc:(\w+)>([^<]*)<\/dc:\1>/g)].map((m) => `${m[1]}=${m[2]}`);

beforeAll(async () => {
  writeFileSync(options.configPath, JSON.stringify(config, null, 2));
  report = await build(options);
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  repository = readFileSync(repositoryPath, 'utf8');
}, 300_000);

describe('the static repository', () => {
  it('is valid against static-repository.xsd, its records against oai_dc.xsd, and the build found nothing wrong', async () => {
    expect(await check(repository)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.ruleId.startsWith('oai:'))).toEqual([]);
  });

  it('identifies the edition: its name, the gateway’s baseURL for it, its contact, its version date', () => {
    expect(all(repository, 'oai:repositoryName')).toEqual([config.title]);
    expect(all(repository, 'oai:baseURL')).toEqual(['http://gateway.example.net/oai/cables.example.org/harriman/oai/static-repository.xml']);
    expect(all(repository, 'oai:adminEmail')).toEqual([config.email]);
    expect(all(repository, 'oai:earliestDatestamp')).toEqual([config.date]);
    expect(all(repository, 'oai:metadataPrefix')).toEqual(['oai_dc']);
    expect(repository).toContain('<ListRecords metadataPrefix="oai_dc">');
  });

  it('has one record per cable, named after the cable’s URI, dated by the edition’s version', () => {
    const cables = readdirSync(options.teiDir).filter((f) => f.endsWith('.xml'));
    const uris = cables.map((f) => /<idno type="URI">([^<]+)<\/idno>/.exec(readFileSync(join(options.teiDir, f), 'utf8'))![1]!);
    const identifiers = all(repository, 'oai:identifier');
    expect(identifiers).toHaveLength(cables.length);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    expect(identifiers.map((id) => id.replace(/^oai:cables\.example\.org:/, 'https://cables.example.org/')).sort()).toEqual([...uris].sort());
    expect(all(repository, 'oai:datestamp')).toEqual(identifiers.map(() => config.date));
  });

  it('gives each cable the catalogue record of dist/dc/, whose identifier is the record’s', () => {
    const records = repository.split('<oai:record>').slice(1);
    for (const record of records) {
      const uri = all(record, 'oai:identifier')[0]!.replace(/^oai:cables\.example\.org:/, 'https://cables.example.org/');
      const name = uri.slice(uri.lastIndexOf('/') + 1);
      expect(all(record, 'dc:identifier')).toContain(uri);
      const own = readFileSync(join(out, 'dist', 'dc', `${name}.xml`), 'utf8');
      expect(dcOf(record)).toEqual(dcOf(own));
      expect(dcOf(record).length).toBeGreaterThan(5);
    }
  });

  it('is refused when a record lacks its identifier or its metadata, or its metadata is not oai_dc', async () => {
    const first = /<oai:identifier>[^<]*<\/oai:identifier>/.exec(repository)!;
    const line = repository.slice(0, first.index).split('\n').length;
    const noIdentifier = repository.replace(first[0], '');
    // The datestamp after it, on the next line, is where the schema finds the identifier missing.
    expect(await check(noIdentifier)).toEqual([expect.objectContaining({ file: 'static-repository.xml', line: line + 1, ruleId: 'oai:schema' })]);
    expect(await check(repository.replace(/<oai:metadata>[\s\S]*?<\/oai:metadata>/, ''))).not.toEqual([]);
    expect(await check(repository.replace('<dc:title>', '<dc:headline>').replace('</dc:title>', '</dc:headline>'))).not.toEqual([]);
  });

  it('is the same file when built again', async () => {
    const again = await build(options);
    expect(again.ok).toBe(true);
    expect(readFileSync(repositoryPath, 'utf8')).toBe(repository);
  }, 300_000);
});
