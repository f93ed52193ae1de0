import { describe, expect, it } from 'vitest';
import { partyConflict } from '../../src/annotate/plausible.js';
import { ANNOTATOR, buildText } from '../helpers/ingest.js';

const { registers } = ANNOTATOR;

/** A FRUS copy with a source note, a head and a paragraph. */
const frus = (note: string, head: string): string => `${note}\n\n${head}\n\nThe talks went on today without result and I shall report further tomorrow.\n`;

describe('dates that cannot be true', () => {
  it('a named holder outside the term of the office named', () => {
    expect(partyConflict(registers, 'President Roosevelt', '1949-01-10')).toMatch(/#roosevelt was President from 1933-03-04 to 1945-04-12, not on 1949-01-10/);
    expect(partyConflict(registers, 'President Roosevelt', '1944-11-03')).toBeUndefined();
    expect(partyConflict(registers, 'President Truman', '1945-08-11')).toBeUndefined();
    expect(partyConflict(registers, 'President Truman', '1944-08-11')).toMatch(/#truman/);
  });

  it('an office alone, after every holder the registers know left it', () => {
    expect(partyConflict(registers, 'the Secretary of State', '1945-08-11')).toBeUndefined();
    expect(partyConflict(registers, 'the Secretary of State', '1949-01-10')).toMatch(/left office on 1947-01-21/);
  });

  it('names and offices the registers do not know tell nothing', () => {
    expect(partyConflict(registers, 'President Quezon', '1949-01-10')).toBeUndefined();
    expect(partyConflict(registers, 'the Consul at Dihua', '1949-01-10')).toBeUndefined();
  });

  it('a file-number date impossible for an addressee leaves the cable undated, with a warning', () => {
    const r = buildText(frus('893.00/1–1049: Telegram', 'Major General Patrick J. Hurley to President Roosevelt'));
    expect(r.cable?.sourceNote?.fileNumber).toBe('893.00/1–1049');
    expect(r.cable?.meta.date).toBeUndefined();
    const w = r.diagnostics.find((d) => d.ruleId === 'date:implausible');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain('1949-01-10');
    expect(w?.line).toBe(1);
    expect(r.xml).toContain('subtype="rejected"');
    expect(r.xml).not.toMatch(/<date when="1949/);
  });

  it('a possible file-number date is kept', () => {
    const r = buildText(frus('740.00119 P.W./8–2945: Telegram', 'The Ambassador in the Soviet Union (Harriman) to President Truman'));
    expect(r.cable?.sourceNote?.fileNumber).toBe('740.00119 P.W./8–2945');
    expect(r.cable?.meta.date).toEqual({ when: '1945-08-29', text: '1945-08-29', source: 'file-number' });
    expect(r.diagnostics.filter((d) => d.ruleId === 'date:implausible')).toEqual([]);
  });

  it('a dateline is trusted, whatever the registers say', () => {
    const r = buildText('893.00/1–1049: Telegram\n\nMajor General Patrick J. Hurley to President Roosevelt\n\nChungking, January 10, 1949.\n\nThe talks went on today.\n');
    expect(r.cable?.meta.date?.when).toBe('1949-01-10');
  });
});

describe('decimal file numbers', () => {
  for (const [file, when] of [
    ['740.00119 Control (Japan)/8–1245', '1945-08-12'],
    ['740.0011 European War 1939/8–1145', '1945-08-11'],
    ['800.00 Summaries/8–844', '1944-08-08'],
    ['740.0011 P. W./10–1344', '1944-10-13'],
    ['811.42793/1486a', undefined],
    ['123 Service, John S.', undefined],
  ] as const) {
    it(`${file}: state-decimal${when ? `, dated ${when}` : ', no date'}`, () => {
      const r = buildText(frus(`${file}: Telegram`, 'The Ambassador in China (Gauss) to the Secretary of State'));
      expect(r.cable?.sourceNote?.fileNumber).toBe(file);
      expect(r.cable?.meta.date?.when).toBe(when);
      expect(r.xml).toContain(`<idno type="state-decimal">${file}</idno>`);
    });
  }
});

describe('parties named with a pseudonym', () => {
  it('the name the registers know is the party, in brackets or before them', () => {
    const { matcher } = ANNOTATOR;
    expect(matcher.resolve('Filippov [Stalin]', '1949-01-10')?.id).toBe('stalin');
    expect(matcher.resolve('Feng Xi (Stalin)', '1950-08-31')?.id).toBe('stalin');
    expect(matcher.resolve('Stalin [Kuznetsov]', '1947-12-16')?.id).toBe('stalin');
    expect(matcher.resolve('Filippov', '1949-01-10')?.id).toBe('stalin');
    expect(matcher.resolve('Varkonen [Brelin]', '1947-12-16')).toBeUndefined();
  });
});
