import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reporter, type Diagnostic } from '../../src/diagnostics.js';
import { partiesOfAddress } from '../../src/ingest/common.js';
import { detectShape, parseCable } from '../../src/ingest/index.js';
import { inlineText } from '../../src/ingest/inline.js';
import { isRightsText, pageDate, parseTitle, siteLayout } from '../../src/ingest/wilson-site.js';
import { parseArchivalSource } from '../../src/ingest/wilson.js';
import type { Cable } from '../../src/model.js';
import { CABLES, parse, parseFile } from '../helpers/ingest.js';

const fixture = (name: string): { cable: Cable; diagnostics: Diagnostic[]; text: string } => parseFile(`test/fixtures/sources/wilson-site-${name}.txt`);
const byRule = (diagnostics: Diagnostic[], ruleId: string): Diagnostic[] => diagnostics.filter((d) => d.ruleId === ruleId);
const omittedTexts = (cable: Cable): string[] => (cable.omitted ?? []).map((o) => o.text);
const labels = (cable: Cable): string[] => (cable.meta.archive?.other ?? []).map((o) => o.label);

/** A current-site page around a transcript, for the transcript's openings and closings. */
const page = (title: string, transcript: string): string =>
  `Skip to content\n\nMay 10, 1948\n\n${title}\n\n${transcript}\n\nA summary sentence of this page for the test.\n\nDocument Information\n\nSource\n\nAPRF: F. 39, Op. 1, D. 31.\n`;

describe('Wilson Center site pages: recognising the layout', () => {
  it('tells the current, compact and old-site layouts, and listing pages', () => {
    expect(siteLayout(fixture('current').text)).toBe('current');
    expect(siteLayout(fixture('dropped').text)).toBe('current');
    expect(siteLayout(fixture('compact').text)).toBe('compact');
    expect(siteLayout(fixture('old').text)).toBe('old-site');
    expect(siteLayout(fixture('listing').text)).toBe('listing');
    for (const name of ['current', 'dropped', 'compact', 'old', 'month', 'memo']) expect(detectShape(fixture(name).text), name).toBe('wilson');
  });

  it('leaves the labelled layout (PDF export) and other texts to their own readers', () => {
    for (const stem of CABLES) expect(siteLayout(parseFile(`cables/${stem}.txt`).text), stem).toBeUndefined();
    expect(siteLayout(parseFile('test/fixtures/sources/wilson-no-summary.txt').text)).toBeUndefined();
    expect(siteLayout('July 3, 1945\n\nA note on the talks.\n\nMore text.')).toBeUndefined();
    expect(siteLayout('Skip to content\n\nNo date here at all.\n\nText.')).toBeUndefined();
  });

  it('reads the page date line: full, zero-padded, month only, year only; not an impossible day', () => {
    expect(pageDate('July 9, 1945')).toEqual({ when: '1945-07-09', text: 'July 9, 1945' });
    expect(pageDate('July 05, 1945')).toEqual({ when: '1945-07-05', text: 'July 05, 1945' });
    expect(pageDate('July 1945')).toEqual({ when: '1945-07', text: 'July 1945' });
    expect(pageDate('June, 1934')).toEqual({ when: '1934-06', text: 'June, 1934' });
    expect(pageDate('1948')).toEqual({ when: '1948', text: '1948' });
    expect(pageDate('February 30, 1945')).toBeUndefined();
    expect(pageDate('July 9, 1945, at noon')).toBeUndefined();
  });
});

