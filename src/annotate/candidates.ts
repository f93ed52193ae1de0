/**
 * Capitalised names that no register entry claims. Typed from the evidence around them (a title before a
 * person, the head word of an organisation or a place, a preposition of place), they are marked without
 * a register id and with the build's certainty; untyped ones are only reported.
 */
import { monthNumber } from '../dates.js';
import type { EntryKind } from '../registers.js';
import { EAST_ASIAN_SURNAMES, eastAsianName, GIVEN_NAMES, slavicSurname } from './evidence.js';
import { BARRIER, overlaps, type Flat } from './flat.js';

/** Words that are capitalised but are not names: adjectives of nationality, titles, days. */
export const NOT_NAMES = new Set(
  `Chinese Soviet Soviets Russian Russians Japanese Mongolian Mongolians Korean Koreans Siberian American Americans British English French
   Sino-Soviet Soviet-Chinese Chinese-Mongolian Chinese-Soviet Manchurian Allied Allies Communist Government Governor President Secretary
   Ambassador Generalissimo Marshal Minister Mr Mrs Dr Sunday Monday Tuesday Wednesday Thursday Friday Saturday I
   Personal Secret Top Confidential Restricted Paraphrase Telegram Memorandum
   General Admiral Colonel Major Captain Lieutenant Commissar Vice Premier Madame Sir Lord Consul Counselor Chargé Mme Messrs
   Eastern Western Northern Southern Outer Inner Upper Lower South North East West Central Republic National Provisional Democratic
   Mongolian Manchurian Polish German Germans Italian Persian Iranian Turkish Czech Yugoslav Greek Dutch Indian Australian Canadian
   Mayor Chief Attaché Naval Military Air Deputy Assistant Acting Under Foreign Commissioner Director Chairman
   Ministers Ambassadors Chiefs Deputies Delegates Generals Marshals Commissars Secretaries Governments Allied Prime Comrade Comrades Cde Cdes Judge Senator Excellency Highness Majesty Member Members
   Officer Officers Admirals Colonels Tovs Messieurs
   Azerbaijani Kurdish Kurds Yugoslavs Bulgarians Poles Czechs Greeks Turks Iranians Persians Azerbaijanis Armenians Georgians Ukrainians Rumanians Romanians Hungarians Finns Austrians
   Italians Albanians Mongols Manchus Europeans Asians Arabs Jews Moslems Muslims Christians Bolsheviks Nationalists Communists Socialists Republicans Democrats
   Gen Adm Col Capt Lt Maj Brig Sgt Cpl Cdr Comdr Gov Sen Amb Prof`.split(/\s+/),
);

