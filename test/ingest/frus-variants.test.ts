/** Each layout variant of a FRUS page copy (src/ingest/README.md) read from its synthetic fixture: the header facts it gives. */
import { describe, expect, it } from 'vitest';
import { partiesOfHead } from '../../src/ingest/common.js';
import { readFileSync } from 'node:fs';
import { buildFile, parse, ROOT } from '../helpers/ingest.js';

interface Facts {
  file?: string;
  archiveFile?: string;
  docType?: string;
  date?: [string, string];
  place?: string;
  sender?: string;
  addressees: string[];
  pages: string[];
  notes: string[];
  opener?: string[];
  closer?: string[];
}

const CASES: Record<string, Facts> = {
  'frus-blank-renumbered': { file: '740.0011 European War 1939/1–1844', docType: 'Telegram', date: ['1944-01-18', 'file-number'], sender: 'Harriman', addressees: ['the Secretary of State'], pages: ['611', '612'], notes: ['2', '3'], closer: ['signed'] },
  'frus-newline-received': { file: '861.24/3–1245', docType: 'Telegram', date: ['1945-03-12', 'dateline'], place: 'Moscow', sender: 'Harriman', addressees: ['the Secretary of State'], pages: ['990', '991'], notes: ['41', '42'], opener: ['dateline', 'editorial', 'editorial'] },
  'frus-page-first': { file: '761.93/1–2045', docType: 'Telegram', date: ['1945-01-20', 'dateline'], place: 'Moscow', sender: 'Harriman', addressees: ['the Secretary of State'], pages: ['412', '413'], notes: [], opener: ['classification', 'dateline'], closer: ['signed'] },
  'frus-page-top': { file: '761.93/2–345', docType: 'Telegram', date: ['1945-02-03', 'dateline'], place: 'Moscow', sender: 'Harriman', addressees: ['the Secretary of State'], pages: ['87', '88'], notes: [], opener: ['classification', 'dateline'], closer: ['signed'] },
  'frus-roosevelt-papers': { archiveFile: 'Roosevelt Papers', docType: 'Telegram', sender: 'President Roosevelt', addressees: ['Marshal Stalin'], pages: ['411', '412'], notes: ['1', '2'], opener: ['classification', 'classification'], closer: ['signed'] },
  'frus-translation-end-date': { archiveFile: 'Roosevelt Papers', date: ['1944-10-08', 'end-date'], sender: 'Marshal Stalin', addressees: ['President Roosevelt'], pages: [], notes: ['1', '2'], opener: ['doc-kind'], closer: ['dateline'] },
  'frus-memo-newline': { file: '711.61/1087', date: ['1944-05-04', 'dateline'], place: 'Washington', sender: 'the Secretary of State', addressees: [], pages: ['861', '862'], notes: ['14', '15'], opener: ['dateline', 'subject'], closer: ['signed'] },
  'frus-note-enclosure': { file: '740.00119 (Potsdam)/8–245', date: ['1945-08-02', 'file-number'], sender: 'Caffery', addressees: ['Bidault'], pages: [], notes: ['1'], opener: ['doc-number', 'classification', 'doc-number'] },
  'frus-archive-dtg': { archiveFile: 'Moscow Embassy Files—711 Poland', docType: 'Telegram', date: ['1945-05-31', 'dateline'], place: 'Moscow', sender: 'Mr. Harry L. Hopkins', addressees: ['the President'], pages: ['297', '298'], notes: ['32', '33'] },
  'frus-excerpts-parts': { file: '740.00119 P.W./8–1645', docType: 'Telegram', date: ['1945-08-16', 'file-number'], sender: 'Hurley', addressees: ['the Secretary of State'], pages: [], notes: [], opener: ['editorial', 'classification', 'classification'], closer: ['signed', 'editorial'] },
  'frus-minutes-lot': { archiveFile: 'C.F.M. Files: Lot M–88: Box 2064: US Delegation Minutes', date: ['1946-05-08', 'heading'], addressees: [], pages: ['280', '281'], notes: ['41'] },
  'frus-aide-memoire': { file: '740.00119 Council/5–1046', date: ['1946-05-10', 'end-date'], sender: 'The Department of State', addressees: ['the British Embassy'], pages: [], notes: ['13'], opener: ['doc-kind'], closer: ['dateline'] },
  'frus-quote-unquote': { file: '840.48 Refugees/2–2845', docType: 'Telegram', date: ['1945-02-28', 'dateline'], place: 'Washington', sender: 'The Acting Secretary of State', addressees: ['Harrison'], pages: [], notes: ['1'], closer: ['signed'] },
  'frus-despatch-enclosure': { file: '893.00/15310', sender: 'Gauss', addressees: ['the Secretary of State'], pages: [], notes: ['3', '4'], opener: ['doc-number'] },
  'frus-navigation-no-note': { date: ['1944-06-03', 'dateline'], place: 'Chungking', sender: 'Gauss', addressees: ['the Secretary of State'], pages: [], notes: ['47', '48', '48a'], opener: ['dateline', 'editorial'], closer: ['signed'] },
  'frus-bracketed-dtg': { file: '740.0011 Pacific War/8–1545', docType: 'Telegram', date: ['1945-08-15', 'date-time-group'], sender: 'Hurley', addressees: ['the Secretary of State'], pages: [], notes: [], opener: ['classification'], closer: ['signed'] },
  'frus-newline-despatch': { archiveFile: 'Department of State Files: Lot 122, Box 4', date: ['1946-02-04', 'dateline'], place: 'Moscow', sender: 'Kennan', addressees: ['the Secretary of State'], pages: [], notes: ['15'], opener: ['doc-number', 'dateline', 'editorial'], closer: ['signed'] },
};

