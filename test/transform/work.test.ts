/**
 * The stylesheets' work grows with the text, not with its square: counted, not timed (speed is the bench's to
 * measure). Every step SaxonJS takes through the source tree (to a parent, a child or a sibling) is counted, by
 * accessors put on the parsed document's nodes; a cable four times as long (in paragraphs, or in one paragraph)
 * must cost about four times the steps in each stylesheet: a quadratic one (an offset summed over the nodes
 * before each name, an id counted from the paragraphs before) costs sixteen times.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { teiCorpus } from '../../src/corpus.js';
import { longCable } from '../../src/long-cable.js';
import { encodeSource } from '../../src/pipeline.js';
import { compileStylesheet } from '../../src/transform/compile.js';
import { parseXml, runStylesheet, type ParsedXml } from '../../src/transform/run.js';
import { ANNOTATOR, checkSidecar, ROOT } from '../helpers/ingest.js';

const NAVIGATION = ['parentNode', 'firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'childNodes'];

/** A document parsed as the build parses it, whose every step through the tree is counted. */
function counted(text: string): { parsed: ParsedXml; steps: () => number } {
  const parsed = parseXml(text);
  let steps = 0;
  const visit = (node: Record<string, unknown>): void => {
    const children = node.childNodes as ArrayLike<Record<string, unknown>> | undefined;
    for (const key of NAVIGATION) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
      let value = node[key];
      Object.defineProperty(node, key, {
        get: () => {
          steps++;
          return value;
        },
        set: (v: unknown) => {
          value = v;
        },
        configurable: true,
        enumerable: true,
      });
    }
    if (children) for (let i = 0; i < children.length; i++) visit(children[i]!);
  };
  visit(parsed.document as Record<string, unknown>);
  steps = 0;
  return { parsed, steps: () => steps };
}

const tei = (chars: number, paragraph: number): string => {
  const xml = encodeSource({ stem: 'long', file: 'long.txt', bytes: new TextEncoder().encode(longCable(chars, paragraph)) }, checkSidecar, ANNOTATOR).xml;
  if (xml === undefined) throw new Error('not encoded');
  return xml;
};

let sheets: { html: unknown; json: unknown; dc: unknown };
beforeAll(() => {
  const cache = mkdtempSync(join(tmpdir(), 'sef-'));
  const compile = (driver: string): unknown => compileStylesheet(`${ROOT}transforms`, driver, cache).sef;
  sheets = { html: compile('html.xsl'), json: compile('json.xsl'), dc: compile('dc.xsl') };
});

/** The steps of every stylesheet run the build makes of one cable: its page, JSON and record, and the corpus pages. */
function steps(source: string): Record<string, number> {
  const runs: [string, unknown, boolean, Record<string, unknown>][] = [
    ['page', sheets.html, false, {}],
    ['json', sheets.json, false, {}],
    ['record', sheets.dc, false, {}],
    ['persons', sheets.html, true, { page: 'person' }],
    ['places', sheets.html, true, { page: 'place' }],
    ['orgs', sheets.html, true, { page: 'org' }],
    ['edition', sheets.json, true, {}],
  ];
  const out: Record<string, number> = {};
  for (const [name, sef, corpus, params] of runs) {
    const doc = counted(corpus ? teiCorpus('Edition', [source]) : source);
    const r = runStylesheet(sef, doc.parsed, 'long.xml', { provenance: '{}', 'register-redirects': '{}', ...params });
    expect(r.diagnostics, name).toEqual([]);
    out[name] = doc.steps();
  }
  return out;
}

describe('work in proportion to the text', () => {
  it.each([
    ['paragraphs of 2,000 characters: 5, then 20', [10_000, 2_000], [40_000, 2_000]],
    ['one paragraph: 5,000 characters, then 20,000', [5_000, 5_000], [20_000, 20_000]],
  ] as const)('%s', (_, [c1, p1], [c4, p4]) => {
    const small = steps(tei(c1, p1));
    const large = steps(tei(c4, p4));
    for (const name of Object.keys(small)) {
      expect(small[name], name).toBeGreaterThan(0);
      // Four times the text: four times the steps, with room for what does not grow (the header, the registers); never sixteen.
      expect(large[name]! / small[name]!, `${name}: ${small[name]} steps, then ${large[name]}`).toBeLessThan(5);
    }
  });
});
