import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cableTitle, encodeTei, fromCapitals, teiId } from '../../src/encode/tei.js';
import { fingerprint } from '../../src/build/manifest.js';
import { buildFile, buildTei, CABLES, parseFile, ROOT } from '../helpers/ingest.js';
import { missingWords, textEnd, textStart, withoutSigns, words, xmlWords } from '../helpers/words.js';

const SOURCES = [...CABLES.map((s) => `cables/${s}.txt`), ...readdirSync(ROOT + 'test/fixtures/sources').map((n) => `test/fixtures/sources/${n}`)];

describe('no word of a source is lost', () => {
  it.each(SOURCES)('%s: every word of the source is in the TEI, as often as in the source', (path) => {
    const { text, cable } = parseFile(path);
    const tei = buildFile(path).xml;
    expect(Object.fromEntries(missingWords(words(withoutSigns(text, cable)), xmlWords(tei)))).toEqual({});
  });

  it.each(SOURCES)('%s: every word of the document proper is in the TEI <text>', (path) => {
    const { cable, text } = parseFile(path);
    const tei = buildFile(path).xml;
    const teiText = tei.slice(tei.indexOf('<text>'));
    expect(Object.fromEntries(missingWords(words(withoutSigns(text.slice(0, textEnd(cable)), cable, textStart(cable))), xmlWords(teiText)))).toEqual({});
  });

  it('the check itself fails when a word is dropped', () => {
    const { text } = parseFile('cables/004_ee78402f5728550e.txt');
    const full = buildTei('004_ee78402f5728550e');
    const at = full.indexOf('>Vladivostok<', full.indexOf('<text>'));
    const tei = full.slice(0, at) + '>V.<' + full.slice(at + '>Vladivostok<'.length);
    expect(missingWords(words(text), xmlWords(tei.slice(tei.indexOf('<text>')))).get('vladivostok')).toBe(1);
  });
});

describe('encoding', () => {
  it('is deterministic', () => {
    for (const path of SOURCES) expect(buildFile(path).xml).toBe(buildFile(path).xml);
  });

  it('makes an NCName of any stem', () => {
    expect(teiId('004_ee78402f5728550e')).toBe('c004_ee78402f5728550e');
    expect(teiId('harriman cable #2')).toBe('harriman_cable__2');
    expect(teiId('abc')).toBe('abc');
  });

  it('writes a title that says who wrote to whom and when', () => {
    expect(cableTitle(parseFile('cables/004_ee78402f5728550e.txt').cable)).toBe('The Ambassador in the Soviet Union (Harriman) to the President, 15 December 1944');
    expect(cableTitle(parseFile('test/fixtures/sources/wilson-no-summary.txt').cable)).toBe('Harriman to the Secretary of State, 2 August 1945');
    expect(fromCapitals('THE SECRETARY OF STATE')).toBe('the Secretary of State');
    expect(fromCapitals('W. A. HARRIMAN')).toBe('W. A. Harriman');
  });

  it('escapes what XML needs escaped', () => {
    const { cable } = parseFile('cables/002_336ee8d35a94a445.txt');
    const tei = encodeTei(cable);
    expect(tei).toContain('Chun &amp; Jane Chiu');
    expect(tei).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it('writes the committed tei/ exactly as the build makes it', () => {
    for (const stem of CABLES) expect(readFileSync(`${ROOT}tei/${stem}.xml`, 'utf8'), stem).toBe(buildTei(stem));
  });

  it('commits the build manifest of tei/: every cable, with the fingerprints of its source and of its TEI', () => {
    const manifest = JSON.parse(readFileSync(`${ROOT}tei/build-manifest.json`, 'utf8')) as { cables: Record<string, { source: string; tei: string }> };
    expect(Object.keys(manifest.cables)).toEqual(CABLES);
    for (const stem of CABLES) {
      expect(manifest.cables[stem]!.source, stem).toBe(fingerprint(readFileSync(`${ROOT}cables/${stem}.txt`)));
      expect(manifest.cables[stem]!.tei, stem).toBe(fingerprint(readFileSync(`${ROOT}tei/${stem}.xml`, 'utf8')));
    }
  });
});

describe('fixture pairs: test/fixtures/sources/<name>.txt → test/fixtures/tei/<name>.xml (UPDATE=1 rewrites them)', () => {
  const names = readdirSync(ROOT + 'test/fixtures/sources').map((n) => n.replace(/\.txt$/, ''));
  it.each(names)('%s', (name) => {
    const tei = buildFile(`test/fixtures/sources/${name}.txt`).xml;
    const expected = `${ROOT}test/fixtures/tei/${name}.xml`;
    if (process.env.UPDATE === '1' || !existsSync(expected)) {
      if (process.env.UPDATE !== '1') throw new Error(`no expected output ${expected}: run with UPDATE=1 and read it`);
      writeFileSync(expected, tei);
    }
    expect(tei).toBe(readFileSync(expected, 'utf8'));
  });
});
