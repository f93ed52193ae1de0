/** Dates as the cables write them, read into ISO 8601. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** The month number (1–12) of an English month name or its abbreviation, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whether y-m-d is a day of the calendar. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** ISO form of a full date, or undefined when it is not a day of the calendar. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  return isCalendarDate(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : undefined;
}

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** `July 10, 1945` (any case). */
export const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th|d)?(?:\\s*\\(\\?\\))?,?\\s+(\\d{4})\\b`, 'i');
/** `10 July 1945` (any case). */
export const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|d)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'i');

/** The first full date in a string, as ISO and the words it was read from. */
export function findFullDate(s: string): { when: string; text: string; index: number } | undefined {
  const a = MDY.exec(s);
  const b = DMY.exec(s);
  const candidates: { when: string | undefined; text: string; index: number }[] = [];
  if (a) candidates.push({ when: isoDate(+a[3]!, monthNumber(a[1]!), +a[2]!), text: a[0], index: a.index });
  if (b) candidates.push({ when: isoDate(+b[3]!, monthNumber(b[2]!), +b[1]!), text: b[0], index: b.index });
  const best = candidates.filter((c) => c.when).sort((x, y) => x.index - y.index)[0];
  return best ? { when: best.when!, text: best.text, index: best.index } : undefined;
}

/**
 * The date a State Department decimal file number carries: `M–DDYY` after the slash
 * (`761.93/8–1145` is 11 August 1945). Years are read as 19YY.
 */
export function dateFromFileNumber(fileNumber: string): string | undefined {
  const m = /\/\s*(\d{1,2})\s*[–—-]\s*(\d{1,2})(\d{2})\b/.exec(fileNumber);
  if (!m) return undefined;
  return isoDate(1900 + +m[3]!, +m[1]!, +m[2]!);
}

/**
 * The day a telegram was sent, from its date-time group (`DDHHMM`, the day of the month it was sent) and the date
 * its decimal file number gives (the day it was filed, on or after the sending): the month and year are the file
 * date's, or the month before when the group's day is later than the filing day (a telegram of the 30th filed on
 * the 1st). Undefined when that day would be more than a week before the filing, or does not exist: the file
 * number's date then stands.
 */
export function dateFromDateTimeGroup(dtg: string, fileDate: string): string | undefined {
  const day = /^\[?(\d{2})\d{4}Z?\.?\]?\.?$/.exec(dtg.trim())?.[1];
  const file = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fileDate);
  if (!day || !file) return undefined;
  const [y, m, d] = [+file[1]!, +file[2]!, +file[3]!];
  const sent = +day <= d ? { y, m } : m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
  const when = isoDate(sent.y, sent.m, +day);
  if (!when || Date.parse(when) > Date.parse(fileDate) || Date.parse(fileDate) - Date.parse(when) > 7 * 86_400_000) return undefined;
  return when;
}

/** A readable form of an ISO date: `15 December 1944`, `October 1944`, `1944`. */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTH_NAMES[m - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}