/** Titles that make the name after them a person's. */
const PERSON_TITLES = new Set(
  `Mr Mrs Miss Dr General Generalissimo Marshal Ambassador Admiral Colonel Major Captain Lieutenant Commissar Premier Madame Mme Sir Lord Lady Consul Counselor Counsellor Minister
   President Chairman Governor Secretary Chargé Messrs Comrade Comrades Cde Tov Judge Justice Senator Congressman Representative Bishop Archbishop Father Prince Princess King Queen
   Emperor Shah Sultan Regent Professor Prof Brigadier Commander Commodore Sergeant Monsieur Herr Count Baron Viscount Earl Duke Gen Adm Col Capt Lt Maj Sen Amb Gov Premier Member
   Envoy Commissioner Director Attaché Delegate Citizen Mister Signor Señor Officer Cdes Tovs Generals Marshals Admirals Colonels Messieurs Ministers Ambassadors Commissars Brig Sgt Cpl Cdr Comdr`.split(/\s+/),
);
/** Head words of organisations' names: `Chinese Eastern Railway`, `Eighth Route Army`. A conference is a meeting, not an organisation: `the Moscow Conference` is only reported. */
const ORG_HEADS = new Set('Forces Headquarters Govt Dept Army Armies Party Commission Government Ministry Committee Council Railway Railroad Bank Company Corporation Navy Department Office Bureau Embassy Legation Assembly Congress Yuan League Board Mission Administration Command Fleet Corps Commissariat Division Agency Association Society Institute Front Delegation Secretariat Cabinet Court Union Parliament Diet Senate Staff University College Academy Library Museum Foundation Tribunal FonOff Fonoff Emb'.split(' '));
/** Head words of places' names: `Yellow Sea`, `Shantung Province`. */
const PLACE_HEADS = new Set('Sea Ocean River Island Islands Peninsula Gulf Bay Strait Straits Mountains Range Province Lake Desert Plateau Canal Valley Coast Harbor Harbour District Region Oblast Krai Okrug County Prefecture'.split(' '));
/** Words after a title that make no person: `the Declaration on General Security`, `the General Staff`, `Minister Social Assistance`. */
const NOT_PERSONS = new Set('Security Staff Assembly Headquarters Council Conference Election Elections Strike Welfare Purposes Affairs Principles Plan Policy Agreement Situation Assistance Finance Interior Justice Education Agriculture Labor Labour Health Commerce Industry Communications Propaganda Information Defence Defense Supply Supplies Economy Posts Telegraphs Reconstruction Transport'.split(' '));
/** Names of kinds of document, capitalised alone (`the Agreement`). */
const DOCUMENT_WORDS = new Set('Agreement Treaty Declaration Protocol Charter Communiqué Pact Accord Convention Note Message Statement Memorandum Aide-Mémoire Resolution Act Law'.split(' '));
/** Verbs of saying after a name: a person speaks. */
const SAYING = /^\s+(?:(?:also|further|then|again|later|now|once more|\p{Ll}+ly)\s+)?(?:said|says|told|tells|stated|states|asked|replied|informed|added|remarked|declared|suggested|explained|insisted|agreed|confirmed|answered|responded|announced|observed|commented|noted|stressed|emphasized|emphasised|promised|proposed|reported|warned|admitted|assured|objected|urged|maintained|claimed|requested|inquired|enquired|mentioned|pointed out|expressed)\b/u;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'von']);
/** Words that begin sentences but not names. */
export const FUNCTION_WORDS = new Set(
  `The A An This That These Those In On At As If But And Or For To With From By No Not It He She We They There Here His Her Its Their Our My Your Half Finally However Again Except Under While After Before Although Since When Where What Which Who Title
   Later Then Today Yesterday Tomorrow Tonight Meanwhile Also Moreover Furthermore Subsequently Thereafter Accordingly Nevertheless Thus Hence Therefore Once Only Both Each Every All Some Any Most Many Several Such Other Another During Upon Unless Until Whether Whereas Instead Perhaps Indeed Yes Please Following Regarding Concerning Reference Re
   Sent Repeated Received Signed Copy Paragraph Para Number Nbr Urtel Deptel Embtel Reurtel Mytel Section Part Annex Enclosure Note Notes Subject Present Translation`.split(/\s+/),
);
/** Abbreviations whose period ends no sentence: `Mr. Lozovsky`. */
const ABBREVIATIONS = /\b(?:Mr|Mrs|Dr|Messrs|Gen|Adm|Col|Capt|Lt|Maj|Brig|Sgt|Cpl|Cdr|Comdr|Sen|Gov|Amb|Cde|Cdes|Tov|Tovs|Prof|Mme|St|No|Nos|Sr|Jr)\.\s+$/;

export interface Candidate {
  from: number;
  to: number;
  name: string;
  /** What the evidence says it is, and how sure; absent when nothing says. */
  kind?: EntryKind;
  cert?: 'medium' | 'low';
}

/** The hands a telegram names at its foot: `Typed by Ivanova`, `Decoded by …`. */
const HANDS_BEFORE = /\b(?:[Tt]yped|[Dd]ecoded|[Ee]ncoded|[Dd]eciphered|[Ee]nciphered|[Cc]iphered|[Cc]opied|[Tt]ranslated|[Tt]ranscribed|[Rr]ecorded|[Cc]hecked)\s+by\s+$/;

/** Words of a message, a request or of hearing before `from`: what follows is its sender, a person (`an invitation from Harkavi`). */
const FROM_PERSON = /(?<![\p{L}])(?:message|messages|telegram|telegrams|letter|letters|note|notes|cable|cables|wire|invitation|invitations|instruction|instructions|word|reply|replies|answer|statement|intimation|request|requests|report|reports|greetings|protest|assurance|assurances|approach|proposal|proposals|demand|demands|inquiry|inquiries|communication|pressure|visit|call|Personal|Confidential|Secret|personal|confidential|heard|received|learned|learnt|understood|obtained)\s+from\s+$/u;

