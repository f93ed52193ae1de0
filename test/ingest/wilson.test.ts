import { describe, expect, it } from 'vitest';
import { detectShape } from '../../src/ingest/index.js';
import { inlineText } from '../../src/ingest/inline.js';
import { parseCitation } from '../../src/ingest/wilson.js';
import { allInline, parse, parseFile } from '../helpers/ingest.js';

describe('Wilson Center page copies', () => {
  it('recognises the shape by its labelled sections, bold or not', () => {
    expect(detectShape('May 1, 1945\n\nTitle\n\nCitation:\n\n"T", May 1, 1945\n\nContents:\n\nTranscript - English\n\nText.')).toBe('wilson');
    expect(detectShape('**Citation:**\n\nx\n\n**Summary:**\n\ny\n\nText.')).toBe('wilson');
    expect(detectShape('Citation: a word in running text.')).toBe('plain');
  });

  it('splits a citation into title, archive, collection, repository and URL', () => {
    expect(parseCitation('"Cable, A to B", July 10, 1945, Wilson Center Digital Archive, W. A. Harriman Papers, Library of Congress.\n<https://example.org/d/1>')).toEqual({
      title: 'Cable, A to B',
      archive: 'Wilson Center Digital Archive',
      collection: 'W. A. Harriman Papers',
      repository: 'Library of Congress',
      url: 'https://example.org/d/1',
    });
  });

  it('reads the page heading, sections and transcript of a page without a Summary', () => {
    const { cable, diagnostics } = parseFile('test/fixtures/sources/wilson-no-summary.txt');
    expect(diagnostics).toEqual([]);
    const a = cable.meta.archive!;
    expect(a.title).toBe('Cable, Harriman to Byrnes on the Dairen Question');
    expect(a.date).toEqual({ when: '1945-08-02', text: 'August 2, 1945' });
    expect(a.summary).toBeUndefined();
    expect(a.credits).toBe('Made possible with support from a foundation');
    expect(a.languages).toEqual(['English']);
    expect(a.contents).toEqual(['Transcript - English']);
    expect(cable.meta.date).toMatchObject({ when: '1945-08-02', source: 'archive' });
    expect(inlineText(cable.head!.children)).toBe('PARAPHRASE OF NAVY CABLE AUGUST 2, 1945');
    expect(cable.head?.children[1]).toMatchObject({ type: 'date', when: '1945-08-02' });
    expect(cable.opener.map((o) => o.type)).toEqual(['classification', 'salute']);
    expect(cable.meta.sender).toBe('HARRIMAN');
    expect(cable.meta.addressees).toEqual(['THE SECRETARY OF STATE']);
    // A line of only non-breaking spaces separates paragraphs.
    expect(cable.body.filter((b) => b.type === 'p')).toHaveLength(2);
    expect(cable.closer).toMatchObject([{ type: 'initials' }]);
  });

  it('keeps a second date line of the page heading', () => {
    const { cable } = parse('July 3, 1945\n\nJuly 4, 1945\n\n**Title**\n\nCitation:\n\n"Title", July 3, 1945, Wilson Center Digital Archive.\n\nContents:\n\nTranscript - English\n\nText.\n');
    expect(cable?.meta.archive?.date).toEqual({ when: '1945-07-03', text: 'July 3, 1945' });
    expect(cable?.meta.archive?.other).toEqual([{ label: 'Date', text: 'July 4, 1945' }]);
    expect(cable?.meta.archive?.title).toBe('Title');
  });

  it('marks supplied name parts, glosses and illegible gaps', () => {
    const { cable } = parseFile('test/fixtures/sources/wilson-no-summary.txt');
    const nodes = allInline(cable);
    expect(nodes.filter((n) => n.type === 'supplied').map((n) => n.type === 'supplied' && n.value)).toEqual(['Kai-shek']);
    expect(nodes.filter((n) => n.type === 'gloss').map((n) => n.type === 'gloss' && n.value)).toEqual(['Dalian']);
    expect(nodes.filter((n) => n.type === 'gap')).toHaveLength(1);
  });

  it('reads labels with their value on the same line, leaves out the PDF page header and makes `Page N` lines page breaks', () => {
    const { cable, diagnostics } = parseFile('test/fixtures/sources/wilson-labels-inline.txt');
    const a = cable.meta.archive!;
    expect(detectShape(parseFile('test/fixtures/sources/wilson-labels-inline.txt').text)).toBe('wilson');
    expect(a.title).toBe('Record of Conversation between V. M. Molotov and W. A. Harriman');
    expect(a.summary).toMatch(/^Molotov and Harriman talk over a Soviet request/);
    expect(a.languages).toEqual(['Russian']);
    expect(a.contents).toEqual(['English Translation']);
    expect(a.archive).toBe('History and Public Policy Program Digital Archive');
    expect(a.repository).toBe('Foreign Policy Archive of the Russian Federation (AVP RF)');
    expect(a.url).toBe('https://digitalarchive.example.org/document/999107');
    expect(cable.omitted?.map((o) => o.text)).toEqual(['Digital Archive digitalarchive.wilsoncenter.org International History Declassified']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest:navigation']);
    expect(cable.opener.map((o) => o.type)).toEqual(['classification']);
    expect(cable.body.filter((b) => b.type === 'pb').map((b) => b.type === 'pb' && b.n)).toEqual(['1', '2']);
    expect(cable.closer.map((c) => [c.type, inlineText(c.children)])).toEqual([['signed', 'V. Molotov']]);
  });

  it('reads a labelled page with the site’s skip link before it, leaving the link out', () => {
    const { text } = parseFile('test/fixtures/sources/wilson-no-summary.txt');
    const { cable, diagnostics } = parse(`Skip to content\n\n${text}`);
    expect(cable?.meta.archive?.title).toBe('Cable, Harriman to Byrnes on the Dairen Question');
    expect(cable?.meta.sender).toBe('HARRIMAN');
    expect(cable?.omitted?.map((o) => o.text)).toEqual(['Skip to content']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ingest:navigation']);
  });

  it('keeps the page’s own title over the citation’s, reports an empty section and a missing Contents', () => {
    const { cable, diagnostics } = parse('July 3, 1945\n\nThe Page Title\n\nCitation:\n\n"Another Title", July 3, 1945, Wilson Center Digital Archive.\n\nSummary:\n\nCredits:\n\nMade possible by a fund.\n\nTOP SECRET\n\nText of the cable.\n');
    expect(cable?.meta.archive?.title).toBe('The Page Title');
    expect(cable?.meta.archive?.citation).toContain('"Another Title"');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:empty-section', severity: 'warning', line: 9 }));
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:no-contents', severity: 'info' }));
  });

  it('keeps hard line breaks of the transcript and the gaps around them', () => {
    const { cable } = parseFile('cables/003_00770a608ea074b4.txt');
    const nodes = allInline(cable);
    expect(nodes.filter((n) => n.type === 'gap')).toHaveLength(4);
    expect(nodes.filter((n) => n.type === 'lb').length).toBeGreaterThanOrEqual(3);
    expect(cable.opener.find((o) => o.type === 'salute')?.children.some((n) => n.type === 'lb')).toBe(true);
  });
});
