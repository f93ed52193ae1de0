/** Dates in a text, with ISO values: full dates, dates without a year, months, and words relative to the cable's date. */
import { isoDate, monthNumber } from '../dates.js';
import type { Flat } from './flat.js';
import { isTaken } from './flat.js';

export interface DateHit {
  from: number;
  to: number;
  when: string;
  /** `medium` when the value was reckoned from the cable's own date. */
  cert?: 'medium';
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Each rule: a pattern and what it means on the cable's date (undefined: no date). */
interface Rule {
  pattern: RegExp;
  needsDate: boolean;
  value: (m: RegExpExecArray, cable: Date | undefined) => { when: string; cert?: 'medium' } | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const shift = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

/** The day a relative word names, in days from the cable's date. */
const RELATIVE: Record<string, number> = {
  'last night': -1,
  'last evening': -1,
  yesterday: -1,
  'the day before yesterday': -2,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  tonight: 0,
  today: 0,
  tomorrow: 1,
  'the day after tomorrow': 2,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const RULES: Rule[] = [
  // July 10, 1945; JULY 10, 1945; June 30th, 1945
  {
    pattern: new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`, 'giu'),
    needsDate: false,
    value: (m) => {
      const w = isoDate(+m[3]!, monthNumber(m[1]!), +m[2]!);
      return w ? { when: w } : undefined;
    },
  },
  // 10 July 1945, 30th June, 1945
  {
    pattern: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})${E}`, 'giu'),
    needsDate: false,
    value: (m) => {
      const w = isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!);
      return w ? { when: w } : undefined;
    },
  },
  // June 29, 10 July: the year that puts the day nearest the cable's date.
  {
    pattern: new RegExp(`${B}(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}))${E}(?!,?\\s+\\d{4})`, 'gu'),
    needsDate: true,
    value: (m, cable) => {
      const month = monthNumber(m[1] ?? m[4]!);
      const day = +(m[2] ?? m[3]!);
      const y = cable!.getUTCFullYear();
      const options = [y - 1, y, y + 1]
        .map((year) => isoDate(year, month, day))
        .filter((w): w is string => w !== undefined)
        .sort((a, b) => Math.abs(Date.parse(a) - cable!.getTime()) - Math.abs(Date.parse(b) - cable!.getTime()));
      return options[0] ? { when: options[0] } : undefined;
    },
  },
  // in October: the last October up to the cable's month.
  {
    pattern: new RegExp(`${B}(?:in|during|since|until|till|by|of|early in|late in|in early|in late|in mid-)\\s+(${MONTH})${E}(?!\\s*\\d)`, 'gu'),
    needsDate: true,
    value: (m, cable) => {
      const month = monthNumber(m[1]!);
      const y = cable!.getUTCFullYear() - (month > cable!.getUTCMonth() + 1 ? 1 : 0);
      return { when: `${y}-${pad(month)}`, cert: 'medium' };
    },
  },
  // in 1944
  {
    pattern: new RegExp(`${B}(?:in|during|since|until|by)\\s+(1[89]\\d\\d|20\\d\\d)${E}`, 'gu'),
    needsDate: false,
    value: (m) => ({ when: m[1]! }),
  },
  // last night, this morning, yesterday …
  {
    pattern: new RegExp(`${B}(${Object.keys(RELATIVE).sort((a, b) => b.length - a.length).join('|')})${E}`, 'giu'),
    needsDate: true,
    value: (m, cable) => ({ when: iso(shift(cable!, RELATIVE[m[1]!.toLowerCase()]!)), cert: 'medium' }),
  },
  // Monday, last Monday, on Monday: the last such day before the cable; next Monday: the first after it.
  {
    pattern: new RegExp(`${B}(?:(last|next|on)\\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)${E}`, 'gu'),
    needsDate: true,
    value: (m, cable) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = cable!.getUTCDay();
      const days = m[1] === 'next' ? ((target - today + 7) % 7 || 7) : -(((today - target + 7) % 7) || 7);
      return { when: iso(shift(cable!, days)), cert: 'medium' };
    },
  },
];

/** The date expressions of a flat text; those that need the cable's date are left out when it has none (or only a year or month). */
export function findDates(flat: Flat, cableWhen: string | undefined): DateHit[] {
  const cable = cableWhen && /^\d{4}-\d{2}-\d{2}$/.test(cableWhen) ? new Date(`${cableWhen}T00:00:00Z`) : undefined;
  const hits: DateHit[] = [];
  for (const rule of RULES) {
    if (rule.needsDate && !cable) continue;
    for (const m of flat.text.matchAll(rule.pattern)) {
      const from = m.index!;
      const to = from + m[0].length;
      if (isTaken(flat, from, to) || hits.some((h) => from < h.to && h.from < to)) continue;
      const v = rule.value(m as RegExpExecArray, cable);
      if (v) hits.push({ from, to, ...v });
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}
