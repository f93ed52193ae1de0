/**
 * Quotation marks: the source's own stay in the text and no consumer adds any. The TEI Consortium's HTML stylesheets
 * (TEIC/Stylesheets, common/common.xsl, template makeQuote, called by html/html_core.xsl for an inline said or q) put
 * ‘…’ around a said unless the header of the document's root declares editorialDecl/quotation marks="all", or the said
 * has a @rend that is not "inline" (or a @rendition, or a tagsDecl tagUsage @render for said). A cable's own header
 * declares marks="all", and so does the header of the edition as one TEI file (a teiCorpus, whose members' headers
 * makeQuote does not read); each said also carries rend="plain", for a consumer that reads neither. README, "The encoding", tells how to run those stylesheets on the TEI by hand.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asCableMember, corpusHeader } from '../../src/edition-file.js';
import { projectEdition } from '../../src/edition-config.js';
import { TEI_NS } from '../../src/encode/tei.js';
import { buildFile, buildTei, CABLES, ROOT } from '../helpers/ingest.js';

/** The start tags of the said and q elements around which makeQuote (HTML output) would put quotation marks of its own. */
function teicQuoted(doc: string): string[] {
  const rootHeader = doc.slice(0, doc.indexOf('</teiHeader>'));
  const editorialDecl = /<editorialDecl>[\s\S]*?<\/editorialDecl>/.exec(rootHeader)?.[0] ?? '';
  if (/<quotation\b[^>]*\bmarks="all"/.test(editorialDecl)) return [];
  return [...doc.matchAll(/<(said|q)\b[^>]*>/g)]
    .filter((m) => {
      const rend = /\brend="([^"]*)"/.exec(m[0])?.[1];
      if (rend !== undefined) return rend.split(/\s+/).includes('inline');
      return !/\brendition=/.test(m[0]) && !new RegExp(`<tagUsage\\b[^>]*\\bgi="${m[1]}"[^>]*\\brender=`).test(doc);
    })
    .map((m) => m[0]);
}

const saids = (doc: string) => doc.match(/<said\b[^>]*>/g) ?? [];
const FIXTURES = readdirSync(`${ROOT}test/fixtures/sources`).map((n) => `test/fixtures/sources/${n}`);

/** The edition as one TEI file (src/edition-file.ts), registers left out: the corpus header, then each cable as a member. */
function edition(): string {
  const members = CABLES.map((stem) => asCableMember(buildTei(stem)));
  return `<teiCorpus xmlns="${TEI_NS}">\n${corpusHeader(projectEdition(), CABLES.length)}\n${members.join('\n')}\n</teiCorpus>\n`;
}

describe('quotation marks a standard TEI consumer adds', () => {
  it.each([...CABLES.map((s) => `cables/${s}.txt`), ...FIXTURES])('%s: none; every said is rend="plain" and the header declares marks="all"', (path) => {
    const tei = buildFile(path).xml;
    expect(tei).toMatch(/<editorialDecl>[\s\S]*<quotation marks="all">/);
    expect(saids(tei).filter((tag) => !/ rend="plain"/.test(tag))).toEqual([]);
    expect(teicQuoted(tei)).toEqual([]);
  });

  it('none in the edition as one TEI file: its teiCorpus header declares marks="all", and without that the said\'s @rend still holds', () => {
    const corpus = edition();
    expect(corpus.slice(0, corpus.indexOf('</teiHeader>'))).toMatch(/<editorialDecl><quotation marks="all">/);
    expect(saids(corpus).length).toBeGreaterThan(20);
    expect(teicQuoted(corpus)).toEqual([]);
    const undeclared = corpus.replace(/<editorialDecl><quotation marks="all">[\s\S]*?<\/editorialDecl>/, '');
    expect(undeclared.slice(0, undeclared.indexOf('</teiHeader>'))).not.toContain('<quotation');
    expect(teicQuoted(undeclared)).toEqual([]);
  });

  it('the rule itself: without @rend every said of the corpus would be quoted; a root header with marks="all" or @rend="inline" decide first', () => {
    const corpus = edition();
    const bare = corpus.replace(/(<said\b[^>]*) rend="plain"/g, '$1').replace(/<editorialDecl><quotation marks="all">[\s\S]*?<\/editorialDecl>/, '');
    expect(teicQuoted(bare).length).toBe(saids(corpus).length);
    const cable = buildTei(CABLES[4]!);
    expect(teicQuoted(cable.replace(/(<said\b[^>]*) rend="plain"/g, '$1'))).toEqual([]);
    expect(teicQuoted(cable.replace('<quotation marks="all">', '<quotation>').replace(/(<said\b[^>]*) rend="plain"/, '$1 rend="inline"'))).toHaveLength(1);
  });
});