/** Words before a parenthesis that make the name inside it a person's: `The Minister in Iran (Dreyfus)`, `The Commanding General, United States Military Mission in the Soviet Union (Deane)`. */
/** The words of an office before a parenthesis that holds its holder's name (OFFICE_BEFORE_PAREN). */
export const OFFICE_WORDS = 'Ambassador|Minister|Chargé|Consul|Secretary|Commissar|Counselor|Counsellor|Attaché|Envoy|Representative|Commander|General|Admiral|Chairman|President|Premier|Governor|Director|Chief|Head|Delegate|Commissioner';
export const OFFICE_BEFORE_PAREN = new RegExp(`(?<![\\p{L}])(?:${OFFICE_WORDS})(?![\\p{L}])(?:[^()]{0,40}|,[^()]{0,90})\\($`, 'u');

/**
 * The kind of a candidate from the words around it and its own shape, strongest evidence first: the head
 * word of an organisation's or a place's name, a title before it, an office before its parenthesis, a
 * given name opening it, a verb of saying after it, a preposition of place before it, the gazetteer, the
 * shape of a Chinese, Korean or Slavic name.
 */
export function typeCandidate(text: string, from: number, to: number, name: string, gazetteer?: ReadonlySet<string>): Pick<Candidate, 'kind' | 'cert'> {
  const words = name.split(/\s+/);
  const last = words.at(-1)!.replace(/[’']s$/, '');
  // An office alone (`Deputy Chief of Staff` after a name and its comma) says who a person is: no body, no name of its own.
  if (OFFICE_ONLY.test(name)) return {};
  if (ORG_HEADS.has(last) && words.length > 1) return { kind: 'org', cert: 'medium' };
  // A head word before `of` opens an organisation's name: `Division of Western European Affairs`, `National Assembly of …`.
  if (words.length > 2 && words.some((w, k) => k > 0 && w === 'of' && ORG_HEADS.has(words[k - 1]!)) && !/^(?:Government|Govt)$/.test(words[0]!)) return { kind: 'org', cert: 'medium' };
  if (PLACE_HEADS.has(last) && words.length > 1) return { kind: 'place', cert: 'medium' };
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1] ?? '';
  // `Minister Social Assistance`, `Minister Foreign Affairs`: the field of an office, in telegraphese, is no person.
  if (NOT_PERSONS.has(words[0]!) || NOT_PERSONS.has(last)) return {};
  if (PERSON_TITLES.has(before)) return { kind: 'person', cert: 'medium' };
  if (HANDS_BEFORE.test(text.slice(Math.max(0, from - 20), from))) return { kind: 'person', cert: 'medium' };
  if (OFFICE_BEFORE_PAREN.test(text.slice(Math.max(0, from - 140), from))) return { kind: 'person', cert: 'medium' };
  if (words.length > 1 && GIVEN_NAMES.has(words[0]!.replace(/\.$/, ''))) return { kind: 'person', cert: 'medium' };
  if (words.length > 1 && /^\p{Lu}\.$/u.test(words[0]!)) return { kind: 'person', cert: 'low' };
  if (SAYING.test(text.slice(to, to + 40))) return { kind: 'person', cert: 'low' };
  // A town's name that is also a person's shape (Suvorov, Mao) is left to the words around it.
  const town = gazetteer?.has(name) ?? false;
  if (!town && (eastAsianName(words) || slavicSurname(last))) return { kind: 'person', cert: 'low' };
  // `from` after a word of a message or of hearing is a person's (`a message from Harkavi`, `Personal from Harkavi`, `heard from Harkavi`), not a place's.
  if (/^(in|at|near|from|via|into|across|toward|towards|through)$/i.test(before) && !(/^from$/i.test(before) && FROM_PERSON.test(text.slice(Math.max(0, from - 40), from)))) return { kind: 'place', cert: 'low' };
  if (town && !(words.length === 1 && (eastAsianName([name, 'X']) || slavicSurname(name)))) return { kind: 'place', cert: 'low' };
  return {};
}

export interface CandidateOptions {
  /** What the cable types each name as elsewhere: a word alone at a sentence's start is a candidate when it is one of them. */
  known?: ReadonlyMap<string, EntryKind>;
  /** The text goes on a sentence (an editors' gloss): its first word is not a sentence's start. */
  continues?: boolean;
}

/** Words that open a sentence and take a verb of saying but name no one: `Everyone agreed`, `Latter said` (telegraphese for `the latter`). */
const NOBODY = /^(?:Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|None|Others|Neither|Either|Nothing|Everything|Something|One|Another|Latter|Former)$/;

/**
 * The runs of capitalised words in a flat text not taken by a name or date, nor at a sentence's start alone
 * (unless a verb of saying follows it, `Harkavi declared`, or the cable names it so elsewhere).
 */
export function findCandidates(flat: Flat, taken: readonly [number, number][], gazetteer?: ReadonlySet<string>, opts: CandidateOptions = {}): Candidate[] {
  const text = flat.text;
  const out: Candidate[] = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}’'.-]*/gu)].map((m) => ({ raw: m[0], w: m[0].replace(/[’'.]+$|[’']s$/u, ''), from: m.index!, to: m.index! + m[0].length }));
  const isCap = (w: string): boolean =>
    /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w) && !NOT_NAMES.has(w) && !NOT_NAMES.has(w.replace(/-.*$/, '')) && !FUNCTION_WORDS.has(w) && !monthNumber(w);
  /** Whether a run may go on after word k: not past the end of a sentence. */
  const open = (k: number): boolean => !/[^.]\p{Ll}{2,}\.$|\p{Ll}{2}\.$/u.test(words[k]!.raw) && !(/^\p{Lu}\.$/u.test(words[k]!.raw) && !initial(k));
  const covered = (from: number, to: number): boolean => overlaps(taken, from, to);
  /** Adjectives that may stand inside a name (`Chinese Eastern Railway`) but never end one. */
  const isAdjective = (w: string): boolean => /^\p{Lu}/u.test(w) && NOT_NAMES.has(w) && !PERSON_TITLES.has(w) && !FUNCTION_WORDS.has(w) && w !== 'I';
  /** An initial in a name, before its surname or another initial: `Harry L. Hopkins`, `I. I. Maslennikov`. */
  const initial = (k: number): boolean => /^\p{Lu}\.$/u.test(words[k]!.raw) && k + 1 < words.length && (isCap(words[k + 1]!.w) || initial(k + 1)) && !enumerator(k);
  /** A Roman numeral numbering a paragraph (`I. Railways.`, `V. Dairen.`), not an initial: at the paragraph's start, before a word. */
  const enumerator = (k: number): boolean =>
    /^[IVX]\.$/.test(words[k]!.raw) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, words[k]!.from - 3), words[k]!.from)) && k + 1 < words.length && !/^\p{Lu}\.$/u.test(words[k + 1]!.raw);
  for (let i = 0; i < words.length; i++) {
    if (!(isCap(words[i]!.w) || isAdjective(words[i]!.w) || initial(i)) || covered(words[i]!.from, words[i]!.to)) continue;
    let j = i;
    const spaced = (a: number, b: number): boolean => /^\s+$/.test(text.slice(words[a]!.to, words[b]!.from));
    /** A title word inside an organisation's name: `the General Staff`, `Supreme Command`. */
    const titleInName = (k: number): boolean => /^(?:General|Supreme|Chief)$/.test(words[k]!.w) && k + 1 < words.length && ORG_HEADS.has(words[k + 1]!.w);
    /** A syllable of one capital letter ending a name (`Jang Si U`), not `I` or `A`. */
    const letter = (k: number): boolean => k > i && /^\p{Lu}$/u.test(words[k]!.raw) && !/^[IA]$/.test(words[k]!.raw);
    /** A syllable of a Chinese or Korean name that is also a month's abbreviation (`Jung Jun Tek`), not before a day's number. */
    const syllable = (k: number): boolean => k > i && EAST_ASIAN_SURNAMES.has(words[i]!.w) && /^\p{Lu}\p{Ll}{1,3}$/u.test(words[k]!.raw) && !/^\s*\d/.test(text.slice(words[k]!.to, words[k]!.to + 3));
    const usable = (k: number): boolean => k < words.length && (isCap(words[k]!.w) || isAdjective(words[k]!.w) || initial(k) || titleInName(k) || letter(k) || syllable(k)) && !covered(words[k]!.from, words[k]!.to);
    /** An organisation's name ends at its head word when a name that is no part of it follows: `the People’s Party Kombakhsh`, not `Eighth Route Army Headquarters`. */
    const endsAtHead = (k: number): boolean =>
      k > i && ORG_HEADS.has(words[k]!.w) && k + 1 < words.length && isCap(words[k + 1]!.w) && !ORG_HEADS.has(words[k + 1]!.w) && !(k + 2 < words.length && ORG_HEADS.has(words[k + 2]!.w) && spaced(k + 1, k + 2));
    // "and" joins only within a name that has an "of" already: "Treaty of Friendship and Alliance", not "Yalta and Mikoyan".
    let sawOf = false;
    const joins = (k: number): boolean => CONNECTORS.has(words[k]!.w) && (words[k]!.w !== 'and' || sawOf);
    for (;;) {
      if (!open(j) || endsAtHead(j)) break;
      if (usable(j + 1) && spaced(j, j + 1)) j++;
      else if (j + 2 < words.length && joins(j + 1) && usable(j + 2) && spaced(j, j + 1) && spaced(j + 1, j + 2)) {
        sawOf ||= words[j + 1]!.w === 'of';
        j += 2;
      } else if (j + 3 < words.length && joins(j + 1) && joins(j + 2) && usable(j + 3) && spaced(j, j + 1) && spaced(j + 1, j + 2) && spaced(j + 2, j + 3)) {
        sawOf ||= words[j + 1]!.w === 'of' || words[j + 2]!.w === 'of';
        j += 3;
      } else break;
    }
    const from = words[i]!.from;
    const to = words[i]!.from + (words[j]!.to - words[i]!.from) - (words[j]!.to - words[j]!.from - words[j]!.w.length);
    const atStart =
      !(opts.continues && from === 0) &&
      ((/(^|[.!?:]["”’]?\s+|["“]|\n)$/u.test(text.slice(Math.max(0, from - 4), from)) && !ABBREVIATIONS.test(text.slice(Math.max(0, from - 8), from))) || text[from - 1] === BARRIER);
    // A word alone at a sentence's start that speaks (`Harkavi declared`), or that the cable names elsewhere, is a name.
    const speaks = (w: string): boolean => !NOBODY.test(w) && !/s$/.test(w) && SAYING.test(text.slice(words[i]!.to, words[i]!.to + 40));
    if (atStart && i === j && isCap(words[i]!.w) && !initial(i) && (opts.known?.has(words[i]!.w) || speaks(words[i]!.w))) {
      const name = words[i]!.w;
      out.push({ from, to: from + name.length, name, ...typeCandidate(text, from, from + name.length, name, gazetteer) });
      continue;
    }
    // An initial alone (the run could not go on to a surname) names nothing.
    if ((atStart || initial(i)) && i === j) {
      i = j;
      continue;
    }
    const name = text.slice(from, to);
    i = j;
    // A run that ends in an adjective (`Outer Mongolian`, `Inner`, `Chinese Eastern`) names nothing.
    if (isAdjective(words[j]!.w) || /(?:ian|ese|ern)$/.test(name)) continue;
    // A capitalised common noun alone (`a mixed Commission`) names nothing.
    if (i === j && (ORG_HEADS.has(name) || PLACE_HEADS.has(name) || DOCUMENT_WORDS.has(name))) continue;
    out.push({ from, to, name, ...typeCandidate(text, from, to, name, gazetteer) });
  }
  return out;
}

