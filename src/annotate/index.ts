/** Annotate: persons, places, organisations, dates and speech in a cable, pointing at the registers. */
import type { Reporter } from '../diagnostics.js';
import { inlineText } from '../ingest/inline.js';
import type { Position } from '../diagnostics.js';
import type { Cable, Container, Inline } from '../model.js';
import { armed, BARE_STOP, surnameOf, TITLES, type Entry, type EntryKind, type Registers } from '../registers.js';
import type { SourceText } from '../source.js';
import { cableInline, isContainer, wrapInto, wrapRange } from '../spans.js';
import { findCandidates, findNationBodies, findOffices, OFFICE_BEFORE_PAREN, OFFICE_WORDS, type Candidate } from './candidates.js';
import { checkDate } from './plausible.js';
import { findDates } from './dates.js';
import { flatten, sourceRange } from './flat.js';
import { bound, MILITARY_BEFORE, type NameMatcher } from './names.js';
import { GIVEN_NAMES } from './evidence.js';
import { findSpeech, isMinutes, isPossessive, type PersonMention } from './speech.js';

export interface Annotator {
  registers: Registers;
  matcher: NameMatcher;
  /** Forms an editor has said are not names (`tei/authority/not-names.txt`): neither marked nor proposed. */
  notNames?: ReadonlySet<string>;
  /** Town names that type a name no entry claims as a place (`tei/authority/gazetteer.txt`). */
  gazetteer?: ReadonlySet<string>;
}

/** A name no entry claims, where it stands: a proposal for the registers. */
export interface Proposal {
  name: string;
  kind?: 'person' | 'place' | 'org';
  cert?: 'medium' | 'low';
  line: number;
  column: number;
}

/** What annotate marked in a cable. */
export interface Counts {
  names: number;
  dates: number;
  speeches: number;
  candidates: number;
  /** Every mention of a name no entry claims. */
  proposals: Proposal[];
}

const ENTRY_LIST = { person: 'persons', place: 'places', org: 'orgs' } as const;

