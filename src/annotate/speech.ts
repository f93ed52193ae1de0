/** Speech in a paragraph: quotations of a named speaker (direct) and reports after a speech verb (reported). */
import type { Entry } from '../registers.js';
import type { Flat } from './flat.js';

export interface SpeechHit {
  from: number;
  to: number;
  direct: boolean;
  /** The speaker, or undefined when no one can be named. */
  who?: Entry;
  /** The words that name the speaker (`Stalin`, `He`, `I`), for messages. */
  subject: string;
}

/** A person named in the paragraph, for reading pronouns. */
export interface PersonMention {
  from: number;
  to: number;
  entry: Entry;
}

export interface SpeechContext {
  /** The sender: who "I" is. */
  sender?: Entry;
  /** The last person named before this paragraph. */
  lastBefore?: Entry;
  /** The cable is minutes or a record of conversation: its paragraphs open with speakers' labels (`Soong: …`). */
  minutes?: boolean;
}

const VERBS = [
  'said', 'says', 'say', 'insisted', 'insists', 'proposed', 'proposes', 'agreed', 'agrees', 'contended', 'contends', 'maintained', 'maintains',
  'rejected', 'rejects', 'threatened', 'threatens', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'replied', 'replies',
  'answered', 'asked', 'asks', 'declared', 'declares', 'suggested', 'suggests', 'argued', 'argues', 'indicated', 'indicates', 'confirmed',
  'confirms', 'reaffirmed', 'interjected', 'advised', 'promised', 'assured', 'informed', 'warned', 'remarked', 'added', 'observed',
  'emphasized', 'admitted', 'denied', 'repeated', 'urged', 'expressed', 'interpreted', 'outlined', 'recalled', 'commented', 'announced',
];
const PARTICIPLES = ['saying', 'insisting', 'stating', 'explaining', 'adding', 'declaring', 'maintaining', 'arguing', 'contending', 'advising'];
const SPEECH_VERB = new RegExp(`^(?:${VERBS.join('|')})$`);
const VERB = new RegExp(`(?<![\\p{L}])(${VERBS.join('|')})(?![\\p{L}])`, 'gu');
const PARTICIPLE = new RegExp(`(?<![\\p{L}])(${PARTICIPLES.join('|')})\\s+that(?![\\p{L}])`, 'gu');
/** Words that may stand between a subject and its verb: `Stalin, however, proposed`, `Stalin now agrees`. */
const ADVERB = /^(however|further|also|then|now|again|finally|later|evidently|categorically|specifically|first|apparently|repeatedly|once more|\p{Ll}+ly)$/u;
const OBJECT = /^(me|him|her|us|them|you)$/;
/** Where one clause ends and another begins within a sentence. */
const CLAUSE_BOUNDARY = /(,\s*(but|and|while|whereas)\s|;\s|\sbut\s|,\s*(?:however|moreover),?\s)/u;
/** Verbs of saying that may take a clause with no "that": "He said the only consideration was …". */
const SAY = /^(said|says|say|stated|states|explained|explains|added|replied|told|tells|answered|declared|remarked)$/;

interface Sentence {
  from: number;
  to: number;
}

/** The sentences of a flat text: they end at . ! ? (not after an initial or a title such as Dr.). */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?]["”’]?(?=\s+["“]?[\p{Lu}\d]|\s*$)/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index! - 4), m.index!);
    if (/(?:^|[\s.])\p{Lu}$/u.test(before) || /(?:Dr|Mr|Mrs|Gen|St|No)$/.test(before)) continue;
    out.push({ from: start, to: m.index! + m[0].length });
    start = m.index! + m[0].length;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length && /\S/.test(text.slice(start))) out.push({ from: start, to: text.length });
  return out;
}

