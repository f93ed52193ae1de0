/** What the static repository says of itself, from the edition's configuration, and when an edition cannot have one. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticRepositoryMessages } from '../../src/build/oai.js';
import type { EditionConfig } from '../../src/edition-config.js';
import { staticRepository } from '../../src/library/oai.js';
import { ROOT } from '../helpers/ingest.js';

const EDITION: EditionConfig = {
  title: 'Kennan Dispatches',
  publisher: 'A library',
  editors: [{ name: 'Ada Example', role: 'Editor' }],
  date: '2027-01-15',
  licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  baseUri: 'https://dispatches.example.edu/kennan/',
  language: 'en',
  email: 'editors@example.edu',
};

describe('staticRepository', () => {
  it('is published under the base URI; its records are named from its host and path', () => {
    const r = staticRepository(EDITION, 3);
    expect(r).toEqual({
      repository: {
        url: 'https://dispatches.example.edu/kennan/oai/static-repository.xml',
        baseURL: 'https://dispatches.example.edu/kennan/oai/static-repository.xml',
        identifierPrefix: 'oai:dispatches.example.edu:kennan/',
        adminEmail: 'editors@example.edu',
        datestamp: '2027-01-15',
      },
    });
    // At the root of a host, with a port: the identifier names the host alone.
    const root = staticRepository({ ...EDITION, baseUri: 'http://example.org:8080/' }, 1);
    expect('repository' in root && root.repository.identifierPrefix).toBe('oai:example.org:');
  });

  it('has the baseURL of its gateway: the gateway, a slash, and its own URL without the scheme', () => {
    for (const gateway of ['http://gateway.example.net/oai', 'http://gateway.example.net/oai/']) {
      const r = staticRepository({ ...EDITION, oaiGateway: gateway }, 1);
      expect('repository' in r && r.repository.baseURL).toBe('http://gateway.example.net/oai/dispatches.example.edu/kennan/oai/static-repository.xml');
    }
  });

  it('is not made, and says why, without an http base on a domain, an email, a day or a cable', () => {
    const why = (edition: Partial<EditionConfig>, cables = 1): string[] => {
      const r = staticRepository({ ...EDITION, ...edition }, cables);
      return 'missing' in r ? r.missing : [];
    };
    expect(why({ baseUri: 'urn:cables-tei:harriman:' })).toEqual([expect.stringContaining('is not an http(s) URL')]);
    expect(why({ baseUri: 'https://127.0.0.1/' })).toEqual([expect.stringContaining('is not a domain name')]);
    expect(why({ baseUri: 'https://localhost/' })).toEqual([expect.stringContaining('is not a domain name')]);
    expect(why({ email: undefined })).toEqual([expect.stringContaining('"email"')]);
    expect(why({ date: '2027-01' })).toEqual([expect.stringContaining('is not a day')]);
    expect(why({}, 0)).toEqual([expect.stringContaining('no cable')]);
    // The project's own configuration, as committed: a URN and no email.
    expect(why({ baseUri: 'urn:cables-tei:harriman:', email: undefined })).toHaveLength(2);
  });
});

describe('staticRepositoryMessages', () => {
  const schemaDir = join(ROOT, 'schema');

  it('says why there is none, and removes the one an earlier build wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oai-'));
    const path = join(dir, 'oai', 'static-repository.xml');
    mkdirSync(join(dir, 'oai'));
    writeFileSync(path, '<Repository/>');
    const messages = await staticRepositoryMessages({ missing: ['no email'] }, false, path, 'edition.config.json', schemaDir);
    expect(messages).toEqual([
      expect.objectContaining({ file: 'edition.config.json', severity: 'info', ruleId: 'oai:not-harvestable', message: 'no OAI-PMH static repository is written: no email' }),
      expect.objectContaining({ severity: 'info', ruleId: 'output:removed' }),
    ]);
    expect(existsSync(path)).toBe(false);
  });

  it('reports what the schema refuses in the file written, at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oai-'));
    const path = join(dir, 'static-repository.xml');
    const made = staticRepository(EDITION, 1);
    writeFileSync(
      path,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/">',
        '  <Identify><oai:repositoryName>x</oai:repositoryName><oai:baseURL>http://example.org/r.xml</oai:baseURL><oai:protocolVersion>2.0</oai:protocolVersion>',
        '    <oai:adminEmail>a@example.org</oai:adminEmail><oai:earliestDatestamp>2027-01-15</oai:earliestDatestamp><oai:deletedRecord>no</oai:deletedRecord><oai:granularity>YYYY-MM-DD</oai:granularity></Identify>',
        '  <ListMetadataFormats><oai:metadataFormat><oai:metadataPrefix>oai_dc</oai:metadataPrefix><oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema><oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace></oai:metadataFormat></ListMetadataFormats>',
        '  <ListRecords metadataPrefix="oai_dc"><oai:record><oai:header>',
        '    <oai:datestamp>2027-01-15</oai:datestamp></oai:header>',
        '    <oai:metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>x</dc:title></oai_dc:dc></oai:metadata></oai:record></ListRecords>',
        '</Repository>',
      ].join('\n'),
    );
    const messages = await staticRepositoryMessages(made, true, path, 'edition.config.json', schemaDir);
    expect(messages).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'oai:schema', line: 7, column: 5, message: expect.stringContaining('identifier') })]);
  });
});
