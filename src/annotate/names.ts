/** Names of the registers found in a text: every form of every entry, and the titles of offices resolved by date. */
import { TITLES, type Entry, type EntryKind, type Registers } from '../registers.js';
import type { Flat } from './flat.js';
import { isTaken } from './flat.js';

export interface NameHit {
  /** Flat range. */
  from: number;
  to: number;
  kind: EntryKind;
  form: string;
  /** The entry it points at; undefined when a title could not be resolved. */
  entry?: Entry;
  /** The title of an office (`President`), when the hit is one. */
  role?: string;
  /** Why a title is not resolved: no date, no holder, or several. */
  unresolved?: 'undated' | 'no-holder' | 'ambiguous';
  holders?: Entry[];
  /** Where the register's form starts, when given names before it were taken into the name. */
  nameFrom?: number;
}

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pads a partial ISO date to the first or last day it can mean. */
export function bound(date: string, end: boolean): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? (end ? '12' : '01')}-${d ?? (end ? '31' : '01')}`;
}

/** The holders of a title on a date (or through a partial date's whole span). */
export function holdersOn(registers: Registers, role: string, when: string): Entry[] {
  const [lo, hi] = [bound(when, false), bound(when, true)];
  const holders = (registers.roles.get(role) ?? []).filter((h) => (!h.from || bound(h.from, false) <= hi) && (!h.to || lo <= bound(h.to, true)));
  return [...new Set(holders.map((h) => h.entry))];
}

/** Capitalised words before a surname that are not given names: titles, sentence openers, adjectives. */
const GIVEN_STOP = /\b(?:The|A|An|In|On|At|To|By|For|With|From|And|But|Mr|Mrs|Dr|General|Marshal|Ambassador|Admiral|Generalissimo|President|Premier|Minister|Secretary|Commissar|Comrade|Madame|Sir|Lord|Soviet|Chinese|American|British|Japanese|Russian|French|Polish|Ambassador|Colonel|Major|Captain|Lieutenant|Consul|Counselor|Chargé|Vice|Deputy|Acting|Under|Foreign|When|If|As|After|Before|Later|Then|Both|Also)\b/;

/** Register forms that are common nouns (`the Department` is the Department of State in an American cable). */
const COMMON_NOUN_FORM = /^(?:Department|Dept\.?|Embassy|Legation|Commission|Committee|Ministry|Office|Government|Govt|Party|Army|Navy|Conference|Council)$/;

/** Finds the names of the registers in texts. */
export class NameMatcher {
  private readonly pattern: RegExp;
  private readonly forms = new Map<string, { entry?: Entry; role?: string }>();

  constructor(private readonly registers: Registers) {
    for (const [form, entry] of registers.byForm) {
      this.forms.set(form, { entry });
      if (!this.forms.has(form.toUpperCase())) this.forms.set(form.toUpperCase(), { entry });
    }
    for (const role of registers.roles.keys()) {
      if (!this.forms.has(role)) this.forms.set(role, { role });
      if (!this.forms.has(role.toUpperCase())) this.forms.set(role.toUpperCase(), { role });
    }
    const alternatives = [...this.forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
    // A name may be glued to a note number the reader could not match (`Churchill1`), not to a year or a word.
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?!\\p{L})(?!\\p{N}{4})`, 'gu');
  }

  /** The name that a whole string is (for the header's sender and addressees), resolved on a date. */
  resolve(text: string, when: string | undefined): Entry | undefined {
    const t = text.replace(/\s+/g, ' ').trim();
    // `Filippov [Stalin]`, `Feng Xi (Stalin)`, `Stalin [Kuznetsov]`: a pseudonym and the name; whichever the registers know.
    const pair = /^(.+?)\s*[[(]([^\])]+)[\])]$/.exec(t);
    if (pair) return this.resolve(pair[2]!, when) ?? this.resolve(pair[1]!, when);
    const direct = this.forms.get(t) ?? this.forms.get(t.replace(/^the\s+/i, ''));
    if (direct?.entry) return direct.entry;
    const role = direct?.role;
    if (!role || !when) return undefined;
    const holders = holdersOn(this.registers, role, when);
    return holders.length === 1 ? holders[0] : undefined;
  }

  /** The names in a flat text, longest first, not overlapping what is marked already. */
  find(flat: Flat, when: string | undefined): NameHit[] {
    const hits: NameHit[] = [];
    for (const m of flat.text.matchAll(this.pattern)) {
      const from = m.index!;
      const to = from + m[0].length;
      if (isTaken(flat, from, to)) continue;
      const found = this.forms.get(m[0])!;
      // A common noun that is an organisation's short form (`the Department`, `Dept`) names it alone, not in `the 8th Department of the General Staff` or `the Political Department`.
      if (found.entry?.kind === 'org' && COMMON_NOUN_FORM.test(m[0]) && (/^\s+of\s/.test(flat.text.slice(to, to + 5)) || /(?:\p{Lu}\p{L}*|\d+(?:st|nd|rd|th))\s+$/u.test(flat.text.slice(Math.max(0, from - 30), from)))) continue;
      if (found.entry) {
        // A person's given names before a known surname belong to the name: `Anastas Ivanovich Mikoyan`.
        const titled = TITLES.some((t) => m[0].startsWith(`${t} `));
        const given = found.entry.kind === 'person' && !titled ? /(?:(?<![\p{L}.])\p{Lu}\p{Ll}+ ){1,3}$/u.exec(flat.text.slice(Math.max(0, from - 60), from)) : null;
        const start = given && !isTaken(flat, from - given[0].length, from) && !GIVEN_STOP.test(given[0]) && !/\p{Ll}ly\b/u.test(given[0]) ? from - given[0].length : from;
        hits.push({ from: start, to, kind: found.entry.kind, form: flat.text.slice(start, to), entry: found.entry, ...(start !== from ? { nameFrom: from } : {}) });
        continue;
      }
      // A title names its holder only as "the President", not in "President Truman" or "a President";
      // `The Ambassador in the Soviet Union (Harriman)`: the name in parentheses is the mention. Names inside the title still count.
      const before = flat.text.slice(Math.max(0, from - 4), from);
      const after = flat.text.slice(to, to + 3);
      if (!/^the $/i.test(before) || /^ \p{Lu}\p{Ll}/u.test(after) || /^\s*\(/.test(after)) {
        const inner = flat.text.slice(from, to);
        for (const n of inner.slice(1).matchAll(this.pattern)) {
          const e = this.forms.get(n[0])?.entry;
          const s0 = from + 1 + n.index!;
          if (e && !isTaken(flat, s0, s0 + n[0].length)) hits.push({ from: s0, to: s0 + n[0].length, kind: e.kind, form: n[0], entry: e });
        }
        continue;
      }
      const role = found.role!;
      if (!when) {
        hits.push({ from, to, kind: 'person', form: m[0], role, unresolved: 'undated' });
        continue;
      }
      const holders = holdersOn(this.registers, role, when);
      if (holders.length === 1) hits.push({ from, to, kind: 'person', form: m[0], role, entry: holders[0] });
      else hits.push({ from, to, kind: 'person', form: m[0], role, unresolved: holders.length ? 'ambiguous' : 'no-holder', holders });
    }
    // Given names that are another name (`… on Outer Mongolia Stalin threatened`) are not given names.
    for (const h of hits) {
      if (h.nameFrom !== undefined && hits.some((o) => o !== h && o.from < h.nameFrom! && h.from < o.to)) {
        h.from = h.nameFrom;
        h.form = flat.text.slice(h.from, h.to);
      }
    }
    return hits;
  }
}