describe('current site, blank lines between blocks (A)', () => {
  const { cable, diagnostics, text } = fixture('current');
  const a = cable.meta.archive!;

  it('takes the date line as the cable’s date, and reports the heading’s different date', () => {
    expect(cable.meta.date).toEqual({ when: '1944-10-14', text: 'October 14, 1944', source: 'archive' });
    expect(a.date).toEqual({ when: '1944-10-14', text: 'October 14, 1944' });
    expect(cable.head?.children).toContainEqual(expect.objectContaining({ type: 'date', when: '1944-10-16' }));
    expect(byRule(diagnostics, 'ingest:date-differs')).toEqual([expect.objectContaining({ severity: 'info', line: 9 })]);
  });

  it('reads title, kind, funder, sender and addressees (classification words stripped), classification', () => {
    expect(a.title).toBe('Paraphrase of Navy Cable');
    expect(a.kind).toBe('Paraphrase of Navy Cable');
    expect(a.credits).toBe('This document was made possible with support from Chun & Jane Chiu Family Foundation');
    expect(cable.meta.sender).toBe('HARRIMAN');
    expect(cable.meta.addressees).toEqual(['THE PRESIDENT']);
    expect(cable.opener.map((o) => o.type)).toEqual(['classification', 'salute']);
    expect(cable.meta.classification).toBe('TOPSECRET');
  });

  it('takes the paragraph after the transcript as the summary, with its inline nodes', () => {
    expect(a.summary).toBe('Harriman passes on a Soviet request to send lend-lease trucks through the Persian Gulf in winter and urges the President to answer quickly.');
    expect(a.summaryNodes).toBeDefined();
    expect(cable.body.filter((b) => b.type === 'p')).toHaveLength(2);
    expect(cable.closer).toEqual([expect.objectContaining({ type: 'initials' })]);
  });

  it('keeps the Document Information values, the source also as collection and repository', () => {
    expect(labels(cable)).toEqual(['Source', 'Rights', 'Original Uploaded Date', 'Type', 'Record ID', 'Funders']);
    expect(a.other[0]?.text).toBe('Container 175, W. Averell Harriman Papers, Manuscript Division, Library of Congress, Washington, D.C.');
    expect(a.collection).toBe('W. Averell Harriman Papers');
    expect(a.repository).toBe('Manuscript Division, Library of Congress');
    expect(a.other.find((o) => o.label === 'Record ID')?.text).toBe('220417');
    expect(a.other.find((o) => o.label === 'Funders')?.text).toBe('Chun & Jane Chiu Family Foundation');
  });

  it('leaves out the navigation, empty headings and the footer, with their places, and says so once', () => {
    expect(omittedTexts(cable)).toEqual([
      'Skip to content',
      'Associated People & Organizations',
      'Associated Places',
      'Associated Topics',
      'Document Information',
      'Original Archive',
      'Language',
      'Home',
      'About',
      'Donate',
      'Privacy Policy',
      'Terms of Use',
      '© 2024 The Wilson Center',
    ]);
    for (const o of cable.omitted ?? []) expect(text.slice(o.position.start.offset, o.position.end.offset)).toBe(o.text);
    const nav = byRule(diagnostics, 'ingest:navigation');
    expect(nav).toEqual([expect.objectContaining({ severity: 'info', line: 1, column: 1 })]);
    expect(nav[0]?.message).toContain('“Skip to content”');
    expect(nav[0]?.message).toContain('“Privacy Policy”');
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('current site without the Source and Rights labels (A-dropped)', () => {
  const { cable, diagnostics } = fixture('dropped');
  const a = cable.meta.archive!;

  it('takes the title’s date when the date line disagrees, with place and kind from the title', () => {
    expect(cable.meta.date).toEqual({ when: '1945-03-09', text: 'March 9, 1945', source: 'title' });
    expect(a.date).toEqual({ when: '1945-03-10', text: 'March 10, 1945' });
    expect(cable.meta.place).toBe('Moscow');
    expect(a.kind).toBe('Paraphrase of Outgoing Navy Cable');
    expect(byRule(diagnostics, 'ingest:date-differs')).toHaveLength(1);
  });

  it('finds the source and the rights statement without their labels', () => {
    expect(labels(cable)).toEqual(['Source', 'Rights']);
    expect(a.other[0]?.text).toMatch(/^Container 177, W\. Averell Harriman Papers/);
    expect(a.other[1]?.text).toContain('[email protected]');
    expect(a.collection).toBe('W. Averell Harriman Papers');
  });

  it('has no parties, as neither title nor text names them, and WAH closes the text', () => {
    expect(cable.meta.sender).toBeUndefined();
    expect(cable.meta.addressees).toEqual([]);
    expect(cable.head).toBeUndefined();
    expect(cable.closer.map((c) => inlineText(c.children))).toEqual(['WAH']);
  });

  it('leaves out empty keys and the list of related documents after the page', () => {
    const texts = omittedTexts(cable);
    expect(texts.slice(0, 5)).toEqual(['Skip to content', 'Document Information', 'Original Archive', 'Original Uploaded Date', 'Record ID']);
    expect(texts[5]).toMatch(/^Related Documents\n[\s\S]*Harriman describes the next session of the commission\.$/);
    expect(byRule(diagnostics, 'ingest:navigation')[0]?.message).toContain('“Related Documents” and the 3 lines after it');
  });
});

describe('current site, one block a line (B)', () => {
  const { cable, diagnostics } = fixture('compact');
  const a = cable.meta.archive!;

  it('keeps the paragraph before the date line as an archive note, never as the summary', () => {
    expect(a.other[0]).toEqual({ label: 'Preceding text', text: 'Harriman tells the Secretary of State that Soong will return to Chungking before the talks resume.' });
    expect(a.summary).toBe("Harriman reports Soong's account of a second meeting with Stalin on the railroads, the port of Darien and Outer Mongolia.");
  });

  it('reads an addressing line split over two lines', () => {
    expect(cable.opener.map((o) => o.type)).toEqual(['classification', 'salute', 'salute']);
    expect(cable.meta.sender).toBe('W. A. HARRIMAN');
    expect(cable.meta.addressees).toEqual(['THE PRESIDENT', 'THE SECRETARY OF STATE']);
    expect(cable.meta.place).toBe('Moscow');
    expect(cable.meta.date).toEqual({ when: '1945-07-03', text: 'July 3, 1945', source: 'archive' });
  });

  it('reads each line as a block of the transcript, and leaves out the headings given without values', () => {
    expect(cable.body.filter((b) => b.type === 'p')).toHaveLength(2);
    expect(omittedTexts(cable)).toEqual(['Associated Places', 'Associated Topics', 'Subjects Discussed', 'Related Documents', 'Document Information', 'Source', 'Original Archive']);
    expect(byRule(diagnostics, 'ingest:navigation')).toEqual([expect.objectContaining({ line: 13 })]);
    expect(labels(cable)).toEqual(['Preceding text', 'Rights']);
  });
});

describe('the 2013–2022 site (C)', () => {
  const { cable, diagnostics } = fixture('old');
  const a = cable.meta.archive!;

  it('reads the citation box: summary, citation, archive, collection, repository, URL; the title from the citation', () => {
    expect(a.title).toBe('Cable, Harriman to the President on the Mongolian Question');
    expect(a.summary).toBe('Harriman reports that Soong is ready to accept a plebiscite in Outer Mongolia if Stalin gives way on the ports.');
    expect(a.citation).toMatch(/^"Cable, Harriman to the President on the Mongolian Question," July 05, 1945, History and Public Policy Program Digital Archive, Container # 178,/);
    expect(a.archive).toBe('History and Public Policy Program Digital Archive');
    expect(a.collection).toBe('W. Averell Harriman Papers');
    expect(a.repository).toBe('Manuscript Division, Library of Congress');
    expect(a.url).toBe('https://digitalarchive.example.org/document/999201');
    expect(a.contents).toEqual(['English (transcription)']);
    expect(a.credits).toBe('This document was made possible with support from the Chun & Jane Chiu Family Foundation');
  });

  it('dates by the zero-padded date line; the parties of the text win over the title’s', () => {
    expect(cable.meta.date).toEqual({ when: '1945-07-05', text: 'July 05, 1945', source: 'archive' });
    expect(cable.meta.sender).toBe('HARRIMAN');
    expect(cable.meta.addressees).toEqual(['THE PRESIDENT', 'THE SECRETARY OF STATE']);
  });

  it('leaves out the old site’s boilerplate', () => {
    expect(omittedTexts(cable)).toEqual([
      'Search in',
      'ADD SEARCH FILTER CANCEL SEARCH FILTER',
      'Digital Archive International History Declassified',
      'CITATION SHARE DOWNLOAD',
      '• Citation',
      'get citation',
      '• share document',
      'VIEW DOCUMENT IN',
      'ENGLISH (TRANSCRIPTION) HTML',
    ]);
    expect(byRule(diagnostics, 'ingest:navigation')).toHaveLength(1);
    expect(inlineText(cable.head!.children)).toBe('PARAPHRASE OP NAVY CABLE JULY 5, 1945, FROM MOSCOW');
  });
});

describe('month-only dates, parties from the title, memoranda', () => {
  it('reads a month-only date line and takes the parties from the title when the text names none', () => {
    const { cable } = fixture('month');
    expect(cable.meta.date).toEqual({ when: '1945-08', text: 'August 1945', source: 'archive' });
    expect(cable.meta.sender).toBe('Averell Harriman');
    expect(cable.meta.addressees).toEqual(['the President', 'the Secretary of State']);
    expect(cable.meta.archive?.languages).toEqual(['English']);
    expect(omittedTexts(cable)).toContain('Author(s):');
  });

  it('reads a memorandum’s Conversation line as a dateline, EP:nn as initials, and a summary with the editors’ note', () => {
    const { cable } = fixture('memo');
    expect(cable.opener).toEqual([expect.objectContaining({ type: 'dateline' })]);
    expect(cable.opener[0]?.children).toContainEqual(expect.objectContaining({ type: 'date', when: '1944-04-29' }));
    expect(cable.closer.map((c) => [c.type, inlineText(c.children)])).toEqual([['initials', 'EP:nn']]);
    expect(cable.meta.archive?.summary).toMatch(/technicians\. Note that the Embassy's copy/);
    expect(cable.meta.archive?.summaryNodes).toBeUndefined();
  });
});

describe('listing pages (L)', () => {
  it('stay plain paragraphs, with a diagnostic that says why', () => {
    const { cable, diagnostics } = fixture('listing');
    expect(cable.shape).toBe('plain');
    expect(byRule(diagnostics, 'ingest:wilson-listing')).toEqual([expect.objectContaining({ severity: 'warning', line: 3 })]);
    expect(cable.omitted).toBeUndefined();
  });

  it('include the old site’s search results and person pages', () => {
    expect(detectShape('Search in\n\nDigital Archive International History Declassified\n\nSEARCH RESULTS\n\n  • April 07, 1946\n\nA title\n')).toBe('plain');
    const { diagnostics } = parse('Skip to content\n\nPlaceholder image for when a portrait image is not available\n\nDimitrov, Georgi 1882- 1949\n\nPopular Documents\n\nJanuary 10, 1945\n\nA title\n');
    expect(byRule(diagnostics, 'ingest:wilson-listing')).toHaveLength(1);
  });
});

describe('titles', () => {
  it('reads kind, place and date: `Paraphrase of Outgoing Navy Cable - Moscow, February 3, 1944`', () => {
    expect(parseTitle('Paraphrase of Outgoing Navy Cable - Moscow, February 3, 1944')).toEqual({
      kind: 'Paraphrase of Outgoing Navy Cable',
      place: 'Moscow',
      date: { when: '1944-02-03', text: 'February 3, 1944' },
      addressees: [],
    });
  });

  it('reads sender and addressees: `Kind, A to B` and `Kind from A to B`', () => {
    expect(parseTitle('Cable, Mao Zedong to Filippov [Stalin]')).toEqual({ kind: 'Cable', sender: 'Mao Zedong', addressees: ['Filippov [Stalin]'] });
    expect(parseTitle('Message from Averell Harriman to the President and Secretary of State')).toEqual({ kind: 'Message', sender: 'Averell Harriman', addressees: ['the President', 'the Secretary of State'] });
    expect(parseTitle('Telegram from Shtykov to USSR Council of Ministers')).toMatchObject({ kind: 'Telegram', sender: 'Shtykov', addressees: ['USSR Council of Ministers'] });
    // The channel (`[via Terebin]`) is no addressee; a pseudonym in brackets stays with the name.
    expect(parseTitle('Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]')).toMatchObject({ sender: 'Stalin [Kuznetsov]', addressees: ['Mao Zedong'] });
    expect(parseTitle('Memorandum by Sir Orme Sargent, Deputy Under-Secretary at the Foreign Office, to Winston Churchill')).toEqual({ kind: 'Memorandum', sender: 'Sir Orme Sargent', addressees: ['Winston Churchill'] });
    expect(parseTitle('Telegram from Baku to Moscow, M.D. Bagirov and I.I. Maslennikov to Cdes. Stalin, Molotov, Beria, and Malenkov')).toEqual({
      kind: 'Telegram',
      sender: 'M.D. Bagirov and I.I. Maslennikov',
      addressees: ['Stalin', 'Molotov', 'Beria', 'Malenkov'],
    });
    expect(parseTitle("Cable, Harriman to the President on Soong's Return to Moscow")).toMatchObject({ sender: 'Harriman', addressees: ['the President'] });
    expect(parseTitle('Message from Orlenko on the April 7 meeting with Varnhel')).toEqual({ kind: 'Message', sender: 'Orlenko', addressees: [] });
  });

  it('gives only what the title says', () => {
    expect(parseTitle('Cable, Summary of Averell Harriman Meeting with T. V. Soong')).toEqual({ kind: 'Cable', addressees: [] });
    expect(parseTitle('Harriman and Stalin discuss Chinese Relations')).toEqual({ addressees: [] });
    expect(parseTitle('Paraphrase of Navy Cable')).toEqual({ kind: 'Paraphrase of Navy Cable', addressees: [] });
    expect(parseTitle('Record of Meeting at the Kremlin, Moscow, 9 October 1944, at 10 p.m.').date).toEqual({ when: '1944-10-09', text: '9 October 1944' });
  });
});

describe('pieces of the page', () => {
  it('splits an archival source into collection and repository', () => {
    expect(parseArchivalSource('Container 175, W. Averell Harriman Papers, Manuscript Division, Library of Congress, Washington, D.C.')).toEqual({
      collection: 'W. Averell Harriman Papers',
      repository: 'Manuscript Division, Library of Congress',
    });
    expect(parseArchivalSource('W. A. Harriman Papers, Library of Congress.')).toEqual({ collection: 'W. A. Harriman Papers', repository: 'Library of Congress' });
    expect(parseArchivalSource('APRF: F. 39, Op. 1, D. 31, L. 34.')).toEqual({});
  });

  it('tells a rights statement by its words', () => {
    expect(isRightsText('Some documents may be subject to copyright held by their rights holders.')).toBe(true);
    expect(isRightsText('Container 175, W. Averell Harriman Papers')).toBe(false);
  });

  it('reads addressing lines with handling words around the sender', () => {
    expect(partiesOfAddress('FROM HARRIMAN – PERSONAL AND SECRET FOR THE PRESIDENT:')).toEqual({ sender: 'HARRIMAN', addressees: ['THE PRESIDENT'] });
    expect(partiesOfAddress('FROM HARRIMAN, TOP SECRET AND PERSONAL FOR THE PRESIDENT AND THE SECRETARY OF STATE:')).toEqual({ sender: 'HARRIMAN', addressees: ['THE PRESIDENT', 'THE SECRETARY OF STATE'] });
    expect(partiesOfAddress('TOP SECRET AND PERSONAL FROM HARRIMAN FOR THE PRESIDENT AND THE ACTING SECRETARY OF STATE:')).toEqual({ sender: 'HARRIMAN', addressees: ['THE PRESIDENT', 'THE ACTING SECRETARY OF STATE'] });
  });

  it('closes a transcript with a signature not in brackets, or with a date standing alone', () => {
    const signed = parse(page('Cable, Mao Zedong to Filippov [Stalin]', 'Com[rade] Filippov [Stalin]:\n\nWe agree with your proposal and will act on it.\n\nMao Zedong.')).cable!;
    expect(signed.closer.map((c) => [c.type, inlineText(c.children)])).toEqual([['signed', 'Mao Zedong.']]);
    expect(signed.meta.sender).toBe('Mao Zedong');
    expect(signed.meta.addressees).toEqual(['Filippov [Stalin]']);
    const dated = parse(page('Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]', 'To Terebin:\n\nPass the following on at once.\n\nKuznetsov\n\n16.XII.1947')).cable!;
    expect(dated.closer.map((c) => c.type)).toEqual(['dateline']);
  });
});

describe('the tail and the opening, beyond the fixtures', () => {
  it('keeps Associated values, and unknown lines after the Document Information block', () => {
    const text = page('Telegram, Shtykov to Vyshinskyy', '[Translator’s Note: the date of this telegram is inferred from its number.]\n\nThe talks went on today as planned.')
      .replace('Document Information', 'Associated Places\n\nMoscow\n\nPyongyang\n\nDocument Information')
      .concat('\nRecord ID\n\n110296\n\nA line the reader does not know\n\nHome\n');
    const { cable, diagnostics } = parse(text);
    const other = cable?.meta.archive?.other ?? [];
    expect(other.find((o) => o.label === 'Associated Places')?.text).toBe('Moscow; Pyongyang');
    expect(other.find((o) => o.label === 'Trailing text')?.text).toBe('A line the reader does not know');
    expect(cable?.omitted?.map((o) => o.text)).toEqual(['Skip to content', 'Document Information', 'Home']);
    expect(cable?.opener.map((o) => o.type)).toEqual(['editorial']);
    expect(cable?.meta.sender).toBe('Shtykov');
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('a translated telegram’s opening lines in small letters', () => {
  it('reads kind, handling marks, the place after From and the addressees after To as the opener', () => {
    const text = page('Telegram, Orlenko to Varnhel', 'Ciphered Telegram No. 1207/sh\n\nStrictly secret. Copying prohibited.\n\nFrom Pyongyang.\n\nTo Cde. Varnhel\n\nTo Cde. Bistrow\n\nThe talks went on today as planned.\n\nORLENKO');
    const cable = parse(text).cable!;
    expect(cable.opener.map((o) => [o.type, inlineText(o.children)])).toEqual([
      ['doc-kind', 'Ciphered Telegram No. 1207/sh'],
      ['classification', 'Strictly secret. Copying prohibited.'],
      ['salute', 'From Pyongyang.'],
      ['salute', 'To Cde. Varnhel'],
      ['salute', 'To Cde. Bistrow'],
    ]);
    expect(cable.meta.place).toBe('Pyongyang');
    expect(cable.meta.sender).toBe('Orlenko'); // the title's: the To lines name no sender
    expect(cable.meta.addressees).toEqual(['Varnhel']); // the title's: a To line may name only the channel
    expect(cable.body.map((b) => b.type)).toEqual(['p']);
    expect(cable.closer.map((c) => c.type)).toEqual(['signed']);
  });

  it('take the addressees from the To lines when the title names none', () => {
    const cable = parse(page('Report on the talks at the port', 'FROM: PYONGYANG\n\nTo Comrades Varnhel and Bistrow.\n\nThe talks went on today as planned.')).cable!;
    expect(cable.meta.place).toBe('Pyongyang');
    expect(cable.meta.addressees).toEqual(['Varnhel', 'Bistrow']);
  });

  it('are no addressing line when the words after To are a sentence', () => {
    const cable = parse(page('Report on the talks at the port', 'To my regret the talks did not go on today.\n\nThe port is closed.')).cable!;
    expect(cable.opener).toEqual([]);
    expect(cable.meta.addressees).toEqual([]);
    expect(cable.body.length).toBe(2);
  });
});

describe('wrapped lines', () => {
  it('reads a funder line, a title and a rights paragraph wrapped over lines as one each', () => {
    const text = fixture('current')
      .text.replace('support from Chun & Jane', 'support from Chun &\nJane')
      .replace('Paraphrase of Navy Cable\n', 'Paraphrase of\nNavy Cable\n')
      .replace('stays with their rights holders,', 'stays with their\nrights holders,');
    const { cable } = parse(text);
    expect(cable?.meta.archive?.title).toBe('Paraphrase of Navy Cable');
    expect(cable?.meta.archive?.credits).toBe('This document was made possible with support from Chun & Jane Chiu Family Foundation');
    expect(cable?.meta.archive?.other.map((o) => o.label)).toEqual(['Source', 'Rights', 'Original Uploaded Date', 'Type', 'Record ID', 'Funders']);
    expect(cable?.meta.sender).toBe('HARRIMAN');
  });
});

describe('never throws', () => {
  const PAGE_LINES = [
    'Skip to content', 'Search in', 'Digital Archive International History Declassified', 'July 3, 1945', 'July 1945', 'July 05, 1945', '1948',
    'Cable, Mao Zedong to Filippov [Stalin]', 'Paraphrase of Outgoing Navy Cable - Moscow, February 3, 1944', 'This document was made possible with support from X',
    'CITATION SHARE DOWNLOAD', '  • Citation', '    get citation', '    "T," July 05, 1945, Archive, Papers, Library.', '  • share document', 'https://example.org/d/1',
    'VIEW DOCUMENT IN', 'ENGLISH (TRANSCRIPTION) HTML', 'TOP SECRET', 'FROM HARRIMAN TO', 'THE PRESIDENT', 'Conversation. July 3, 1945.', 'RPM', 'Mao Zedong.', '16.XII.1947',
    'Author(s):', 'Associated Places', 'Related Documents', 'Document Information', 'Source', 'Original Archive', 'Rights', 'copyright and permission', 'Record ID', '220417',
    'Home', '© Wilson Center', '1 - 10 of 54', '[', ']', '\u00a0', '',
  ];
  const line = fc.oneof(fc.constantFrom(...PAGE_LINES), fc.string({ maxLength: 30 }));

  it('gives a cable (or the plain fallback) for any arrangement of page lines and noise', () => {
    fc.assert(
      fc.property(fc.constantFrom('Skip to content', 'Search in', ''), fc.constantFrom('July 3, 1945', 'August 1945', 'July 05, 1945', 'x'), fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\n\n'), (top, date, rest, sep) => {
        const text = [top, date, ...rest].join(sep);
        const reporter = new Reporter('t.txt');
        const cable = parseCable(text, 't', reporter);
        expect(['wilson', 'plain', 'frus']).toContain(cable.shape);
        for (const o of cable.omitted ?? []) expect(text.slice(o.position.start.offset, o.position.end.offset)).toBe(o.text);
      }),
      { numRuns: 400 },
    );
  });
});