/** Marks names, dates and speech in every part of a cable, and copies the entries it points at into its standOff. */
export function annotate(input: Cable, src: SourceText, annotator: Annotator, reporter: Reporter): { cable: Cable; counts: Counts } {
  const { matcher, registers } = annotator;
  const cable = checkDate(input, registers, reporter);
  const when = cable.meta.date?.when;
  const counts: Counts = { names: 0, dates: 0, speeches: 0, candidates: 0, proposals: [] };
  const reported = new Set<string>();
  const meta = { ...cable.meta };
  const sender = meta.sender ? matcher.resolve(meta.sender, when) : undefined;
  if (sender) meta.senderRef = sender.id;
  if (meta.place) meta.placeRef = matcher.resolve(meta.place, when)?.id;
  meta.addresseeRefs = meta.addressees.map((a) => matcher.resolve(a, when)?.id);
  let lastPerson: Entry | undefined;
  const minutes = isMinutes(cable.body.flatMap((b) => (b.type === 'p' ? [inlineText(b.children)] : [])));
  const cableKinds = candidateKinds(cable, annotator, when);
  // The countries the whole cable speaks of, to tell apart the holders of a title (`the Prime Minister` in a cable from Tehran).
  const context = matcher.context([meta.place ?? '', ...cableInline(cable).flatMap((n) => (n.type === 'text' ? [n.value] : []))].join('\n'));

  const mark = (nodes: Inline[], speech: boolean): Inline[] => {
    // This list is the mark's own (a copy), changed in place by each wrap.
    let out = [...fillRefs(nodes, matcher, when)];
    const flat = flatten(out);
    /** Wraps the flat range [from, to) in the container `make` builds; returns whether it could. */
    const wrap = (from: number, to: number, make: (children: Inline[], position: Position) => Container): boolean => {
      const [s, e] = sourceRange(flat, from, to);
      const next = wrapInto(src, out, s, e, (children) => make(children, src.position(s, e)));
      if (next) out = next;
      return next !== null;
    };
    const names = matcher.find(flat, when, context);
    const persons: PersonMention[] = [];
    for (const h of names) {
      if (!h.entry) {
        // A title whose holder the build cannot tell is still a person: marked without @ref, as the build's guess.
        const at = src.point(sourceRange(flat, h.from, h.to)[0]);
        const marked = wrap(h.from, h.to, (children, position) => ({ type: 'name', kind: 'person', guessed: 'low', children, position }));
        const how = marked ? 'marked as a person with no register id' : 'not marked';
        if (h.unresolved === 'undated') reporter.info('annotate:role-undated', `“the ${h.form}”: the cable has no date to say who held the office; ${how}`, at);
        else if (h.unresolved === 'other-nation') reporter.info('annotate:role-other-nation', `“the ${h.form}” of a nation whose holder of that title the registers do not give; ${how}`, at);
        else if (h.unresolved === 'other-body') reporter.info('annotate:role-other-body', `“the ${h.form}” of a body no holder of that title headed; ${how}`, at);
        else if (h.unresolved === 'ambiguous') reporter.warn('annotate:ambiguous', `“the ${h.form}” on ${when} could be ${h.holders!.map((e) => `#${e.id}`).join(' or ')}; ${how}`, at);
        else reporter.warn('annotate:role-unresolved', `no one in the registers held the office of “${h.role}” on ${when}; ${how}`, at);
        if (marked) counts.names++;
        continue;
      }
      const entry = h.entry;
      if (!wrap(h.from, h.to, (children, position) => ({ type: 'name', kind: h.kind, ref: entry.id, children, position }))) continue;
      counts.names++;
      if (h.kind === 'person') persons.push({ from: h.from, to: h.to, entry });
    }
    const dates = findDates(flat, when).filter((d) => !names.some((n) => d.from < n.to && n.from < d.to));
    for (const d of dates) {
      if (wrap(d.from, d.to, (children, position) => ({ type: 'date', when: d.when, ...(d.cert ? { cert: d.cert } : {}), children, position }))) counts.dates++;
    }
    if (speech) {
      const hits = findSpeech(flat, persons, { ...(sender ? { sender } : {}), ...(lastPerson ? { lastBefore: lastPerson } : {}), minutes });
      // Outer before inner, so a quotation inside a report nests in it.
      hits.sort((a, b) => a.from - b.from || b.to - a.to);
      for (const h of hits) {
        if (!h.who) {
          reporter.info('annotate:no-speaker', `speech with no speaker the registers know (${h.subject}); not marked`, src.point(sourceRange(flat, h.from, h.to)[0]));
          continue;
        }
        const who = h.who.id;
        if (wrap(h.from, h.to, (children, position) => ({ type: 'said', who, direct: h.direct, children, position }))) counts.speeches++;
      }
    }
    const taken: [number, number][] = [...flat.taken, ...names.map((n): [number, number] => [n.from, n.to]), ...dates.map((d): [number, number] => [d.from, d.to])];
    const offices = findOffices(flat, taken);
    for (const o of offices) {
      if (wrap(o.from, o.to, (children, position) => ({ type: 'name', kind: 'person', guessed: 'low', children, position }))) counts.names++;
      taken.push([o.from, o.to]);
    }
    for (const b of findNationBodies(flat, taken)) {
      if (wrap(b.from, b.to, (children, position) => ({ type: 'name', kind: 'org', guessed: 'medium', children, position }))) counts.names++;
      taken.push([b.from, b.to]);
    }
    // A given name alone (`My dear Franklin`, `Averell told Harry`) is the one person of the cable who bears it.
    for (const g of givenNameMentions(flat.text, givenNames, taken)) {
      if (!wrap(g.from, g.to, (children, position) => ({ type: 'name', kind: 'person', ref: g.entry.id, guessed: 'medium', children, position }))) continue;
      counts.names++;
      persons.push(g);
      taken.push([g.from, g.to]);
    }
    const persons0 = [...names.filter((n) => n.kind === 'person'), ...offices];
    for (const c of inList(flat.text, withCableKinds(findCandidates(flat, taken, annotator.gazetteer, { known: cableKinds }), cableKinds), persons0, names.filter((n) => n.kind === 'place'), annotator.gazetteer)) {
      if (annotator.notNames?.has(c.name)) continue;
      // A surname alone that a person the cable names in full bears (`Kim and Pak` after `Kim Il Sung`, `Pak Hon-yong`) is that person;
      // so is the surname in a parenthesis after an office (`The Ambassador in Poland (Lane)`) of the one person of the registers whose office it is.
      const short = shortNames.get(c.name);
      // Not after a military rank when the register shows that person out of arms (`Generals Robertson and Oxley` is no diplomat).
      const known = (short && !(MILITARY_BEFORE.test(flat.text.slice(Math.max(0, c.from - 14), c.from)) && !armed(short)) ? short : undefined) ?? (c.kind === 'person' ? holderInParenthesis(flat.text, c, registers, when) : undefined);
      if (known) {
        if (wrap(c.from, c.to, (children, position) => ({ type: 'name', kind: 'person', ref: known.id, guessed: 'medium', children, position }))) {
          counts.names++;
          persons.push({ from: c.from, to: c.to, entry: known });
        }
        continue;
      }
      const kind = c.kind;
      const guessed = c.cert;
      const at = src.point(sourceRange(flat, c.from, c.to)[0]);
      counts.proposals.push({ name: c.name, ...(kind ? { kind } : {}), ...(guessed ? { cert: guessed } : {}), line: at.line, column: at.column });
      // A name no entry claims is still marked when the evidence types it; with no @ref, and @cert/@resp saying the build guessed.
      if (kind && guessed) wrap(c.from, c.to, (children, position) => ({ type: 'name', kind, guessed, children, position }));
      if (reported.has(c.name)) continue;
      reported.add(c.name);
      counts.candidates++;
      reporter.info('annotate:candidate', `“${c.name}” matches no register entry${kind ? `; marked as ${kind === 'org' ? 'an organisation' : `a ${kind}`} the build guessed (cert ${guessed})` : ''}`, at);
    }
    const last = persons.filter((p) => !isPossessive(flat.text, p)).at(-1);
    if (last) lastPerson = last.entry;
    return glossNames(out);
  };

  /**
   * The names in the editors' glosses of a list (and of its containers): `Sinkiang [Xinjiang]`, `Port Arthur [Lüshunkou
   * District, Dalian]`; and in their remarks (`[Here follows a message from Stalin …]`), marked as in the text, without speech.
   */
  const glossNames = (nodes: Inline[]): Inline[] => {
    if (!nodes.some((n) => n.type === 'gloss' || n.type === 'editorial' || isContainer(n))) return nodes;
    return nodes.map((n, i) => {
      if (isContainer(n)) {
        const children = glossNames(n.children);
        return children === n.children ? n : ({ ...n, children } as Inline);
      }
      if (n.type === 'editorial') return n.names ? n : withNames(n);
      if (n.type !== 'gloss' || n.names) return n;
      const words = noteWords(n);
      if (!words) return n;
      // The name the gloss stands after (white space between them only).
      const before = nodes.slice(0, i).reverse().find((b) => !(b.type === 'text' && /^\s*$/.test(b.value)));
      const names = (before?.type === 'name' ? sameName(words, before) : undefined) ?? mark(words, false);
      return names.some((c) => c.type !== 'text') ? { ...n, names } : n;
    });
  };

  /** A note's words as one text node at their place in the source, when they stand there as they are. */
  const noteWords = (n: { value: string; position: Position }): Inline[] | undefined => {
    const at = src.text.indexOf(n.value, n.position.start.offset);
    if (!n.value || at === -1 || at + n.value.length > n.position.end.offset) return undefined;
    return [{ type: 'text', value: n.value, position: src.position(at, at + n.value.length) }];
  };

  /** An editorial note (inline or a block of its own) with the names in its words marked, when it has any. */
  const withNames = <N extends { value: string; position: Position; names?: Inline[] }>(n: N): N => {
    const words = noteWords(n);
    if (!words) return n;
    const names = mark(words, false);
    return names.some((c) => c.type !== 'text') ? { ...n, names } : n;
  };

  /**
   * A gloss that is one name no entry claims, after a name (`Pak Heon-yeong [Pak Hon Yong]`, `General Vandenburg
   * [Vandenberg]`, `CKS [Jiang Jieshi]`): another spelling of that name, so of its kind and its entry, as the build's guess.
   * Undefined when the gloss is anything else (a register's name, several names, an adjective: `Rhee [South Korean]`).
   */
  const sameName = (words: Inline[], name: Extract<Inline, { type: 'name' }>): Inline[] | undefined => {
    const flat = flatten(words);
    if (matcher.find(flat, when, context).length) return undefined;
    const found = findCandidates(flat, [], annotator.gazetteer, { continues: true });
    const c = found[0];
    if (found.length !== 1 || !c || c.from !== 0 || c.to !== flat.text.length || (c.kind && c.kind !== name.kind) || annotator.notNames?.has(c.name)) return undefined;
    const guessed = name.ref ? 'medium' : (name.guessed ?? 'medium');
    const wrapped = wrapRange(src, words, ...sourceRange(flat, c.from, c.to), (children) => ({
      type: 'name',
      kind: name.kind,
      ...(name.ref ? { ref: name.ref } : {}),
      guessed,
      children,
      position: src.position(...sourceRange(flat, c.from, c.to)),
    }));
    if (!wrapped) return undefined;
    counts.names++;
    if (!name.ref) {
      const at = src.point(sourceRange(flat, c.from, c.to)[0]);
      counts.proposals.push({ name: c.name, kind: name.kind, cert: guessed, line: at.line, column: at.column });
    }
    return wrapped;
  };
  const namedPersons = [...context.named].map((id) => registers.entries.get(id)).filter((e): e is Entry => e?.kind === 'person');
  const shortNames = surnamesOf(namedPersons);
  const givenNames = givenNamesOf(namedPersons, registers);

  const head = cable.head ? { ...cable.head, children: mark(cable.head.children, false) } : undefined;
  const opener = cable.opener.map((o) => ({ ...o, children: mark(o.children, false) }));
  const body = cable.body.map((b) => (b.type === 'p' ? { ...b, children: mark(b.children, true) } : b.type === 'editorial' ? withNames(b) : b));
  const closer = cable.closer.map((c) => ({ ...c, children: mark(c.children, false) }));
  const footnotes = cable.footnotes.map((f) => ({ ...f, children: mark(f.children, false) }));
  if (meta.archive?.summaryNodes) meta.archive = { ...meta.archive, summaryNodes: mark(meta.archive.summaryNodes, false) };

  const result: Cable = { ...cable, meta, head, opener, body, closer, footnotes };
  result.standOff = standOffOf(result, registers);
  return { cable: result, counts };
}

/** The words of an office that OFFICE_BEFORE_PAREN knows. */
const OFFICE_WORD = new RegExp(`(?<![\\p{L}])(?:${OFFICE_WORDS})(?![\\p{L}])`, 'gu');

/**
 * `The Ambassador in Poland (Lane)`, `The Ambassador to the Yugoslav Government in Exile (Patterson)`: the surname in a
 * parenthesis after an office is the one person of the registers with that surname who held an office of that word
 * (`Ambassador`), on the cable's date when the register dates it; among several, the one whose office names the words
 * of the title (`Poland`). So even a surname that is a common word (`Lane`) or that two entries bear (`Patterson`: the
 * Secretary of War was no ambassador) names its entry there, and only there.
 */
function holderInParenthesis(text: string, c: Candidate, registers: Registers, when: string | undefined): Entry | undefined {
  if (!/^\s*\)/.test(text.slice(c.to, c.to + 3))) return undefined;
  const match = OFFICE_BEFORE_PAREN.exec(text.slice(Math.max(0, c.from - 140), c.from))?.[0];
  // The office nearest the parenthesis: `The Secretary of State to the Ambassador in Turkey (Wilson)` names an ambassador.
  const offices = match ? [...match.matchAll(OFFICE_WORD)] : [];
  const last = offices.at(-1);
  const office = last?.[0];
  const title = last ? match!.slice(last.index) : undefined;
  if (!title || !office) return undefined;
  const word = new RegExp(`(?<![\\p{L}])${office}(?![\\p{L}])`, 'u');
  const held = (o: Entry['occupations'][number]): boolean =>
    word.test(o.text) &&
    (!when || ((!o.from || bound(o.from, false) <= bound(when, true)) && (!o.to || bound(when, false) <= bound(o.to, true))));
  let bearers = [...registers.entries.values()].filter((e) => e.kind === 'person' && surnameOf(e) === c.name && e.occupations.some(held));
  if (bearers.length > 1) {
    const words = [...title.matchAll(/\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => w !== office && w !== 'The');
    bearers = bearers.filter((e) => e.occupations.some((o) => held(o) && words.some((w) => o.text.includes(w))));
  }
  return bearers.length === 1 ? bearers[0] : undefined;
}

/**
 * The surname of each person (from `Surname, Given`, or the first word of a name without a comma: `Kim Il Sung`) that no
 * other of them bears. A name without a comma is written surname first (Chinese, Korean), so its other romanisations give
 * their surname too (`Chou` of `Chou En-lai` for #zhou-enlai, whose regular form is `Zhou Enlai`), unless that surname is
 * a common word or borne by many (BARE_STOP: `Chang`, `Wang`) or is a title (`General Chou En-lai`).
 */
function surnamesOf(people: readonly Entry[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const shared = new Set<string>();
  const first = (name: string): string | undefined => /^(\p{Lu}[\p{Ll}’'-]+) \p{Lu}/u.exec(name)?.[1];
  const add = (surname: string | undefined, e: Entry): void => {
    if (!surname || surname.includes(' ') || surname.length < 2) return;
    if (out.has(surname) && out.get(surname) !== e) shared.add(surname);
    out.set(surname, e);
  };
  for (const e of people) {
    const surname = surnameOf(e) ?? first(e.regular);
    add(surname, e);
    if (surnameOf(e) || !surname) continue;
    for (const form of e.forms) {
      const other = first(form);
      if (other && other !== surname && !BARE_STOP.has(other) && !TITLES.includes(other)) add(other, e);
    }
  }
  for (const s of shared) out.delete(s);
  return out;
}

/**
 * The first given name of each person the cable names (from `Surname, Given`, past initials: `Harriman, W. Averell` gives
 * `Averell`) that no other of them bears, and that is no title, no common word or surname of BARE_STOP and no form of an entry.
 */
function givenNamesOf(people: readonly Entry[], registers: Registers): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const shared = new Set<string>();
  for (const e of people) {
    const given = /^[^,]+,\s*(.+)$/.exec(e.regular)?.[1]?.split(/\s+/).find((w) => !/^\p{Lu}\.?$|^\p{Lu}\p{Ll}?\./u.test(w));
    if (!given || !/^\p{Lu}\p{Ll}{2,}$/u.test(given) || TITLES.includes(given) || BARE_STOP.has(given) || registers.byForm.has(given)) continue;
    if (out.has(given) && out.get(given) !== e) shared.add(given);
    out.set(given, e);
  }
  for (const s of shared) out.delete(s);
  return out;
}

/** The given names of `names` alone in a text, outside the taken ranges: not beside another capitalised word (`Harry Hopkins`, `Mr. Harry`). */
function givenNameMentions(text: string, names: ReadonlyMap<string, Entry>, taken: readonly [number, number][]): { from: number; to: number; entry: Entry }[] {
  if (!names.size) return [];
  const out: { from: number; to: number; entry: Entry }[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?:${[...names.keys()].join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken.some(([s, e]) => from < e && s < to)) continue;
    // The word before may end a sentence (`Harriman. Averell told`), not be a title or an initial (`Mr. Harry`, `W. Averell`).
    const prev = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, from - 20), from))?.[1];
    // A letter's salutation is no name before it (`My Dear Franklin`).
    if ((prev && !/^Dear(?:est)?$/.test(prev) && (!prev.endsWith('.') || TITLES.includes(prev) || /^(?:\p{Lu}\.)+$/u.test(prev))) || /^\s+\p{Lu}/u.test(text.slice(to, to + 3))) continue;
    out.push({ from, to, entry: names.get(m[0])! });
  }
  return out;
}