describe('FRUS layout variants: header facts', () => {
  for (const [name, want] of Object.entries(CASES)) {
    it(name, () => {
      const { cable, diagnostics } = buildFile(`test/fixtures/sources/${name}.txt`);
      expect(cable.shape).toBe('frus');
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(cable.sourceNote?.fileNumber).toBe(want.file);
      expect(cable.sourceNote?.archiveFile).toBe(want.archiveFile);
      expect(cable.sourceNote?.docType).toBe(want.docType);
      expect(cable.meta.date ? [cable.meta.date.when, cable.meta.date.source] : undefined).toEqual(want.date);
      expect(cable.meta.place).toBe(want.place);
      expect(cable.meta.sender).toBe(want.sender);
      expect(cable.meta.addressees).toEqual(want.addressees);
      expect(cable.meta.pages).toEqual(want.pages);
      expect(cable.footnotes.map((f) => f.n)).toEqual(want.notes);
      if (want.opener) expect(cable.opener.map((o) => o.type)).toEqual(want.opener);
      if (want.closer) expect(cable.closer.map((o) => o.type)).toEqual(want.closer);
    });
  }
});

describe('FRUS layout variants: particulars', () => {
  it('site navigation before and after the document is left out, listed in one info, and is not text', () => {
    const { cable, diagnostics, xml } = buildFile('test/fixtures/sources/frus-navigation-no-note.txt');
    expect(cable.omitted?.map((o) => o.text.split('\n')[0])).toEqual(['Skip to main content', 'Print']);
    const info = diagnostics.filter((d) => d.ruleId === 'ingest:navigation');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
    expect(info[0]!.message).toContain('Office of the Historian');
    expect(xml).not.toContain('Skip to main content');
    expect(xml).not.toContain('Foreign Service Institute');
    expect(diagnostics.some((d) => d.ruleId === 'ingest:no-source-note')).toBe(true);
  });

  it('the page’s own address, copied with the page frame, is the archive’s page of the cable; no other address is', () => {
    const text = readFileSync(`${ROOT}test/fixtures/sources/frus-navigation-no-note.txt`, 'utf8');
    const address = 'https://history.state.gov/historicaldocuments/frus1944v06/d212';
    const withUrl = parse(text.replace('Previous\n', `Previous\n${address}\n`), 'with-url').cable!;
    expect(withUrl.meta.sourceUrl).toBe(address);
    expect(withUrl.omitted?.map((o) => o.text).join('\n')).toContain(address);
    expect(parse(text, 'without').cable!.meta.sourceUrl).toBeUndefined();
    expect(parse(text.replace('Previous\n', 'Previous\nhttps://history.state.gov/search\n'), 'search').cable!.meta.sourceUrl).toBeUndefined();
  });

  it('notes listed from 1 take the chapter numbers of the text; a lettered number follows its number', () => {
    const { xml } = buildFile('test/fixtures/sources/frus-navigation-no-note.txt');
    expect(xml).toMatch(/\((?:<[^>]+>)?Gauss(?:<\/[^>]+>)?\) to the .*Secretary of State.*<note n="47" place="foot"/);
    expect(xml).toMatch(/Tihwa(?:<\/placeName>)?<note n="48a" place="foot"/);
  });

  it('a note number glued to a day stays apart from it: September 29 and note 2', () => {
    const { xml } = buildFile('test/fixtures/sources/frus-roosevelt-papers.txt');
    expect(xml).toMatch(/September 29<\/date><note n="2"|September 29<note n="2"/);
  });

  it('rows of spaced dots are omissions; list dashes and back-links are not text', () => {
    const { xml } = buildFile('test/fixtures/sources/frus-archive-dtg.txt');
    expect(xml).toContain('<gap reason="omitted"/>');
    expect(xml).not.toContain('↩');
    const list = buildFile('test/fixtures/sources/frus-newline-received.txt').xml;
    expect(list).toMatch(/<p>\(1\)\s+Soviet side wishes/);
    expect(list).not.toMatch(/<p>- /);
  });

  it('a date-time group and a telegram number open the text', () => {
    expect(buildFile('test/fixtures/sources/frus-archive-dtg.txt').xml).toContain('<seg type="dtg">312140.</seg>');
    expect(buildFile('test/fixtures/sources/frus-excerpts-parts.txt').xml).toContain('<seg type="telegram-number">1421.</seg>');
    expect(buildFile('test/fixtures/sources/frus-bracketed-dtg.txt').xml).toContain('<seg type="dtg">[150930]</seg>');
  });

  it('an enclosure keeps its label and text in the body, and the last signature closes the document', () => {
    const { xml, cable } = buildFile('test/fixtures/sources/frus-despatch-enclosure.txt');
    expect(xml).toContain('<note type="editorial">Enclosure</note>');
    expect(JSON.stringify(cable.closer[0]?.children)).toContain('"type":"supplied"'); // G[eorge] A[tcheson], Jr.
  });
});

