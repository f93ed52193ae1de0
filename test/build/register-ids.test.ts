/**
 * Stable identifiers of register entries (issue 14): every entry carries its URI into the corpus file; an id the
 * edition published and that no entry has now is an error unless a redirect maps it, and the redirected old id
 * keeps an anchor on its entry's register page.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { checkRegisterIds, type EntryAt } from '../../src/build/register-ids.js';
import { manifestText, readManifest } from '../../src/build/manifest.js';
import { readEditionConfig, type EditionConfig } from '../../src/edition-config.js';
import { withEntryUris } from '../../src/edition-file.js';
import { ROOT } from '../helpers/ingest.js';

const project = JSON.parse(readFileSync(join(ROOT, 'edition.config.json'), 'utf8')) as EditionConfig;
const web: EditionConfig = { ...project, baseUri: 'https://cables.example.org/harriman/' };
const at = (kind: EntryAt['kind'], file = `authority/${kind}s.xml`, line = 7): EntryAt => ({ kind, file, line });
const where = { registersDir: 'authority', configFile: 'edition.config.json' };

describe('withEntryUris: the registers as the corpus file holds them', () => {
  const register = (entries: string): string =>
    `<?xml version="1.0"?>\n<!-- <person xml:id="in-a-comment"></person> -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>\n<standOff>\n  <listPerson>\n${entries}\n  </listPerson>\n</standOff></TEI>\n`;

  it('puts the URI after the other idno and before the note, indented as the other children', () => {
    const xml = register('    <person xml:id="stalin">\n      <persName type="reg">Stalin, Joseph</persName>\n      <idno type="wikidata">Q855</idno>\n      <note>Soviet.</note>\n    </person>');
    expect(withEntryUris(xml, web)).toContain(
      '      <idno type="wikidata">Q855</idno>\n      <idno type="URI">https://cables.example.org/harriman/person/stalin</idno>\n      <note>Soviet.</note>\n    </person>',
    );
  });

  it('puts it last in an entry without a note, and on the line of an entry written on one line', () => {
    const out = withEntryUris(
      register('<place xml:id="dalian"><placeName>Dalian</placeName><note>A port.</note></place>\n<org xml:id="red-army">\n  <orgName>Red Army</orgName>\n</org>'),
      project,
    );
    expect(out).toContain('<place xml:id="dalian"><placeName>Dalian</placeName><idno type="URI">urn:cables-tei:harriman:place:dalian</idno><note>A port.</note></place>');
    expect(out).toContain('<org xml:id="red-army">\n  <orgName>Red Army</orgName>\n  <idno type="URI">urn:cables-tei:harriman:org:red-army</idno>\n</org>');
  });

  it('leaves the header, comments and an entry that has its URI already as they are', () => {
    const has = '<person xml:id="x"><persName type="reg">X</persName><idno type="URI">https://cables.example.org/harriman/person/x</idno></person>';
    const out = withEntryUris(register(has), web);
    expect(out).toContain(has);
    expect(out).toContain('<!-- <person xml:id="in-a-comment"></person> -->');
    expect(out.match(/type="URI"/g)).toHaveLength(1);
  });

  it('gives every entry of the project’s registers its URI, once', () => {
    for (const name of ['persons.xml', 'places.xml', 'orgs.xml']) {
      const xml = readFileSync(join(ROOT, 'tei', 'authority', name), 'utf8');
      const ids = [...xml.matchAll(/<(?:person|place|org) xml:id="([^"]+)"/g)].map((m) => m[1]!);
      const out = withEntryUris(xml, web);
      const uris = [...out.matchAll(/<idno type="URI">([^<]+)<\/idno>/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(100);
      expect(uris).toEqual(ids.map((id) => `${web.baseUri}${name.replace(/s\.xml$/, '')}/${id}`));
    }
  });
});

describe('checkRegisterIds', () => {
  const entries = new Map<string, EntryAt>([
    ['stalin-joseph', at('person', 'authority/persons.xml', 40)],
    ['molotov', at('person')],
    ['dalian', at('place')],
  ]);

  it('records what it has not seen before, and checks nothing without a record', () => {
    const r = checkRegisterIds(undefined, entries, project, where);
    expect(r.diagnostics).toEqual([]);
    expect(r.published).toEqual({ person: ['molotov', 'stalin-joseph'], place: ['dalian'] });
  });

  it('reports a published id that no entry has now at its register, with the redirect to add', () => {
    const r = checkRegisterIds({ person: ['molotov', 'stalin'], place: ['dalian'] }, entries, project, where);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: 'authority/persons.xml', line: 1, severity: 'error', ruleId: 'register:renamed-id', message: expect.stringContaining('"registerRedirects": { "stalin": "stalin-joseph" }') }),
    ]);
    expect(r.diagnostics[0]!.message).toContain('urn:cables-tei:harriman:person:stalin');
    // The record stays as it was, so that the next build says it again, and names the new id again, until it is mended.
    expect(r.published).toEqual({ person: ['molotov', 'stalin'], place: ['dalian'] });
  });

  it('accepts a redirect to an entry (through a chain of them), and says so at the entry', () => {
    const edition = { ...project, registerRedirects: { stalin: 'stalin-j', 'stalin-j': 'stalin-joseph' } };
    const r = checkRegisterIds({ person: ['stalin', 'stalin-j'] }, entries, edition, where);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.severity, d.ruleId])).toEqual([
      ['authority/persons.xml', 40, 'info', 'register:redirect'],
      ['authority/persons.xml', 40, 'info', 'register:redirect'],
    ]);
    expect(r.redirects).toEqual({ stalin: 'stalin-joseph', 'stalin-j': 'stalin-joseph' });
    // The old ids stay published: a redirect taken away later is an error again.
    expect(r.published.person).toEqual(['molotov', 'stalin', 'stalin-j', 'stalin-joseph']);
  });

  it('warns of a redirect that cannot hold, and ignores it', () => {
    const edition = { ...project, registerRedirects: { molotov: 'dalian', stalin: 'nobody', a: 'b', b: 'a' } };
    const r = checkRegisterIds({ person: ['stalin'] }, entries, edition, where);
    expect(r.redirects).toEqual({});
    expect(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.file, d.ruleId, d.message])).toEqual([
      ['edition.config.json', 'register:redirect', expect.stringContaining('“a” → “b”: no entry of the registers has the new id')],
      ['edition.config.json', 'register:redirect', expect.stringContaining('“b” → “a”: no entry')],
      ['edition.config.json', 'register:redirect', expect.stringContaining('“molotov” → “dalian”: an entry of the registers still has the old id')],
      ['edition.config.json', 'register:redirect', expect.stringContaining('“stalin” → “nobody”: no entry')],
    ]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'register:renamed-id')).toHaveLength(1);
  });
});

describe('the manifest and the configuration', () => {
  it('the manifest keeps the published register ids from one build to the next', () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-ids-manifest-'));
    writeFileSync(join(dir, 'build-manifest.json'), manifestText({ cables: new Map(), registers: { person: ['a', 'b'], org: ['c'] } }));
    expect(readManifest(dir, []).registers).toEqual({ person: ['a', 'b'], org: ['c'] });
    writeFileSync(join(dir, 'build-manifest.json'), manifestText({ cables: new Map() }));
    expect(readManifest(dir, []).registers).toBeUndefined();
  });

  it('the configuration’s schema takes register ids as the keys and values of registerRedirects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-ids-config-'));
    const file = join(dir, 'edition.config.json');
    writeFileSync(file, JSON.stringify({ ...project, registerRedirects: { stalin: 'stalin-joseph', 'lüshun': 'port-arthur' } }));
    expect(readEditionConfig(file).diagnostics).toEqual([]);
    writeFileSync(file, JSON.stringify({ ...project, registerRedirects: { stalin: '#stalin-joseph' } }));
    expect(readEditionConfig(file).diagnostics.map((d) => d.ruleId)).toEqual(['config:schema']);
  });
});

describe('a register id that changes, in a build', () => {
  const out = mkdtempSync(join(tmpdir(), 'register-ids-'));
  const registersDir = join(out, 'authority');
  const configPath = join(out, 'edition.config.json');
  const options = { cablesDir: join(out, 'cables'), teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), registersDir, configPath, jobs: 1 };
  const persons = join(registersDir, 'persons.xml');
  const stem = '004_ee78402f5728550e';
  const errors = (r: BuildReport): string[] => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.replace(/^.*authority\//, '')} ${d.ruleId} ${d.message}`);
  let first: BuildReport;

  beforeAll(async () => {
    mkdirSync(options.cablesDir);
    copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(options.cablesDir, `${stem}.txt`));
    cpSync(join(ROOT, 'tei', 'authority'), registersDir, { recursive: true });
    writeFileSync(configPath, JSON.stringify({ ...web }));
    first = await build(options);
  }, 300_000);

  it('records the register ids it published in the manifest', () => {
    expect(first.ok, JSON.stringify(first.diagnostics)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(options.teiDir, 'build-manifest.json'), 'utf8')) as { registers: Record<string, string[]> };
    expect(manifest.registers.person).toContain('stalin');
    expect(manifest.registers.place).toContain('dalian');
    expect(manifest.registers.org).toContain('red-army');
  });

  it('is an error at the register, build after build, until a redirect maps the old id; then the old id is an anchor of the new entry', async () => {
    writeFileSync(persons, readFileSync(persons, 'utf8').replace('<person xml:id="stalin">', '<person xml:id="stalin-joseph">'));
    const renamed = await build(options);
    expect(renamed.ok).toBe(false);
    expect(errors(renamed)).toEqual([expect.stringMatching(/^persons\.xml register:renamed-id the person “stalin” was published \(https:\/\/cables\.example\.org\/harriman\/person\/stalin\).*"stalin": "stalin-joseph"/)]);
    expect(errors(await build(options))).toEqual(errors(renamed));

    writeFileSync(configPath, JSON.stringify({ ...web, registerRedirects: { stalin: 'stalin-joseph' } }));
    const redirected = await build(options);
    expect(errors(redirected)).toEqual([]);
    expect(redirected.ok).toBe(true);
    expect(redirected.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'register:redirect', severity: 'info', file: expect.stringMatching(/persons\.xml$/) }));
    const page = readFileSync(join(options.distDir, 'html', 'persons.html'), 'utf8');
    const section = /<section class="entry" id="stalin-joseph"[\s\S]*?<\/section>/.exec(page)![0];
    expect(section).toContain('<dd id="stalin">stalin (<span class="uri">https://cables.example.org/harriman/person/stalin</span>)</dd>');
    expect(section).toContain('<a class="uri" rel="bookmark" href="https://cables.example.org/harriman/person/stalin-joseph">');
    expect(page.match(/ id="stalin"/g)).toHaveLength(1);
  }, 600_000);
});
