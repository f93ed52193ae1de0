/** Names of the registers found in a text: every form of every entry, and the titles of offices resolved by date. */
import { GIVEN_NAMES } from './evidence.js';
import { armed, surnameOf, TITLES, type Entry, type EntryKind, type Registers } from '../registers.js';
import { adjectiveCountries, countryOfPlace } from './context.js';
import { FUNCTION_WORDS, NATION, NOT_NAMES } from './candidates.js';
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
  unresolved?: 'undated' | 'no-holder' | 'ambiguous' | 'other-body' | 'other-nation';
  holders?: Entry[];
  /** Where the register's form starts, when given names before it were taken into the name. */
  nameFrom?: number;
}

/** What a cable speaks of, to tell apart the holders of a title. */
export interface CableContext {
  countries: ReadonlyMap<string, number>;
  named: ReadonlySet<string>;
  /** The persons the cable names by a form their entry writes (`Richard J. Marshall`), not only by a derived one (`General Marshall`). */
  written?: ReadonlySet<string>;
}

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pads a partial ISO date to the first or last day it can mean. */
export function bound(date: string, end: boolean): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? (end ? '12' : '01')}-${d ?? (end ? '31' : '01')}`;
}

/** The holders of a title on a date (or through a partial date's whole span). */
export function holdersOn(registers: Registers, role: string, when: string): Entry[] {
  return [...new Set(spellsOn(registers, role, when).map((h) => h.entry))];
}

/** The spells of office of a title that a date (or a partial date's whole span) falls in. */
function spellsOn(registers: Registers, role: string, when: string): { entry: Entry; office: string }[] {
  const [lo, hi] = [bound(when, false), bound(when, true)];
  return (registers.roles.get(role) ?? []).filter((h) => (!h.from || bound(h.from, false) <= hi) && (!h.to || lo <= bound(h.to, true)));
}

/** Capitalised words before a surname that are not given names: titles, sentence openers, adjectives. */
const GIVEN_STOP = /\b(?:The|A|An|In|On|At|To|By|For|With|From|And|But|Mr|Mrs|Dr|General|Marshal|Ambassador|Admiral|Generalissimo|President|Premier|Minister|Secretary|Commissar|Comrade|Madame|Sir|Lord|Soviet|Chinese|American|British|Japanese|Russian|French|Polish|Ambassador|Colonel|Major|Captain|Lieutenant|Consul|Counselor|Chargé|Vice|Deputy|Acting|Under|Foreign|When|If|As|After|Before|Later|Then|Both|Also)\b/;

/** Register forms that are common nouns (`the Department` is the Department of State in an American cable). */
const COMMON_NOUN_FORM = /^(?:Department|Dept\.?|Embassy|Legation|Commission|Committee|Ministry|Office|Government|Govt|Party|Army|Navy|Conference|Council)$/;

/** Words after a place's name that make it the name of a body or a meeting (`the Moscow Conference`, `United States Forces`) or of an archive's files (`Moscow Embassy Files`); a document keeps its place (`the Yalta Agreement`). */
const NAMED_AFTER_PLACE = /^\s(?:Conference|Conferences|Delegation|Forces|Papers|Files|Embassy Files)\b/;

/** Words after a body's or a place's name that make it a periodical's title: `Department of State Bulletin`, `the Moscow News`. */
const PERIODICAL_AFTER = /^\s(?:Bulletin|Gazette|Journal|Review|Quarterly|Monthly|Weekly|Daily|News|Times|Herald)\b/;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether a form of a person is only the surname, alone or after a title (`Marshall`, `General Marshall`, `MARSHALL`). */
const surnameOnly = (entry: Entry, form: string): boolean => {
  const surname = surnameOf(entry);
  if (!surname) return false;
  const capitals = form.toUpperCase() === form;
  const s = capitals ? surname.toUpperCase() : surname;
  return form === s || TITLES.some((t) => `${capitals ? t.toUpperCase() : t} ${s}` === form);
};

/** Whether a form of a person is one the registers derive (`General Marshall`, `Orlando`), not one the entry writes. */
const derived = (entry: Entry, form: string): boolean => !entry.forms.includes(form) && entry.regular !== form && !entry.forms.some((f) => f.toUpperCase() === form);

/** Words after a title that date the holding of it: `until November 1944`, `since 1943`, `1917–1919`. */
const HELD_UNTIL = /^,?\s+(?:(?:until|till|since|from|in)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}|\d{4}\s*[–-])/u;

/** A military rank right before a surname: `General Robertson`, `Generals Robertson`, `Gen. Harmon`. */
export const MILITARY_BEFORE = /(?<![\p{L}])(?:Generals?|Gen\.|Marshals?|Admirals?|Adm\.|Colonels?|Col\.|Majors?|Maj\.|Captains?|Capt\.|Lieutenants?|Lt\.|Brigadier)\s$/u;

/** Words before a title that make it what someone became: `who became Lebanese Prime Minister`, `was appointed the Regent`. */
const BECAME = new RegExp(`(?<![\\p{L}])(?:became|become|becomes|becoming|appointed|named|elected|designated|as)\\s+(?:(?:the|a|an)\\s+)?(?:(?:${NATION}|Acting|Deputy|new|first)\\s+)*$`, 'u');

/** A nation's adjective right before a title: `Greek FonMin`, `the Syrian President`. */
const NATION_BEFORE_TITLE = new RegExp(`(?<![\\p{L}])(${NATION})\\s$`, 'u');

/** The great powers whose leaders American cables name by their title alone (`the Prime Minister`). */
const GREAT_POWERS: ReadonlySet<string> = new Set(['united-kingdom', 'united-states', 'soviet-union']);

/** Words after a surname that make the name of a thing, not a longer name: `the Stalin Prize Committee`, `the Hurley Mission Report`. */
const LONGER_NAME_STOP = /^(?:Prize|Plan|Line|Mission|Committee|Commission|Government|Govt|Army|Party|Report|Agreement|Treaty|Declaration|Doctrine|Note|Memorandum|Papers|Files|Group|Regime|Cabinet|Administration|Office|Street|Square|Avenue|Road|Hall|House|Island|Islands|River|Bay|Sea|Canal|Line|Act|Formula|Proposal|Proposals|Statement|Message|Letter|Telegram|Conference|Talks|Visit)$/;

/** Whether the initials right before a surname (`A. Molotov`) do not open the entry's given names (`Molotov, Vyacheslav M.`: V.). */
function otherInitials(entry: Entry, before: string): boolean {
  const written = /(?<![\p{L}.])((?:\p{Lu}[a-z]?\.\s?){1,3})$/u.exec(before)?.[1];
  const given = /^[^,]+,\s*(.+)$/.exec(entry.regular)?.[1];
  if (!written || !given) return false;
  const theirs = given.split(/[\s.]+/).find((w) => /^\p{Lu}/u.test(w))?.[0];
  const these = /\p{Lu}/u.exec(written)?.[0];
  // Only the given name's initial counts (patronymics are transliterated many ways: `A. Ya.`, `A.Ia.`), and Y, I, J and E stand for one another (Yevgeny, Evgeny; Iakov, Yakov).
  const iotated = (c: string): boolean => /[YIJE]/.test(c);
  return !!theirs && !!these && theirs !== these && !(iotated(theirs) && iotated(these));
}

/** Common names of bodies, which a nation's adjective before them makes another nation's. */
const GENERIC_ORG = /^(?:Communists|communists|Communist Party|communist party|Army|Navy|Air Force|Government|government|Govt|Embassy|Legation|Party|Department|Dept|Foreign Office|Ministry)$/;
const NATION_BEFORE = new RegExp(`(?<![\\p{L}])${NATION}\\s$`, 'u');

/** The words of a body's name before `of` and a place (`the National Assembly of`, `the Central Committee of the`): two capitalised words at least, the last a body's head word. */
const BODY_OF = /(?<![\p{L}])(?:\p{Lu}[\p{L}’'-]*\s+)+(?:Assembly|Committee|Council|Party|Commission|Congress|Parliament|Front|Command|Commissariat|Presidium|Tribunal|Bureau)\s+of\s+(?:the\s+)?$/u;

/** The character (code point) before a position of a text. */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}

/**
 * Shortened titles and the title each stands for. `P. M.` is written with its space: `P.M.` and `p.m.` are the hour
 * (`2 P.M.`), and a title is a mention only after an article or a verb (`told the P. M.`), so an hour is never one.
 */
const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['P. M.', 'Prime Minister'],
  ['PriMin', 'Prime Minister'],
  ['Primin', 'Prime Minister'],
  ['Gmo', 'Generalissimo'],
  ['Gissimo', 'Generalissimo'],
  ['ForMin', 'Foreign Minister'],
  ['FonMin', 'Foreign Minister'],
  ['Acting Secy', 'Acting Secretary'],
]);

/** Finds the names of the registers in texts. */
export class NameMatcher {
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
    // The telegraphese and the notes of the period shorten a title: `the P. M.`, `PriMin`, `Gmo`; each is that title.
    for (const [short, role] of ROLE_ABBREVIATIONS) if (registers.roles.has(role) && !this.forms.has(short)) this.forms.set(short, { role });
    // The forms longest first: where several start at one place, the longest is the name.
    this.ordered = [...this.forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.ordered.forEach((form, rank) => {
      const key = form.slice(0, 2);
      const list = this.byStart.get(key) ?? [];
      list.push({ form, rank });
      this.byStart.set(key, list);
    });
  }

  private readonly ordered: string[];
  /** The forms by their first two characters (a form of one character under itself), longest first. */
  private readonly byStart = new Map<string, { form: string; rank: number }[]>();

  /**
   * The forms in a text, left to right, not overlapping: at each place that no letter or digit precedes,
   * the longest form that starts there and that no letter follows (a name may be glued to a note number the
   * reader could not match, `Churchill1`, not to a year or a word). What `referencePattern` matches, found by
   * looking up only the forms that begin with the text's next two characters.
   */
  *matches(text: string): Generator<{ index: number; form: string }> {
    for (let i = 0; i < text.length; ) {
      if (i > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, i))) {
        i++;
        continue;
      }
      const found = this.formAt(text, i);
      if (found) {
        yield { index: i, form: found };
        i += found.length;
      } else i++;
    }
  }

  private formAt(text: string, i: number): string | undefined {
    let best: { form: string; rank: number } | undefined;
    for (const key of [text.slice(i, i + 2), text[i]!]) {
      for (const c of this.byStart.get(key) ?? []) {
        if (best && c.rank > best.rank) break;
        if (text.startsWith(c.form, i) && !/^(?:\p{L}|\p{N}{4})/u.test(text.slice(i + c.form.length, i + c.form.length + 8))) {
          best = c;
          break;
        }
      }
    }
    return best?.form;
  }

  /** The same matches as one regular expression: the definition `matches` keeps to (the tests compare them). */
  referencePattern(): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${this.ordered.map(escape).join('|') || '(?!)'})(?!\\p{L})(?!\\p{N}{4})`, 'gu');
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

  /** The countries a text speaks of, with how often: by its places (a city counts for its country) and its adjectives of nation. */
  countries(text: string): ReadonlyMap<string, number> {
    return this.context(text).countries;
  }

  /** What a cable speaks of: its countries (with how often) and the entries it names. */
  context(text: string): CableContext {
    const countries = new Map<string, number>();
    const named = new Set<string>();
    const written = new Set<string>();
    for (const m of this.matches(text)) {
      const e = this.forms.get(m.form)?.entry;
      if (e) named.add(e.id);
      if (e?.kind === 'person' && !surnameOnly(e, m.form)) written.add(e.id);
      const c = e?.kind === 'place' ? countryOfPlace(e.id) : undefined;
      if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
    }
    return { countries: adjectiveCountries(text, countries), named, written };
  }

  private readonly offices = new Map<string, Set<string>>();

  /** The countries the words of an office name (`Soviet Ambassador in China`), read once per office. */
  private officeCountries(office: string): Set<string> {
    let countries = this.offices.get(office);
    if (!countries) this.offices.set(office, (countries = new Set(this.countries(office).keys())));
    return countries;
  }

  /**
   * Of several holders of a title on a date, the one the words say: the country named right after the
   * title (`the Soviet Ambassador in Washington`, `the Prime Minister of Great Britain`), else the holder
   * whose office's countries the cable speaks of most. Undefined when nothing tells them apart.
   */
  private choose(spells: { entry: Entry; office: string }[], after: string, context: CableContext | undefined): Entry | undefined {
    // A holder the cable names (`President Roosevelt` in its head) is the one its title means.
    const mentioned = new Set(spells.filter((h) => context?.named.has(h.entry.id)).map((h) => h.entry));
    if (mentioned.size === 1) return [...mentioned][0];
    const offices = spells.map((h) => this.officeCountries(h.office));
    const shared = [...offices[0]!].filter((c) => offices.every((o) => o.has(c)));
    const own = offices.map((o) => [...o].filter((c) => !shared.includes(c)));
    const named = /^,?\s+(?:of|in|to|at)\s+(?:the\s+)?([^,.;:()]{2,40})/.exec(after)?.[1];
    const there = named ? [...this.countries(named).keys()] : [];
    /** The holder that scores best, by `margin` times the next; undefined when none does. */
    const pick = (score: (countries: string[]) => number, least: number, margin: number): Entry | undefined => {
      const scores = own.map(score);
      const best = Math.max(...scores);
      const winners = new Set(spells.filter((_, i) => scores[i] === best).map((w) => w.entry));
      const next = Math.max(0, ...scores.filter((_, i) => !winners.has(spells[i]!.entry)));
      return best >= least && best >= margin * next && winners.size === 1 ? [...winners][0] : undefined;
    };
    if (there.length) return pick((cs) => cs.filter((c) => there.includes(c)).length, 1, 1.01);
    // The cable's countries decide only when they speak clearly: two mentions at least, twice the next.
    const spoken = (cs: string[]): number => cs.reduce((n, c) => n + (context?.countries.get(c) ?? 0), 0);
    const clear = context ? pick(spoken, 2, 2) : undefined;
    if (clear || !context) return clear;
    // Else the one holder of a great power's office, when the cable names the country of no other holder, and names that power
    // (`London` once) or speaks of no other country (twice or more): American cables speak of the Allies' Prime Minister in
    // passing, of Bulgaria's or Turkey's with their country, and of a Prime Minister of Hungary, whom no entry holds, in a cable about Hungary.
    const great = spells.filter((_, i) => own[i]!.some((c) => GREAT_POWERS.has(c)));
    const others = spells.filter((h) => !great.includes(h));
    const greatHolders = new Set(great.map((h) => h.entry));
    if (greatHolders.size !== 1 || others.some((h) => spoken(own[spells.indexOf(h)]!) > 0)) return undefined;
    const greatNamed = great.some((h) => spoken(own[spells.indexOf(h)]!) > 0);
    const elsewhere = [...context.countries].some(([c, n]) => n >= 2 && !GREAT_POWERS.has(c));
    return greatNamed || !elsewhere ? [...greatHolders][0] : undefined;
  }

  /**
   * Whether the words after a position go on a person's name: a capitalised word or an initial, then a capitalised
   * word that is no name of an entry, no head word of a body or a place, with nothing but a space between them
   * (`… Lorenzo Peluffo`, `… T. Vorbeck`; not `… Prize Committee`, nor `… Stalin`).
   */
  private opensLongerName(text: string, to: number): boolean {
    const m = /^ (\p{Lu}\p{Ll}+|\p{Lu}\.) (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(to, to + 60));
    if (!m) return false;
    // The next word is no name of its own; the last may be the surname of the longer name (`Peluffo`), not a place's or a body's.
    const kind = this.forms.get(m[2]!)?.entry?.kind;
    return !this.forms.has(m[1]!) && !LONGER_NAME_STOP.test(m[1]!) && !LONGER_NAME_STOP.test(m[2]!) && kind !== 'place' && kind !== 'org' && !this.forms.get(m[2]!)?.role;
  }

  /** Whether the word right before a bare surname is a given name other than the entry's: a capitalised word that is no name of the registers, no title, no adjective and no sentence's opening word. */
  private otherGivenName(entry: Entry, before: string): boolean {
    const w = /(?<![\p{L}.’'-])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
    if (!w || this.forms.has(w) || TITLES.includes(w) || NOT_NAMES.has(w) || FUNCTION_WORDS.has(w) || GIVEN_STOP.test(w) || /\p{Ll}(?:ly|ing|ed)$/u.test(w)) return false;
    const own = /^[^,]+,\s*(.+)$/.exec(entry.regular)?.[1] ?? '';
    return !own.split(/\s+/).includes(w) && !entry.forms.some((f) => f.split(' ').includes(w));
  }

  /** The one other person of an entry's surname that a cable names in full, when it names the entry itself in full nowhere. */
  private namesake(entry: Entry, context: CableContext | undefined): Entry | undefined {
    const surname = surnameOf(entry);
    if (!surname || !context?.written || context.written.has(entry.id)) return undefined;
    const others = [...context.written].map((id) => this.registers.entries.get(id)).filter((e): e is Entry => !!e && e !== entry && surnameOf(e) === surname);
    return others.length === 1 ? others[0] : undefined;
  }

  /** The names in a flat text, longest first, not overlapping what is marked already; `context` the countries of the cable, to tell apart the holders of a title. */
  find(flat: Flat, when: string | undefined, context?: CableContext): NameHit[] {
    const hits: NameHit[] = [];
    let within = -1;
    for (const m of this.matches(flat.text)) {
      const from = m.index;
      if (from < within) continue;
      let to = from + m.form.length;
      if (isTaken(flat, from, to)) continue;
      const found = this.forms.get(m.form)!;
      // `US` is the United States in a sentence of small letters, the pronoun in a telegram written in capitals (`LET US KNOW`, `US URGENT`).
      if (m.form === 'US' && !/\p{Ll}/u.test(flat.text.slice(Math.max(0, from - 30), from) + flat.text.slice(to, to + 30))) continue;
      // A place that ends the name of a body no entry claims is part of that name: `the National Assembly of Azerbaijan`.
      if (found.entry?.kind === 'place' && BODY_OF.test(flat.text.slice(Math.max(0, from - 80), from))) continue;
      // Another nation's adjective before a body's common name makes another body (`the Bulgarian Communists`, not the Chinese).
      if (found.entry?.kind === 'org' && GENERIC_ORG.test(m.form) && NATION_BEFORE.test(flat.text.slice(Math.max(0, from - 20), from))) continue;
      // A body of the registers with its country is one name, the longer: `the Council of People’s Commissars of the Soviet Union`.
      if (found.entry?.kind === 'org') {
        const of = /^ of (?:the )?/.exec(flat.text.slice(to, to + 8));
        const place = of ? this.formAt(flat.text, to + of[0].length) : undefined;
        const where = place ? this.forms.get(place)?.entry : undefined;
        const end = place ? to + of![0].length + place.length : to;
        if (where?.kind === 'place' && !/^\p{L}/u.test(flat.text.slice(end, end + 1)) && !isTaken(flat, to, end)) within = to = end;
      }
      // A common noun that is an organisation's short form (`the Department`, `Dept`) names it alone, not in `the 8th Department of the General Staff` or `the Political Department`.
      if (found.entry?.kind === 'org' && COMMON_NOUN_FORM.test(m.form) && (/^\s+of\s/.test(flat.text.slice(to, to + 5)) || /(?:(?<![\p{L}])(?!(?:The|This|That|Our|Your|Their|His|Its|A|An|And|But|In|To|From|By|With|For|At|On|Of|As|If|When|Since|Please|Inform|Tell|Sent|Repeated|Received|Cc|Copy|Copies)\s+$)\p{Lu}\p{L}*|\d+(?:st|nd|rd|th))\s+$/u.test(flat.text.slice(Math.max(0, from - 30), from)))) continue;
      // A body or place that opens a periodical's title is part of that title, not a mention: `Department of State Bulletin`, `the Moscow News`.
      if ((found.entry?.kind === 'org' || found.entry?.kind === 'place') && PERIODICAL_AFTER.test(flat.text.slice(to, to + 14))) continue;
      // A place that names a meeting or a body (`the Moscow Conference`, `United States Forces`) is part of its name, which is an organisation's.
      if (found.entry?.kind === 'place' && NAMED_AFTER_PLACE.test(flat.text.slice(to, to + 16))) continue;
      // Initials before a surname alone that are not the entry's name another bearer of it: `E. F. Kovalev` is not I. V. Kovalev.
      if (found.entry?.kind === 'person' && !m.form.includes(' ') && otherInitials(found.entry, flat.text.slice(Math.max(0, from - 12), from))) continue;
      // A surname the register does not write (`Orlando` of `Orlando, Vittorio Emanuele`), alone or after a title, that opens a longer
      // name no entry claims is a given name of another person: `Gen. Orlando Lorenzo Peluffo`, `Mr. Harlan T. Vorbeck`.
      if (found.entry?.kind === 'person' && derived(found.entry, m.form) && this.opensLongerName(flat.text, to)) continue;
      // A bare surname after a military rank is no one's the register shows out of arms: `Generals Robertson and Oxley` is not the diplomat.
      if (found.entry?.kind === 'person' && derived(found.entry, m.form) && MILITARY_BEFORE.test(flat.text.slice(Math.max(0, from - 14), from)) && !armed(found.entry)) continue;
      // A bare surname after a given name that is not the entry's is another person's: `Sami Solh` is not Riad Solh.
      if (found.entry?.kind === 'person' && derived(found.entry, m.form) && this.otherGivenName(found.entry, flat.text.slice(Math.max(0, from - 30), from))) continue;
      // A surname, alone or after a title (`General Marshall`), of one entry is another's whom the cable names in full (`Gen. Richard J.
      // Marshall` in a note) when it names the first in full nowhere: the one person of that surname the cable speaks of.
      const namesake = found.entry?.kind === 'person' && surnameOnly(found.entry, m.form) ? this.namesake(found.entry, context) : undefined;
      if (namesake) {
        hits.push({ from, to, kind: 'person', form: m.form, entry: namesake });
        continue;
      }
      if (found.entry) {
        // A person's given names before a known surname belong to the name: `Anastas Ivanovich Mikoyan`.
        const titled = TITLES.some((t) => m.form.startsWith(`${t} `));
        const given = found.entry.kind === 'person' && !titled ? /(?:(?<![\p{L}.])\p{Lu}\p{Ll}+ ){1,3}$/u.exec(flat.text.slice(Math.max(0, from - 60), from)) : null;
        // Only given names, patronymics and initials: not `See Stalin`, `Secretary of War Stimson`.
        const patronymic = (w: string): boolean => /\p{Ll}(?:ovich|evich|ovna|evna|ich)$/u.test(w);
        // A patronymic vouches for the name before it too (`Audrey Yanuaryevich Vyshinsky`, as a copy misspells it).
        const givenOnly = given?.[0].trim().split(' ').every((w) => GIVEN_NAMES.has(w) || patronymic(w)) || given?.[0].trim().split(' ').slice(1).some(patronymic);
        // Initials that are the entry's own belong to it too: `J. F. Byrnes`.
        const initials = found.entry.kind === 'person' && !titled ? /(?<![\p{L}.])(?:\p{Lu}[a-z]?\.\s?){1,3}$/u.exec(flat.text.slice(Math.max(0, from - 12), from)) : null;
        // `comrade Filippov`, `Comrade Mao Zedong`: the address is part of the mention, as a title is (`Comrade Stalin`).
        const comrade = found.entry.kind === 'person' && !titled ? /(?<![\p{L}])(?:[Cc]omrade|[Cc]de\.)\s$/u.exec(flat.text.slice(Math.max(0, from - 8), from)) : null;
        const own =
          initials && /^[^,]+,/.test(found.entry.regular) && !otherInitials(found.entry, initials[0]) && !isTaken(flat, from - initials[0].length, from)
            ? from - initials[0].length
            : comrade && !isTaken(flat, from - comrade[0].length, from)
              ? from - comrade[0].length
              : from;
        const start = given && givenOnly && !isTaken(flat, from - given[0].length, from) && !GIVEN_STOP.test(given[0]) && !/\p{Ll}ly\b/u.test(given[0]) ? from - given[0].length : own;
        hits.push({ from: start, to, kind: found.entry.kind, form: flat.text.slice(start, to), entry: found.entry, ...(start !== from ? { nameFrom: from } : {}) });
        continue;
      }
      // A title names its holder only as "the President", not in "President Truman" or "a President";
      // `The Ambassador in the Soviet Union (Harriman)`: the name in parentheses is the mention. Names inside the title still count.
      // Telegrams drop the article (`delivered to Generalissimo`, `. Generalissimo is`); a letter addresses the holder (`Dear Mr. President`).
      const before = flat.text.slice(Math.max(0, from - 12), from);
      const after = flat.text.slice(to, to + 3);
      // Telegrams drop the article after a verb of meeting (`after consulting Regent`), before a possessive (`That Prime Minister’s
      // assurances`) and after a nation's adjective (`Greek FonMin`, `the Syrian President`), which also says whose office it is.
      const nation = NATION_BEFORE_TITLE.exec(flat.text.slice(Math.max(0, from - 16), from))?.[1];
      const possessive = /^[’']s(?![\p{L}])/u.test(after) && !/(?:^|\s)(?:a|an|any|every|each)\s$/i.test(before);
      const met = /(?:^|[\s(])(?:saw|see|seeing|met|meet|meeting|visited|visiting|consulted|consulting|called on|calling on)\s$/.test(flat.text.slice(Math.max(0, from - 14), from));
      const definite =
        /(?:^|[\s“"‘(\[])(?:the|their|his|our|your) $/i.test(before) || /(?:^|[\s(])(?:to|from|by|with|for|and|told|informed|asked|Mr\.|Mr|Madam)\s$/.test(before) || /(?:^|[.:;!?]\s+)$/.test(before) ||
        nation !== undefined || possessive || met;
      // A title before a name is part of it (`President Truman`); not before a month (`summoned him and PriMin August 15`).
      const month = /^ (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?\s*\d/.test(flat.text.slice(to, to + 16));
      if (!definite || (/^ \p{Lu}\p{Ll}/u.test(after) && !month) || /^\s*\(/.test(after)) {
        const inner = flat.text.slice(from, to);
        for (const n of this.matches(inner.slice(1))) {
          const e = this.forms.get(n.form)?.entry;
          const s0 = from + 1 + n.index;
          if (e && !isTaken(flat, s0, s0 + n.form.length)) hits.push({ from: s0, to: s0 + n.form.length, kind: e.kind, form: n.form, entry: e });
        }
        continue;
      }
      // A title with the years it was held says what a person was (`…, and Prime Minister until November 1944`, `Prime Minister 1917–1919`), no mention;
      // so does a title someone became (`who became Lebanese Prime Minister on August 22`, `was appointed Regent`).
      if (HELD_UNTIL.test(flat.text.slice(to, to + 24)) || BECAME.test(flat.text.slice(Math.max(0, from - 40), from))) continue;
      const role = found.role!;
      // With no date, every holder ever; a title only one person held, or whose holder the cable names, still resolves.
      const dated = when ? spellsOn(this.registers, role, when) : (this.registers.roles.get(role) ?? []);
      // A nation's adjective before the title keeps the holders of that nation's office; none when the registers give that nation none.
      const nations = nation ? [...this.countries(nation).keys()] : [];
      const spells = nation ? dated.filter((h) => nations.some((c) => this.officeCountries(h.office).has(c))) : dated;
      if (nation && !spells.length) {
        hits.push({ from, to, kind: 'person', form: m.form, role, unresolved: 'other-nation' });
        continue;
      }
      const holders = [...new Set(spells.map((h) => h.entry))];
      // `the President of UNO`, `the Chairman of the Security Council`: the title of a body's office that no holder's office names is not theirs.
      const body = /^ of (?:the )?/.exec(flat.text.slice(to, to + 9));
      const bodyForm = body ? this.formAt(flat.text, to + body[0].length) : undefined;
      const bodyEntry = bodyForm ? this.forms.get(bodyForm)?.entry : undefined;
      if (bodyEntry?.kind === 'org' && !spells.some((h) => [bodyEntry.regular, ...bodyEntry.forms].some((f) => h.office.includes(f)))) {
        hits.push({ from, to, kind: 'person', form: m.form, role, unresolved: 'other-body' });
        continue;
      }
      const entry = holders.length === 1 ? holders[0] : holders.length ? this.choose(spells, flat.text.slice(to, to + 60), context) : undefined;
      // The place in a title (`the Ambassador in China`, `the Emperor of Japan`) is a place of its own; the title is the office's word.
      const place = / (?:in|of|to|at) (?:the )?(.+)$/.exec(m.form);
      const where = place ? this.forms.get(place[1]!)?.entry : undefined;
      // Or places joined by `and`: `the Minister to Syria and Lebanon`.
      const parts = place && !where ? place[1]!.split(/ and |, /) : [];
      const joined = parts.length > 1 && parts.every((p) => this.forms.get(p)?.entry?.kind === 'place');
      const end = where?.kind === 'place' || joined ? from + place!.index : to;
      if (entry) hits.push({ from, to: end, kind: 'person', form: m.form, role, entry });
      else if (!when) hits.push({ from, to: end, kind: 'person', form: m.form, role, unresolved: 'undated' });
      else hits.push({ from, to: end, kind: 'person', form: m.form, role, unresolved: holders.length ? 'ambiguous' : 'no-holder', holders });
      if (where?.kind === 'place') hits.push({ from: to - place![1]!.length, to, kind: 'place', form: place![1]!, entry: where });
      if (joined) {
        let at = to - place![1]!.length;
        for (const p of parts) {
          at = flat.text.indexOf(p, at);
          hits.push({ from: at, to: at + p.length, kind: 'place', form: p, entry: this.forms.get(p)!.entry! });
          at += p.length;
        }
      }
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