describe('FRUS heads: sender and addressees', () => {
  it.each([
    ['The Ambassador in the Soviet Union ( Harriman ) to the Secretary of State', 'Harriman', ['the Secretary of State']],
    ['Memorandum of Conversation, by the Under Secretary of State (Grew)', 'Grew', []],
    ['Memorandum by Mr. Charles E. Bohlen, Member of the United States Delegation, of a Conversation Held at San Francisco, April 26, 1945', 'Mr. Charles E. Bohlen', []],
    ['The Commanding General, United States Military Mission in the Soviet Union (Deane), to the Joint Chiefs of Staff', 'Deane', ['the Joint Chiefs of Staff']],
    ['Mr. Harry L. Hopkins, Special Assistant to President Truman, to the President', 'Mr. Harry L. Hopkins', ['the President']],
    ['President Roosevelt to Prime Minister Churchill1', 'President Roosevelt', ['Prime Minister Churchill']],
    ['The President to the Secretary of State, at Sea', 'The President', ['the Secretary of State']],
    ['The Minister in Egypt (Kirk) to the President’s Special Assistant (Hopkins), Temporarily at Tehran', 'Kirk', ['Hopkins']],
    ['Marshal Stalin to President Roosevelt and Prime Minister Churchill 4', 'Marshal Stalin', ['President Roosevelt', 'Prime Minister Churchill']],
  ])('%s', (head, sender, addressees) => {
    expect(partiesOfHead(head)).toEqual({ sender, addressees });
  });
});