/** Gives names marked by ingest (the place of a dateline) their register entry, when the registers know them. */
function fillRefs(nodes: Inline[], matcher: NameMatcher, when: string | undefined): Inline[] {
  return nodes.map((n) => {
    if (n.type === 'name' && !n.ref) {
      // The name may have taken in the punctuation of the editors' brackets around it: `[Washington,]`.
      const text = inlineText(n.children);
      const entry = matcher.resolve(text, when) ?? matcher.resolve(text.trim().replace(/[,;:.]+$/, ''), when);
      return entry ? { ...n, ref: entry.id } : n;
    }
    return isContainer(n) ? ({ ...n, children: fillRefs(n.children, matcher, when) } as Inline) : n;
  });
}

/** Every register id a cable points at, in its text and its header. */
export function referencedIds(cable: Cable): Set<string> {
  const ids = new Set<string>();
  const blockNotes = cable.body.flatMap((b) => (b.type === 'editorial' && b.names ? b.names : []));
  for (const n of [...cableInline(cable), ...blockNotes].flatMap((n) => ((n.type === 'gloss' || n.type === 'editorial') && n.names ? [n, ...n.names] : [n]))) {
    if (n.type === 'name' && n.ref) ids.add(n.ref);
    if (n.type === 'said') ids.add(n.who);
  }
  for (const id of [cable.meta.senderRef, cable.meta.placeRef, ...(cable.meta.addresseeRefs ?? [])]) if (id) ids.add(id);
  return ids;
}

