/** A telegram's date-time group dates it, with the month and year of its file number, when no dateline does. */
import { describe, expect, it } from 'vitest';
import { dateFromDateTimeGroup } from '../../src/dates.js';
import { ingest } from '../../src/ingest/index.js';
import { Reporter } from '../../src/diagnostics.js';

describe('dateFromDateTimeGroup', () => {
  it('takes the day sent from the group, the month and year from the filing', () => {
    expect(dateFromDateTimeGroup('102330.', '1945-07-11')).toBe('1945-07-10');
    expect(dateFromDateTimeGroup('[111258]', '1945-08-11')).toBe('1945-08-11');
    expect(dateFromDateTimeGroup('150930Z', '1945-08-15')).toBe('1945-08-15');
  });

  it('goes back a month (or a year) when the group’s day is later than the filing day', () => {
    expect(dateFromDateTimeGroup('302330.', '1945-07-01')).toBe('1945-06-30');
    expect(dateFromDateTimeGroup('311800.', '1946-01-02')).toBe('1945-12-31');
  });

  it('gives nothing for a day over a week before the filing, or one the month has not', () => {
    expect(dateFromDateTimeGroup('052330.', '1945-07-20')).toBeUndefined();
    expect(dateFromDateTimeGroup('312330.', '1945-07-01')).toBeUndefined();
    expect(dateFromDateTimeGroup('2873.', '1945-07-01')).toBeUndefined();
  });
});

/** A FRUS telegram of our own wording with no dateline: its file number says it was filed on the 14th. */
function telegram(lead: string): string {
  return [
    '761.93/7–1445: Telegram',
    '',
    'The Ambassador in the Soviet Union (Harriman) to the Secretary of State',
    '',
    'top secret',
    '',
    `${lead} The Generalissimo's envoy asked me again about the railways and I said that I had no instructions on the point.`,
    '',
    'Harriman',
  ].join('\n');
}

describe('a FRUS telegram with no dateline', () => {
  it('is dated by its date-time group and its file number, and says so', () => {
    const parsed = ingest(new TextEncoder().encode(telegram('122100.')), 'x', new Reporter('x.txt'));
    expect(parsed?.cable.meta.date).toMatchObject({ when: '1945-07-12', source: 'date-time-group' });
  });

  it('is dated by its file number alone when its first paragraph opens with a telegram number', () => {
    const parsed = ingest(new TextEncoder().encode(telegram('2873.')), 'x', new Reporter('x.txt'));
    expect(parsed?.cable.meta.date).toMatchObject({ when: '1945-07-14', source: 'file-number' });
  });
});