/** Nations before an office: `the British Minister`, `the Iranian Chargé d’Affaires`. */
export const NATION =
  '(?:American|British|Brit|Soviet|Russian|Chinese|Iranian|Persian|Japanese|French|Polish|Turkish|Greek|Korean|Mongolian|Czechoslovak|Czech|Yugoslav|Bulgarian|Rumanian|Romanian|Hungarian|Italian|German|Swedish|Swiss|Afghan|Iraqi|Egyptian|Dutch|Belgian|Norwegian|Danish|Finnish|Austrian|Albanian|Spanish|Portuguese|Mexican|Brazilian|Argentine|Canadian|Australian|Indian|Syrian|Lebanese|Saudi|Siamese|Thai|Philippine|Manchurian|Azerbaijani|Kurdish|Armenian|Georgian|Ukrainian)';
/** Bodies named by a nation's adjective: `the French Government`, `the Korean government`, `the British Embassy`, `French Emb`, `Bulgarian Communists`. */
const NATION_BODY = new RegExp(
  `(?<![\\p{L}])${NATION}\\s(?:Government|government|Govt|Embassy|Emb|Legation|Delegation|Foreign Office|FonOff|Fonoff|Foreign Ministry|General Staff|High Command|Military Mission|Communist Party|Communists|Parliament|Cabinet)(?![\\p{L}’'])`,
  'gu',
);