function standOffOf(cable: Cable, registers: Registers): NonNullable<Cable['standOff']> {
  const out: NonNullable<Cable['standOff']> = { persons: [], places: [], orgs: [] };
  for (const id of [...referencedIds(cable)].sort()) {
    const entry = registers.entries.get(id);
    if (entry) out[ENTRY_LIST[entry.kind]].push(entry.xml);
  }
  return out;
}


/** The inline lists of a cable that annotate marks: head, opener, paragraphs, closer, footnotes, an archive's summary. */
function blocksOf(cable: Cable): Inline[][] {
  return [
    ...(cable.head ? [cable.head.children] : []),
    ...cable.opener.map((o) => o.children),
    ...cable.body.flatMap((b) => (b.type === 'p' ? [b.children] : [])),
    ...cable.closer.map((c) => c.children),
    ...cable.footnotes.map((f) => f.children),
    ...(cable.meta.archive?.summaryNodes ? [cable.meta.archive.summaryNodes] : []),
  ];
}

/**
 * The kind that the evidence gives a name no entry claims somewhere in a cable (`Kombakhsh further declared`), by
 * its words; a name the evidence types two ways is left out. A cable names one thing by one name: its other mentions,
 * where nothing around them says what they are (`Kombakhsh drove up`), are of that kind too.
 */
