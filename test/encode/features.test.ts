import { describe, expect, it } from 'vitest';
import { encodeTei } from '../../src/encode/tei.js';
import { allInline, buildTei, parse, parseFile } from '../helpers/ingest.js';

const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;

describe('datelines and headings', () => {
  it('mark the place and the date of a dateline, a supplied place too, its comma outside the name', () => {
    expect(encodeTei(parseFile('test/fixtures/sources/frus-dateline-notes.txt').cable)).toContain(
      '<dateline><placeName>Moscow</placeName>, <date when="1945-08-11">August 11, 1945</date>—noon.</dateline>',
    );
    const memo = parseFile('test/fixtures/sources/frus-memorandum.txt').cable;
    // `[Moscow,]`: the editors supplied the comma too; it stays theirs, outside the place's name.
    expect(encodeTei(memo)).toContain('<dateline><placeName><supplied>Moscow</supplied></placeName><supplied>,</supplied> <date when="1945-07-02">July 2, 1945</date>.</dateline>');
    expect(memo.meta).toMatchObject({ place: 'Moscow', date: { when: '1945-07-02', source: 'dateline' } });
  });

  it('mark the place and date of a Wilson Center transcript’s heading', () => {
    const { cable } = parse('May 9, 1945\n\nT\n\nCitation:\n\n"T", May 9, 1945, Wilson Center Digital Archive.\n\nContents:\n\nTranscript - English\n\nPARAPHRASE OF NAVY CABLE FROM CHUNGKING MAY 8, 1945\n\nText.\n');
    expect(encodeTei(cable!)).toContain('<head>PARAPHRASE OF NAVY CABLE FROM <placeName>CHUNGKING</placeName> <date when="1945-05-08">MAY 8, 1945</date></head>');
    expect(cable?.meta.place).toBe('Chungking');
    // The archive's date line dates the cable, not the heading.
    expect(cable?.meta.date).toMatchObject({ when: '1945-05-09', source: 'archive' });
  });
});

describe('a memorandum instead of a telegram', () => {
  it('reads its kind, its author, a signature with supplied letters and its notes', () => {
    const { cable, diagnostics } = parseFile('test/fixtures/sources/frus-memorandum.txt');
    expect(diagnostics).toEqual([]);
    expect(cable.sourceNote?.docType).toBe('Memorandum');
    expect(cable.meta.sender).toBe('Harriman');
    expect(cable.meta.addressees).toEqual([]);
    const tei = encodeTei(cable);
    expect(tei).toContain('<signed>W. A. H<supplied>arriman</supplied></signed>');
    expect(tei).toContain('<term>Memorandum</term>');
    expect(count(tei, /<note n="\d" place="foot"/g)).toBe(2);
    expect(tei).toContain('<supplied>Soviet</supplied> Government');
    expect(tei).toContain('<note type="editorial">Here follows a summary of the views.</note>');
  });
});

describe('the seeds carry what the sources say (issue 3)', () => {
  const tei = Object.fromEntries(['000_fb8a52e7ff6220c4', '001_1b218d7b1150b741', '002_336ee8d35a94a445', '003_00770a608ea074b4', '004_ee78402f5728550e'].map((s) => [s.slice(0, 3), buildTei(s)]));
  const sent = (x: string): string | undefined => /<correspAction type="sent">[\s\S]*?<date when="([^"]+)"/.exec(x)?.[1];

  it('file numbers as idnos', () => {
    expect(tei['000']).toContain('<idno type="state-decimal">761.93/8–1145</idno>');
    expect(tei['001']).toContain('<idno type="archive-file">Moscow Embassy Files—710 Sino-Soviet Relations</idno>');
    expect(tei['004']).toContain('<idno type="state-decimal">761.93/12–1544</idno>');
  });

  it('the dates of sending', () => {
    expect([sent(tei['000']!), sent(tei['001']!), sent(tei['002']!), sent(tei['003']!), sent(tei['004']!)]).toEqual(['1945-08-11', '1945-07-03', '1945-07-10', '1945-07-03', '1944-12-15']);
  });

  it('page breaks, supplied letters, the date-time group', () => {
    expect([...tei['000']!.matchAll(/<pb n="(\d+)"/g)].map((m) => m[1])).toEqual(['968', '969']);
    expect([...tei['001']!.matchAll(/<pb n="(\d+)"/g)].map((m) => m[1])).toEqual(['913', '914']);
    expect([...tei['004']!.matchAll(/<pb n="(\d+)"/g)].map((m) => m[1])).toEqual(['379']);
    expect(tei['000']).toContain('<supplied>un</supplied>defined');
    expect(tei['000']).toContain('<seg type="dtg">111258.</seg>');
  });

  it('glosses, gaps, initials, the footnote in the head', () => {
    const glosses = [...tei['002']!.matchAll(/<note type="gloss">(.*?)<\/note>/g)].map((m) => m[1]!);
    expect(glosses.map((g) => g.replace(/<[^>]+>/g, ''))).toEqual(['Xinjiang', 'Dalian', 'Lüshunkou District, Dalian']);
    // The names in a gloss are marked as in the text.
    expect(glosses[0]).toBe('<placeName ref="#xinjiang">Xinjiang</placeName>');
    expect(glosses[2]).toContain('<placeName ref="#dalian">Dalian</placeName>');
    expect(count(tei['003']!, /<gap reason="illegible"\/>/g)).toBe(4);
    expect(tei['002']).toContain('<seg type="initials">RPM</seg>');
    expect(tei['003']).toContain('<seg type="initials">LAX</seg>');
    const head = /<head>([^]*?)<\/head>/.exec(tei['004']!)![1]!;
    expect(/<note n="1" place="foot"[^>]*>(.*)<\/note>$/.exec(head)![1]!.replace(/<[^>]+>/g, '')).toBe('Sent by the United States Naval Attaché, Moscow, via Navy channels.');
  });

  it('the Wilson Center URLs, summaries, credits and language in the header', () => {
    for (const k of ['002', '003']) {
      const header = tei[k]!.slice(0, tei[k]!.indexOf('</teiHeader>'));
      expect(header).toMatch(/<ref target="https:\/\/[^"]+\/document\/\d+">/);
      expect(header).toMatch(/<abstract>\s*<p><persName ref="#harriman">Harriman<\/persName> reports/);
      expect(header).toContain('<note type="credits">This document was made possible with support from Chun &amp; Jane Chiu Family Foundation</note>');
      expect(header).toContain('<language ident="en">English</language>');
      expect(header).toContain('<repository>Library of Congress</repository>');
      expect(header).toContain('<collection>W. A. Harriman Papers</collection>');
    }
  });

  it('every construct of the fixtures is in their inline model', () => {
    const kinds = new Set(['frus-dateline-notes', 'frus-memorandum', 'wilson-no-summary'].flatMap((n) => allInline(parseFile(`test/fixtures/sources/${n}.txt`).cable).map((x) => x.type)));
    expect([...kinds].sort()).toEqual(['date', 'editorial', 'gap', 'gloss', 'name', 'noteRef', 'pb', 'seg', 'supplied', 'text']);
  });
});
