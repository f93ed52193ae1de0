import { describe, expect, it } from 'vitest';
import { annotateText } from '../helpers/annotate.js';

/** The dates marked in a text of a cable sent on `when`: [words, @when, @cert]. */
function dates(text: string, when: string | null = '1944-12-15'): [string, string, string | undefined][] {
  const tei = annotateText(text, when ?? undefined);
  return [...tei.slice(tei.indexOf('<text>')).matchAll(/<date when="([^"]+)"(?: cert="([^"]+)")?>(.*?)<\/date>/g)].map((m) => [m[3]!.replace(/<[^>]+>/g, ''), m[1]!, m[2]]);
}

describe('dates', () => {
  it('full dates in any of the forms the cables use', () => {
    expect(dates('On July 10, 1945, on 10 July 1945, on JULY 10, 1945 and on Sept. 2, 1945.')).toEqual([
      ['July 10, 1945', '1945-07-10', undefined],
      ['10 July 1945', '1945-07-10', undefined],
      ['JULY 10, 1945', '1945-07-10', undefined],
      ['Sept. 2, 1945', '1945-09-02', undefined],
    ]);
  });

  it('full dates with an ordinal day, as records of meetings write them', () => {
    expect(dates('Date: June 30th, 1945 6:30 p.m. They met again on the 2nd July, 1945 and on 3rd July.', '1945-06-30')).toEqual([
      ['June 30th, 1945', '1945-06-30', undefined],
      ['2nd July, 1945', '1945-07-02', undefined],
      ['3rd July', '1945-07-03', undefined],
    ]);
  });

  it('a day without a year takes the year that puts it nearest the cable', () => {
    expect(dates('Since June 29 and until July 12.', '1945-07-10')).toEqual([
      ['June 29', '1945-06-29', undefined],
      ['July 12', '1945-07-12', undefined],
    ]);
    expect(dates('On December 28 he left.', '1945-01-03')).toEqual([['December 28', '1944-12-28', undefined]]);
  });

  it('a month alone is the last such month up to the cable', () => {
    expect(dates('He had indicated in October that …', '1944-12-15')).toEqual([['in October', '1944-10', 'medium']]);
    expect(dates('He had indicated in December that …', '1945-02-01')).toEqual([['in December', '1944-12', 'medium']]);
  });

  it('words relative to the cable’s date', () => {
    expect(dates('Last night and this morning; yesterday, today and tomorrow; this afternoon.', '1944-12-15')).toEqual([
      ['Last night', '1944-12-14', 'medium'],
      ['this morning', '1944-12-15', 'medium'],
      ['yesterday', '1944-12-14', 'medium'],
      ['today', '1944-12-15', 'medium'],
      ['tomorrow', '1944-12-16', 'medium'],
      ['this afternoon', '1944-12-15', 'medium'],
    ]);
    // 15 December 1944 was a Friday.
    expect(dates('He saw Stalin on Monday and will again next Monday.', '1944-12-15')).toEqual([
      ['on Monday', '1944-12-11', 'medium'],
      ['next Monday', '1944-12-18', 'medium'],
    ]);
  });

  it('leave what is relative unmarked when the cable has no date, but mark full dates', () => {
    expect(dates('Last night, on July 10, 1945.', null)).toEqual([['July 10, 1945', '1945-07-10', undefined]]);
  });

  it('are not durations or vague spans', () => {
    expect(dates('For a 45-year period, after two years, after the war, from 40 to 30 years, in time of war.', '1945-07-10')).toEqual([]);
  });

  it('are not impossible days', () => {
    expect(dates('On February 30, 1945.')).toEqual([]);
  });
});