function candidateKinds(cable: Cable, annotator: Annotator, when: string | undefined): Map<string, EntryKind> {
  const kinds = new Map<string, EntryKind | null>();
  for (const nodes of blocksOf(cable)) {
    const flat = flatten(fillRefs(nodes, annotator.matcher, when));
    const taken: [number, number][] = [...flat.taken, ...annotator.matcher.find(flat, when).map((n): [number, number] => [n.from, n.to])];
    taken.push(...findOffices(flat, taken).map((o): [number, number] => [o.from, o.to]));
    for (const c of findCandidates(flat, taken, annotator.gazetteer)) {
      if (!c.kind) continue;
      const had = kinds.get(c.name);
      kinds.set(c.name, had === undefined || had === c.kind ? c.kind : null);
    }
  }
  return new Map([...kinds].filter((e): e is [string, EntryKind] => e[1] !== null));
}

/** Candidates that nothing around them types, typed as the cable types the same name elsewhere (cert low). */
function withCableKinds(candidates: Candidate[], kinds: ReadonlyMap<string, EntryKind>): Candidate[] {
  return candidates.map((c) => {
    const kind = c.kind ? undefined : kinds.get(c.name);
    return kind ? { ...c, kind, cert: 'low' } : c;
  });
}

/** A name alone, or one that opens with a given name or an initial (`Forrest Royal`, `F. Kuznetsov`): not `Year of Decisions`. */
const personShaped = (name: string): boolean => {
  const words = name.split(/\s+/);
  return words.length === 1 || (words.length <= 4 && (GIVEN_NAMES.has(words[0]!) || /^\p{Lu}\.$/u.test(words[0]!)) && !words.some((w) => /^\p{Ll}/u.test(w)));
};

