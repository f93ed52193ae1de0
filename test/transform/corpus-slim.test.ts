/** The corpus pages read a corpus whose cables leave out the register entries an earlier cable already holds, and come out the same. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { teiCorpus, corpusMembers } from '../../src/corpus.js';
import { parseXml, runStylesheet } from '../../src/transform/run.js';
import { ROOT } from '../helpers/ingest.js';
import { compiledSheets } from '../helpers/sheets.js';

const read = (dir: string): string[] => readdirSync(`${ROOT}${dir}`).filter((n) => /^[^.].*\.xml$/.test(n)).sort().map((n) => readFileSync(`${ROOT}${dir}/${n}`, 'utf8'));
let html: unknown;
let json: unknown;

beforeAll(() => {
  ({ html, json } = compiledSheets('html', 'json'));
});

describe('a corpus without repeated register entries', () => {
  // The project's cables and every fixture, twice over in two orders: most entries repeat.
  const cables = [...read('tei'), ...read('test/fixtures/tei')];
  const corpora = [cables, [...cables].reverse()];

  it('is smaller, and keeps each entry once, and the entries a cable’s header points at', () => {
    const slim = corpusMembers(cables);
    expect(slim.join('').length).toBeLessThan(cables.join('').length * 0.7);
    const ids = (docs: string[]): string[] => docs.flatMap((d) => [...d.matchAll(/<(?:person|place|org) xml:id="([^"]+)"/g)].map((m) => m[1]!));
    expect(new Set(ids(slim))).toEqual(new Set(ids(cables)));
    slim.forEach((doc, i) => {
      const header = doc.slice(0, doc.indexOf('</teiHeader>'));
      for (const [, id] of header.matchAll(/ref="#([^"]+)"/g)) expect(doc, `cable ${i} keeps ${id}`).toContain(`xml:id="${id}"`);
      // Only the standOff, the encodingDesc and the revisionDesc change.
      const rest = (d: string): string => d.replace(/<standOff>[\s\S]*<\/standOff>/, '').replace(/\s*<(encodingDesc|revisionDesc)>[\s\S]*?<\/\1>/g, '');
      expect(doc).not.toMatch(/<encodingDesc|<revisionDesc/);
      expect(rest(doc)).toBe(rest(cables[i]!));
    });
  });

  it.each(corpora.map((c, i) => [i === 0 ? 'in one order' : 'in the other', c] as const))('gives the same index, register pages and edition.json (%s)', (_, docs) => {
    const full = parseXml(teiCorpus('T', docs));
    const slim = parseXml(teiCorpus('T', corpusMembers(docs)));
    const params = { 'edition-title': 'T', 'base-uri': 'https://example.edu/cables/' };
    for (const [sef, page] of [[html, ''], [html, 'person'], [html, 'place'], [html, 'org'], [json, '']] as const) {
      const a = runStylesheet(sef, full, 'full', { ...params, page });
      const b = runStylesheet(sef, slim, 'slim', { ...params, page });
      expect(a.output, page).toBeDefined();
      expect(b.output, `${page || 'index/edition'}`).toBe(a.output);
      expect(b.diagnostics.map((d) => d.message)).toEqual(a.diagnostics.map((d) => d.message));
    }
  });

  it('keeps a standOff whole when its entries hold entries of their kind', () => {
    const nested = '<TEI><teiHeader></teiHeader><standOff><listPlace><place xml:id="a"><placeName>A</placeName><place xml:id="b"><placeName>B</placeName></place></place></listPlace></standOff></TEI>';
    expect(corpusMembers([nested, nested])).toEqual([nested, nested]);
  });
});