interface Token {
  word: string;
  from: number;
  to: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  return [...text.slice(from, to).matchAll(/[\p{L}\p{N}’'.-]+|[,;:]/gu)].map((m) => ({ word: m[0], from: from + m.index!, to: from + m.index! + m[0].length }));
}

/** Whether a person is named in the possessive ("Soong’s proposal"), which does not make them "he". */
export function isPossessive(text: string, p: PersonMention): boolean {
  return /^[’']s/.test(text.slice(p.to, p.to + 2));
}

/** Finds speech in one paragraph's flat text. */
export function findSpeech(flat: Flat, persons: readonly PersonMention[], ctx: SpeechContext): SpeechHit[] {
  const text = flat.text;
  const sentenceList = sentences(text);
  // Persons in the order of the text, looked up by binary search: a paragraph of 100,000 characters names
  // thousands, and each speech looks for its speaker among those near it, not among all.
  const byPlace = [...persons].sort((a, b) => a.from - b.from);
  /** The index of the first person that begins at or after a point. */
  const firstFrom = (at: number): number => {
    let [lo, hi] = [0, byPlace.length];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (byPlace[m]!.from < at) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  /** The last person named before a point, possessives left aside. */
  const personBefore = (at: number): Entry | undefined => {
    for (let i = firstFrom(at) - 1; i >= 0; i--) {
      const p = byPlace[i]!;
      if (p.to <= at && !isPossessive(text, p)) return p.entry;
    }
    return ctx.lastBefore;
  };
  /** The person whose mention holds a token (mentions do not overlap: the nearest that begins before it). */
  const personAt = (t: { from: number; to: number }): PersonMention | undefined => {
    const p = byPlace[firstFrom(t.from + 1) - 1];
    return p && p.from <= t.from && t.to <= p.to ? p : undefined;
  };
  /** The sentence that holds a point. */
  const sentenceAt = (at: number): { from: number; to: number } | undefined => {
    let [lo, hi] = [0, sentenceList.length];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sentenceList[m]!.to <= at) lo = m + 1;
      else hi = m;
    }
    const x = sentenceList[lo];
    return x && x.from <= at && at < x.to ? x : sentenceList.find((y) => y.from <= at && at < y.to);
  };
  /** Who "he" is: the subject of the clause before it (`Molotov telephoned Stalin, and … he told me`), else the last person named. */
  const pronounOf = (at: number): Entry | undefined => {
    const sentence = sentenceAt(at);
    if (sentence) {
      const before = text.slice(sentence.from, at);
      const cuts = [...before.matchAll(new RegExp(CLAUSE_BOUNDARY.source, 'gu'))].map((m) => sentence.from + m.index!);
      const starts = [sentence.from, ...cuts];
      for (let c = starts.length - 2; c >= 0; c--) {
        const from = starts[c]!;
        let subject: PersonMention | undefined;
        for (let i = firstFrom(from); i < byPlace.length && byPlace[i]!.from < starts[c + 1]! && !subject; i++) {
          const p = byPlace[i]!;
          if (!isPossessive(text, p) && /^\W*(?:\p{L}+\s+){0,2}$/u.test(text.slice(from, p.from).replace(/^(,\s*(but|and|while|whereas)\s|;\s|\sbut\s|,\s*(?:however|moreover),?\s)/u, ''))) subject = p;
        }
        if (subject) return subject.entry;
      }
    }
    return personBefore(at);
  };
  const speakerOf = (t: Token): Entry | undefined => {
    const person = personAt(t);
    if (person) return person.entry;
    if (t.word === 'I') return ctx.sender;
    if (/^(he|she|He|She)$/.test(t.word)) return pronounOf(t.from);
    return undefined;
  };
  const isSubject = (t: Token): boolean => t.word === 'I' || /^(he|she|He|She)$/.test(t.word) || personAt(t) !== undefined;
  /** The start of the person mention a token is in (a name may be several tokens). */
  const mentionStart = (t: Token): number => personAt(t)?.from ?? t.from;

  const hits: SpeechHit[] = [];
  const label = ctx.minutes ? labelSpeech(text, byPlace[0]) : undefined;
  if (label) hits.push(label);
  for (const s of sentenceList) {
    const toks = tokens(text, s.from, s.to);
    const end = trimEnd(text, s.from, s.to);
    /** `at`: where the reported words start; `clauseAt`: where the reporting clause (`Stalin insisted that`) starts. */
    const reported: { at: number; verbEnd: number; subject: Token; clauseAt: number }[] = [];
    // Reported speech: subject, (adverbs, "and …"), speech verb, then a clause.
    for (const m of text.slice(s.from, s.to).matchAll(VERB)) {
      const vFrom = s.from + m.index!;
      const vTo = vFrom + m[0].length;
      const i = toks.findIndex((t) => t.from === vFrom);
      if (i === -1 || !introducesClause(m[0], toks.slice(i + 1, i + 7), text.slice(vTo, vTo + 2))) continue;
      let j = i - 1;
      let skipped = 0;
      // Back to the subject over adverbs and over a verb coordinated before this one (`Stalin rejected this and insisted that`).
      while (j >= 0 && !isSubject(toks[j]!) && skipped < 6 && (ADVERB.test(toks[j]!.word) || toks[j]!.word === ',' || /^(and|this|that|it|not|did|would|could|will)$/.test(toks[j]!.word) || SPEECH_VERB.test(toks[j]!.word))) {
        j--;
        skipped++;
      }
      let subject = toks[j];
      let clauseAt = subject ? mentionStart(subject) : vFrom;
      // `Stalin insists that … but agrees that …`: the second verb's subject is the first's; its clause starts at `but`.
      if ((!subject || !isSubject(subject)) && /^(but|and)$/.test(subject?.word ?? '') && reported.length) {
        clauseAt = subject!.from;
        subject = reported[reported.length - 1]!.subject;
      }
      if (!subject || !isSubject(subject)) continue;
      reported.push({ at: clauseStart(toks, i + 1, vTo, text), verbEnd: vTo, subject, clauseAt });
    }
    // Speech announced by a noun: `a threat by Stalin advising Soong that …`, `a message from Molotov that …`.
    for (const m of text.slice(s.from, s.to).matchAll(SPEECH_NOUN)) {
      const afterBy = s.from + m.index! + m[0].length;
      const speaker = byPlace[firstFrom(afterBy)]?.from === afterBy ? byPlace[firstFrom(afterBy)] : undefined;
      if (!speaker) continue;
      const k = toks.findIndex((t) => t.from >= speaker.to);
      const that = toks.slice(k, k + 8).find((t) => /^(that|whether|if)$/.test(t.word));
      const subjectTok = toks.find((t) => t.from === speaker.from);
      if (!that || !subjectTok || toks.slice(k, toks.indexOf(that)).some((t) => /^[;:]$/.test(t.word))) continue;
      let start = that.to;
      while (/\s/.test(text[start] ?? '')) start++;
      reported.push({ at: start, verbEnd: that.to, subject: subjectTok, clauseAt: s.from + m.index! });
    }
    // "… saying that …": the speaker is the subject of the sentence.
    for (const m of text.slice(s.from, s.to).matchAll(PARTICIPLE)) {
      const first = toks[0];
      if (!first || !isSubject(first)) continue;
      const at = s.from + m.index! + m[0].length;
      let start = at;
      while (/\s/.test(text[start] ?? '')) start++;
      reported.push({ at: start, verbEnd: start, subject: first, clauseAt: first.from });
    }
    reported.sort((a, b) => a.at - b.at);
    // A report ends where another begins after a clause boundary ("A proposed that …, but B insisted that …");
    // a report inside another's clause ("I said that I recalled that …") nests in it, or is the same one.
    const kept = reported.filter((r, k) => k === 0 || r.at !== reported[k - 1]!.at);
    kept.forEach((r, k) => {
      const who = speakerOf(r.subject);
      const nextSplit = kept.slice(k + 1).find((n) => CLAUSE_BOUNDARY.test(text.slice(r.verbEnd, n.clauseAt + 4)));
      const stop = nextSplit ? trimEnd(text, s.from, nextSplit.clauseAt) : end;
      if (stop <= r.at) return;
      const outer = hits.find((h) => !h.direct && h.from < r.at && r.at < h.to);
      if (outer && outer.who === who && text.slice(outer.from, r.at).length < 40) return;
      hits.push({ from: r.at, to: stop, direct: false, who, subject: r.subject.word });
    });
    // Direct speech: a quotation introduced by a speech verb, or standing for a "that"-clause of one.
    for (const q of quotations(text, s.from, s.to)) {
      const words = text.slice(q.from + 1, q.to - 1).trim().split(/\s+/);
      if (words.length < 3) continue; // a term under discussion ("lease"), not speech
      const lead = text.slice(s.from, q.from);
      const verbBefore = new RegExp(`(?:${VERBS.join('|')})(?:\\s+(?:that|me|him|her|us|them))?[,:]?\\s*$`, 'u').exec(lead);
      const inReport = hits.filter((h) => !h.direct && h.who && h.from <= q.from && q.to <= h.to).at(-1);
      const thatOfVerb = (/\bthat\s*$/.test(lead) && reported.some((r) => r.verbEnd <= q.from)) || inReport !== undefined;
      const trailing = /^[,]?\s*(he|she|I|\p{Lu}\p{Ll}+)\s+(said|added|replied|declared|insisted|stated)/u.exec(text.slice(q.to, q.to + 40));
      // `His comment was Quote … Unquote`, `Molotov’s reply was “…”`: a noun of speech and whose it is.
      const owned = /(?:^|\s)((?:[Hh]is|[Hh]er|\p{Lu}[\p{L}-]+[’']s))\s+(?:comment|reply|answer|words|response|remark|message|statement)\s+(?:was|were)\s*:?\s*$/u.exec(lead);
      if (!verbBefore && !thatOfVerb && !trailing && !owned) continue;
      let who: Entry | undefined;
      if (owned && !verbBefore) {
        const at = s.from + owned.index! + owned[0].indexOf(owned[1]!);
        const t = toks.find((x) => x.from === at);
        who = /^(his|her)$/i.test(owned[1]!) ? pronounOf(at) : t ? speakerOf(t) : undefined;
      } else if (thatOfVerb && !verbBefore) who = hits.filter((h) => !h.direct && h.from <= q.from && q.to <= h.to).at(-1)?.who;
      else if (verbBefore) {
        const subj = toks.filter((t) => t.to <= s.from + verbBefore.index).reverse().find((t) => isSubject(t));
        who = subj ? speakerOf(subj) : undefined;
      } else if (trailing) {
        const t = toks.find((x) => x.from >= q.to && x.word === trailing[1]);
        who = t ? speakerOf(t) : undefined;
      }
      // A report that is only this quotation is the quotation: direct speech.
      const same = hits.findIndex((h) => !h.direct && h.from === q.from && h.to === q.to);
      if (same !== -1) hits.splice(same, 1);
      hits.push({ from: q.from, to: q.to, direct: true, who, subject: 'quotation' });
    }
  }
  return hits;
}

/** A paragraph opening with a speaker's label: `Soong: …`, `[Joseph] Stalin: …`, `Marshal Stalin: …`; the label's last word. */
const LABEL_LINE = /^\s*(?:\[[^\]]*\]\s*)?(?:(?:Mr|Mrs|Dr|Cde|Marshal|Generalissimo|General|Ambassador|Comrade)\.?\s+)?(?:\[[^\]]*\]\s*)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)\s*:\s+\S/u;

/**
 * Whether paragraphs are minutes or a record of conversation: two speakers' labels or more open them. One label alone
 * is a memorandum's salutation (`Mr. Byrnes: When Dr. Soong arrives …`), not speech.
 */
export function isMinutes(paragraphs: readonly string[]): boolean {
  const labels = new Set(paragraphs.map((p) => LABEL_LINE.exec(p)?.[1]).filter(Boolean));
  return labels.size >= 2;
}

/** Titles that may stand before a speaker's label outside the name: `Dr. [T.V.] Soong:`. */
const LABEL_TITLE = /^\s*(?:(?:Mr|Mrs|Dr|Gen|Adm|Amb|Cde|M)\.?\s+|(?:Marshal|Generalissimo|General|Admiral|Ambassador|Comrade|Minister|Premier|President|Secretary)\s+)?$/u;

/**
 * A speaker's label opening a paragraph of minutes or of a record of conversation (`Soong: Last night I …`,
 * `Marshal Stalin: …`, `MOLOTOV: …`): the rest of the paragraph, its last stop included, is that person's words as the record gives them;
 * direct, unless the record reports them in the third person (`Byrnes: He thought …`).
 */
function labelSpeech(text: string, first: PersonMention | undefined): SpeechHit | undefined {
  if (!first || !LABEL_TITLE.test(text.slice(0, first.from))) return undefined;
  const colon = /^\s*:\s*/.exec(text.slice(first.to));
  if (!colon) return undefined;
  const from = first.to + colon[0].length;
  // The words run to the end of the paragraph, their last stop included, as a quotation keeps its own.
  const to = from + text.slice(from).trimEnd().length;
  if (to <= from || !/\p{L}/u.test(text.slice(from, to))) return undefined;
  const direct = !/^(?:he|she|they)\s/i.test(text.slice(from, to));
  return { from, to, direct, who: first.entry, subject: text.slice(first.from, first.to) };
}

/** Nouns that announce speech, and the preposition that names its speaker: `a threat by`, `a message from`. */
const SPEECH_NOUN = /\b(?:threat|message|statement|reply|comment|warning|assurance|proposal|suggestion|request|demand|promise|protest|remark|declaration|answer)s?\s+(?:by|from|of)\s+/gu;

/** Where the reported words begin after a speech verb: past an object (`told Soong`, `told me`), a comma, and `that`/`if`/`whether`. */
function clauseStart(toks: readonly Token[], next: number, verbEnd: number, text: string): number {
  let k = next;
  const w = (i: number): string => toks[i]?.word ?? '';
  if (OBJECT.test(w(k)) || /^\p{Lu}/u.test(w(k))) {
    const objLen = OBJECT.test(w(k)) ? 1 : /^\p{Lu}/u.test(w(k + 1)) ? 2 : 1;
    if (/^(that|if|whether|it|I|he|she|we|they|there)$/.test(w(k + objLen))) k += objLen;
  }
  // Past adverbs and commas (`said further that`, `insisted, however, that`) and a few words to a `that` (`expressed the opinion that`).
  let m = k;
  while (m < k + 5 && m < toks.length && (w(m) === ',' || ADVERB.test(w(m)) || /^(the|an?|his|her|their|its|opinion|view|hope|belief|wish|fear|proposal|suggestion|[’']s|\p{Lu}\p{Ll}+[’']s)$/u.test(w(m)) || /[’']s$/.test(w(m)))) m++;
  if (/^(that|if|whether)$/.test(w(m)) && !toks.slice(k, m).some((t) => SPEECH_VERB.test(t.word))) k = m;
  const at0 = /^(that|if|whether)$/.test(w(k)) ? toks[k]!.to : k === next ? verbEnd : toks[k - 1]!.to;
  let at = at0;
  while (/[\s,]/.test(text[at] ?? '')) at++;
  return at;
}

/** Whether what follows a speech verb is a clause it reports: that/if/whether, to + verb, an object and a clause. */
function introducesClause(verb: string, after: Token[], next2: string): boolean {
  if (/^\s?[“"]/.test(next2)) return false; // a quotation: direct speech
  const w = after.map((t) => t.word);
  if (/^Quote:?$/.test(w[0] ?? '')) return false; // the telegraph's quotation mark: direct speech
  const at = (k: number): string => w[k] ?? '';
  // He said the only consideration …; Soong said Stalin appeared …
  if (SAY.test(verb) && (/^(the|he|she|it|they|we|I|there|this|these|his|their|its)$/.test(at(0)) || (/^\p{Lu}\p{Ll}/u.test(at(0)) && /^\p{Ll}/u.test(at(1))))) return true;
  if (/^(that|if|whether)$/.test(at(0))) return true;
  if (at(0) === ',' && /^(that|if|whether|however)$/.test(at(1))) return true;
  if (at(0) === 'to' && /^\p{Ll}/u.test(at(1)) && !/^(the|a|an|his|her|their|its|this|that|these|those|my|our|your|it|him|me|us|them)$/.test(at(1))) return true;
  // told Soong that …, threatened Soong that …, told him it was …
  const objLen = OBJECT.test(at(0)) ? 1 : /^\p{Lu}/u.test(at(0)) ? (/^\p{Lu}/u.test(at(1)) ? 2 : 1) : 0;
  if (objLen && /^(that|if|whether|it|I|he|she|we|they|there)$/.test(at(objLen))) return true;
  // agreed to Soong’s proposal that …
  const that = w.indexOf('that');
  // … but not through another verb of saying: `rejected this and insisted that …` is insisted's.
  return that > 0 && that <= 4 && !w.slice(0, that).some((x) => /^[,;:]$/.test(x) || SPEECH_VERB.test(x));
}

/** The quotations of a sentence: “…”, "…" or Quote … Unquote, quotation marks included. */
function quotations(text: string, from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  // The telegraph's quotation marks count as such: `Quote We shall see Unquote`.
  const re = /“[^”]*”|"[^"]*"|\bQuote:?\s[\s\S]*?\bUnquote\b/g;
  for (const m of text.slice(from, to).matchAll(re)) out.push({ from: from + m.index!, to: from + m.index! + m[0].length });
  return out;
}

/** The end of a clause: before trailing white space, commas, connectives and the sentence's final stop. */
function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  for (;;) {
    const slice = text.slice(from, e);
    const m = /(\s+|[.,;:!?]+|\s(?:and|but|while|whereas)\s*)$/u.exec(slice);
    if (!m || m[0].length === 0 || e - m[0].length <= from) break;
    // Keep a closing quotation mark with its quotation.
    e -= m[0].length;
  }
  return e;
}