/** Bodies a nation's adjective names that no register entry took: organisations the build marks without an id. */
export function findNationBodies(flat: Flat, taken: readonly [number, number][]): { from: number; to: number }[] {
  return [...flat.text.matchAll(NATION_BODY)].map((m) => ({ from: m.index!, to: m.index! + m[0].length })).filter((b) => !overlaps(taken, b.from, b.to));
}
const OFFICE =
  '(?:(?:Acting|Deputy|Assistant)\\s)?(?:Military Attaché|Naval Attaché|Air Attaché|Military Attache|Naval Attache|Chargé d[’\']Affaires(?: ad interim)?|Charge d[’\']Affaires|Chargé|Ambassador|Minister|Consul General|Consul|Counselor of Embassy|Counselor|Foreign Minister|Prime Minister|Vice Minister|Vice Commissar|Commissar|Commanding General|Commanding Officer|Commander in Chief|Commander-in-Chief|Supreme Commander|Commander|Chief of Staff|High Commissioner|Political Adviser|Governor General|Governor)';
/** What may follow an office: `of War`, `for Foreign Affairs`. */
const OFFICE_OF = '(?:\\s(?:of|for)\\s(?:the\\s)?\\p{Lu}\\p{L}+(?:\\s(?:\\p{Lu}\\p{L}+|Affairs))?)?';
/** A name that is only an office and what follows it: `Deputy Chief of Staff`, `Minister of War`. */
const OFFICE_ONLY = new RegExp(`^${OFFICE}${OFFICE_OF}$`, 'u');
/** Not plural, not before a name or a parenthesis. */
const OFFICE_END = "(?![\\p{L}’'])(?![^.;:()]{0,40}\\()(?!,[^.;:()]{0,90}\\()(?!\\s+\\p{Lu}\\p{Ll})";
/**
 * `the British Minister`, `the Military Attaché`, `the Minister of War`, `our Chargé d’Affaires`: an office that stands
 * for its holder, with its adjective of nation (`the United States` before it is a place of its own). Telegrams drop the
 * article before an office with its nation or its `Acting` (`Iranian Minister here`, `delivered to Acting Minister for Foreign Affairs`);
 * after a name and its comma such words say who the person is (`K. Wu, Chinese Vice Minister for Foreign Affairs`) and
 * are no mention of their own. An office before its holder's name in a parenthesis, however far, is the head's (`The
 * Commanding General, United States Military Mission in the Soviet Union (Deane)`).
 */
