/** The edition's configuration: one file names, credits and licenses the edition; another collection edits that file, not the code. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { main } from '../src/cli.js';
import { readEditionConfig, uriOf, type EditionConfig } from '../src/edition-config.js';
import { encodeTei } from '../src/encode/tei.js';
import { loadRng } from '../src/schemas.js';
import { validateRng } from '../src/validate/rng.js';
import { buildFile, ROOT } from './helpers/ingest.js';

const OTHER: EditionConfig = {
  title: 'Kennan Dispatches: A Test Edition',
  publisher: 'A university library',
  editors: [
    { name: 'Ada Example', role: 'General editor' },
    { name: 'Ben Sample', role: 'Registers' },
  ],
  date: '2027-01-15',
  licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  baseUri: 'https://dispatches.example.edu/',
  language: 'en-GB',
};

describe('edition.config.json', () => {
  it('as committed is valid, and is what the committed TEI says', () => {
    const read = readEditionConfig(`${ROOT}edition.config.json`);
    expect(read.diagnostics).toEqual([]);
    const tei = readFileSync(`${ROOT}tei/004_ee78402f5728550e.xml`, 'utf8');
    expect(tei).toContain(`<seriesStmt>\n        <title>${read.config!.title}</title>`);
    expect(tei).toContain(`<publisher>${read.config!.publisher}</publisher>`);
    expect(tei).toContain(`<licence target="${read.config!.licence.url}">`);
  });

  it('names the place of what is wrong in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const path = join(dir, 'edition.config.json');
    writeFileSync(path, JSON.stringify({ ...OTHER, licence: { name: 'x', url: 'javascript:alert(1)' }, editors: [] }, null, 2));
    const read = readEditionConfig(path, 'edition.config.json');
    expect(read.config).toBeUndefined();
    // Line 4: "editors": [] (none); line 8: the licence's "url" (not http).
    expect(read.diagnostics.map((d) => [d.ruleId, d.line])).toEqual(
      expect.arrayContaining([
        ['config:schema', 4],
        ['config:schema', 8],
      ]),
    );
    writeFileSync(path, '{ "title": ');
    expect(readEditionConfig(path, 'edition.config.json').diagnostics[0]).toMatchObject({ ruleId: 'config:not-json', line: 1 });
  });

  it('gives another collection its own title, publisher, editors, date, licence and language, valid against the profile', async () => {
    const { cable } = buildFile('cables/004_ee78402f5728550e.txt');
    const tei = encodeTei(cable, { edition: OTHER });
    expect(tei).toContain('xml:lang="en-GB"');
    expect(tei).toContain('<respStmt>\n          <resp>General editor</resp>\n          <name>Ada Example</name>\n        </respStmt>');
    expect(tei).toContain('<resp>Registers</resp>');
    expect(tei).toContain('<publisher>A university library</publisher>');
    expect(tei).toContain('<date when="2027-01-15">');
    expect(tei).toContain('<licence target="https://creativecommons.org/publicdomain/zero/1.0/">The encoding: CC0 1.0.</licence>');
    expect(tei).toContain('<title>Kennan Dispatches: A Test Edition</title>');
    expect(tei).not.toContain('Harriman Cables');
    // Stable identifiers from the base URI: the cable's and the edition's.
    expect(tei).toContain('<idno type="URI">https://dispatches.example.edu/cable/004_ee78402f5728550e</idno>');
    expect(tei).toContain('<idno type="URI">https://dispatches.example.edu/</idno>');
    expect(uriOf({ ...OTHER, baseUri: 'urn:x-test:dispatches:' }, 'person', 'harriman')).toBe('urn:x-test:dispatches:person:harriman');
    expect(await validateRng([{ path: 'other.xml', contents: tei }], loadRng(`${ROOT}schema`, 'tei-cable.rng'))).toEqual([]);
  });

  it('names the pages and the JSON of a build with another configuration, with its URIs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    writeFileSync(join(dir, 'other.json'), JSON.stringify(OTHER));
    expect(await main(['--cables', `${ROOT}cables`, '--out', dir, '--config', join(dir, 'other.json')])).toBe(0);
    const page = readFileSync(join(dir, 'dist', 'html', '004_ee78402f5728550e.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://dispatches.example.edu/cable/004_ee78402f5728550e">');
    expect(page).toContain('Kennan Dispatches: A Test Edition');
    expect(readFileSync(join(dir, 'dist', 'html', 'index.html'), 'utf8')).toContain('<h1>Kennan Dispatches: A Test Edition</h1>');
    const json = JSON.parse(readFileSync(join(dir, 'dist', 'json', '004_ee78402f5728550e.json'), 'utf8')) as { uri: string };
    expect(json.uri).toBe('https://dispatches.example.edu/cable/004_ee78402f5728550e');
    const edition = JSON.parse(readFileSync(join(dir, 'dist', 'json', 'edition.json'), 'utf8')) as { title: string; registers: { persons: { id: string; uri: string }[] } };
    expect(edition.title).toBe(OTHER.title);
    expect(edition.registers.persons.find((p) => p.id === 'stalin')?.uri).toBe('https://dispatches.example.edu/person/stalin');
    // The project's own (a URN) gives no canonical link: it is no address a browser can open.
    expect(readFileSync(`${ROOT}tei/004_ee78402f5728550e.xml`, 'utf8')).toContain('<idno type="URI">urn:');
  }, 120_000);

  it('when missing or wrong, the build writes nothing and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const code = await main(['--cables', `${ROOT}cables`, '--out', dir, '--config', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(() => readFileSync(join(dir, 'tei', '004_ee78402f5728550e.xml'))).toThrow();
  });
});

describe('stable identifiers', () => {
  it('a cable renamed since it was published is an error, unless the configuration redirects its old name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rename-'));
    const cables = join(dir, 'cables');
    mkdirSync(cables);
    copyFileSync(`${ROOT}cables/004_ee78402f5728550e.txt`, join(cables, 'old-name.txt'));
    copyFileSync(`${ROOT}cables/002_336ee8d35a94a445.txt`, join(cables, 'other.txt'));
    const options = { cablesDir: cables, teiDir: join(dir, 'tei'), distDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') };
    expect((await build(options)).ok).toBe(true);
    renameSync(join(cables, 'old-name.txt'), join(cables, 'new-name.txt'));
    const renamed = await build(options);
    expect(renamed.ok).toBe(false);
    const cable = renamed.cables.find((c) => c.stem === 'new-name')!;
    expect(cable.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'output:renamed', severity: 'error' }));
    expect(renamed.cables.find((c) => c.stem === 'other')!.ok).toBe(true);
    // With a redirect from the old name, the build accepts the new one.
    const config = { ...(JSON.parse(readFileSync(`${ROOT}edition.config.json`, 'utf8')) as object), $schema: undefined, redirects: { 'old-name': 'new-name' } };
    writeFileSync(join(dir, 'edition.config.json'), JSON.stringify(config));
    renameSync(join(cables, 'new-name.txt'), join(cables, 'old-name.txt'));
    await build(options);
    renameSync(join(cables, 'old-name.txt'), join(cables, 'new-name.txt'));
    const redirected = await build({ ...options, configPath: join(dir, 'edition.config.json') });
    expect(redirected.ok).toBe(true);
    expect(redirected.cables.find((c) => c.stem === 'new-name')!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'output:redirect', severity: 'info' }));
  }, 180_000);
});