/** Separators of an enumeration: `Leahy, Marshall, King, and Royal`. */
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** Separators of an enumeration of places: commas only (`Qazvin, Takab, Saqqez, and Serdesht`), since `Moscow and Kelvarn` may join a place and a person. */
const PLACE_SEPARATOR = /^,\s*(?:and\s+)?$/;

type Span = { from: number; to: number };

/**
 * Candidates that nothing types, standing in an enumeration of persons (`Present were Roosevelt, Hopkins, Leahy,
 * Marshall, King and Royal`; `Cdes. Ibragimov, Gasanov and Glinskiy`) or of places (`the areas of Qazvin, Takab,
 * Saqqez, and Serdesht`): of that kind (cert low). A list goes on from a person to the next name only through a
 * comma or `and`, from a place only through a comma; a town of the gazetteer is not taken for a person.
 */
function inList(text: string, candidates: Candidate[], persons: readonly Span[], places: readonly Span[], gazetteer?: ReadonlySet<string>): Candidate[] {
  const out = candidates.map((c) => ({ ...c }));
  const same = (a: Span, b: Span): boolean => a.from === b.from && a.to === b.to;
  const kindOf = (r: Span): EntryKind | undefined =>
    persons.some((p) => same(p, r)) ? 'person' : places.some((p) => same(p, r)) ? 'place' : out.find((c) => same(c, r))?.kind;
  const ranges = [...persons, ...places, ...out].sort((a, b) => a.from - b.from);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of out) {
      // An item of a list stands between its separators, and a name in a list has no `of` (`Truman, Year of Decisions, pp. 268`; `Molotov, People’s Commissar`).
      if (c.kind || !personShaped(c.name) || !/^(?:\s*[,.;:)]|\s+and\s|\s*$)/.test(text.slice(c.to))) continue;
      const k = ranges.findIndex((r) => same(r, c));
      // A word right after a name is part of it, not an item of its own (`Lüshunkou District`).
      if (k > 0 && /^\s+$/.test(text.slice(ranges[k - 1]!.to, c.from))) continue;
      const kinds = new Set<EntryKind>();
      for (const [a, b, r] of [[ranges[k - 1], c, ranges[k - 1]], [c, ranges[k + 1], ranges[k + 1]]] as const) {
        if (!a || !b || !r) continue;
        const between = text.slice(a.to, b.from);
        const kind = kindOf(r);
        if (kind === 'person' && LIST_SEPARATOR.test(between) && !gazetteer?.has(c.name)) kinds.add('person');
        if (kind === 'place' && PLACE_SEPARATOR.test(between)) kinds.add('place');
      }
      if (kinds.size !== 1) continue;
      c.kind = [...kinds][0]!;
      c.cert = 'low';
      changed = true;
    }
  }
  return out;
}