const OFFICE_PHRASE = new RegExp(
  `(?:(?<=\\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our|[Hh]is)\\s(?:United States\\s)?)(?:${NATION}\\s)?${OFFICE}|(?<=(?:^|(?:[.;:!?(“"]|(?<!,\\s*)\u0001|(?<!,\\d*)\\d)\\s*|\\n|\\b(?:to|from|by|with|for|and|that|when|[Tt]ell|[Ii]nform|[Aa]sk)\\s))(?:${NATION}\\s${OFFICE}|(?:Acting|Deputy)\\s${OFFICE}))${OFFICE_OF}${OFFICE_END}`,
  'gu',
);
/** A form of address for an office's holder: `Mr. Chairman`, `Mr. Ambassador`, `Madam Chairman`. */
const ADDRESS = /(?<=\b(?:Mr\.?|Madam|Madame|Monsieur)\s)(?:President|Vice President|Chairman|Ambassador|Secretary|Under Secretary|Minister|Prime Minister|Foreign Minister|Commissar|Premier|Consul|Chargé|Counselor|Generalissimo|Marshal|Governor|Senator|Delegate)(?![\p{L}’'])(?!\s+\p{Lu}\p{Ll})/gu;
/** `our ambassador in Tehran`: an office in small letters after a possessive, as translations write it. */
const OFFICE_SMALL = new RegExp(`(?<=\\b(?:[Oo]ur|[Tt]heir|[Yy]our)\\s)(?:ambassador|minister|consul|chargé d[’']affaires|military attaché|envoy)(?![\\p{L}’'])`, 'gu');

/** Offices standing for their holders that no register title took: persons the build marks without an id. */
export function findOffices(flat: Flat, taken: readonly [number, number][]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const re of [OFFICE_PHRASE, ADDRESS, OFFICE_SMALL]) {
    for (const m of flat.text.matchAll(re)) {
      const from = m.index!;
      const to = from + m[0].length;
      if (!overlaps(taken, from, to) && !overlaps(out.map((o): [number, number] => [o.from, o.to]), from, to)) out.push({ from, to });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
