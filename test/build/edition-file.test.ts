/** dist/tei/edition.xml: the whole edition as one teiCorpus a library can ingest, valid against the profile, every pointer resolved in the file. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { progressLine } from '../../src/cli.js';
import { asCableMember } from '../../src/edition-file.js';
import { loadRng } from '../../src/schemas.js';
import { validateRng } from '../../src/validate/rng.js';
import { ROOT } from '../helpers/ingest.js';

let corpus = '';
const progress: string[] = [];
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'edition-'));
  const onProgress = (stage: string, done: number, total: number): number => progress.push(`${stage} ${done}/${total}`);
  const report = await build({ cablesDir: `${ROOT}cables`, teiDir: join(out, 'tei'), distDir: join(out, 'dist'), cacheDir: join(out, 'cache'), onProgress });
  expect(report.ok).toBe(true);
  corpus = readFileSync(join(out, 'dist', 'tei', 'edition.xml'), 'utf8');
}, 120_000);

describe('the edition as one TEI file', () => {
  it('is valid against the corpus profile', async () => {
    expect(await validateRng([{ path: 'edition.xml', contents: corpus }], loadRng(`${ROOT}schema`, 'tei-corpus.rng'))).toEqual([]);
  });

  it('holds the edition’s header, every cable in date order and the three registers', () => {
    const config = JSON.parse(readFileSync(`${ROOT}edition.config.json`, 'utf8')) as { title: string };
    expect(corpus.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"')).toBe(true);
    expect(corpus).toContain(`<title>${config.title}</title>`);
    const cables = [...corpus.matchAll(/<TEI xmlns="[^"]+" xml:id="([^"]+)"/g)].map((m) => m[1]);
    expect(cables).toHaveLength(5);
    const dates = [...corpus.matchAll(/<correspAction type="sent">[\s\S]*?<date when="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort());
    expect(corpus.match(/<listPerson>|<listPlace>|<listOrg>/g)).toEqual(['<listPerson>', '<listPlace>', '<listOrg>']);
  });

  it('gives each register entry its URI from the base URI (here a URN), which the register file does not hold', () => {
    const config = JSON.parse(readFileSync(`${ROOT}edition.config.json`, 'utf8')) as { baseUri: string };
    const entries = [...corpus.slice(corpus.indexOf('<listPerson>')).matchAll(/<(person|place|org) xml:id="([^"]+)">([\s\S]*?)<\/\1>/g)];
    expect(entries.length).toBeGreaterThan(1000);
    const wrong = entries.filter(([, kind, id, body]) => !body!.includes(`<idno type="URI">${config.baseUri}${kind}:${id}</idno>`)).map((m) => m[2]);
    expect(wrong).toEqual([]);
    expect(readFileSync(`${ROOT}tei/authority/persons.xml`, 'utf8')).not.toContain('<idno type="URI">');
  });

  it('has each xml:id once, and every pointer of a cable points at something in the file', () => {
    const ids = [...corpus.matchAll(/ xml:id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const have = new Set(ids);
    const pointers = [...corpus.matchAll(/ (?:ref|who|resp)="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((p) => p.startsWith('#'));
    expect(pointers.length).toBeGreaterThan(100);
    expect([...new Set(pointers.filter((p) => !have.has(p.slice(1))))]).toEqual([]);
  });

  it('keeps a cable whole but for its standOff copies and the build’s id, which the corpus holds once', () => {
    const cable = readFileSync(`${ROOT}tei/004_ee78402f5728550e.xml`, 'utf8');
    const member = asCableMember(cable);
    expect(member).not.toContain('<standOff>');
    expect(member).not.toContain('xml:id="pipeline"');
    expect(member).toContain(cable.slice(cable.indexOf('<text>'), cable.indexOf('</text>')));
    expect(corpus).toContain(member);
  });
});

describe('progress of a long build', () => {
  it('is told after each cable of each stage, and reads as one line', () => {
    expect(progress).toEqual(['encode 0/5', 'encode 1/5', 'encode 2/5', 'encode 3/5', 'encode 4/5', 'publish 1/5', 'publish 2/5', 'publish 3/5', 'publish 4/5', 'publish 5/5']);
    expect(progressLine('encode', 1200, 10000, 310.4, 28)).toBe('encode 1200/10000 cables, 310/s, 28 s left');
    expect(progressLine('publish', 3, 10, 2.45, 3)).toBe('publish 3/10 cables, 2.5/s, 3 s left');
  });
});
