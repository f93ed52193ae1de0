/** Scores a cable's annotation against a hand-made gold file: precision and recall by type (names, dates, speech). */

export interface GoldFile {
  source: string;
  persons: { text: string; id: string | null }[];
  places: { text: string; id: string | null }[];
  orgs: { text: string; id: string | null }[];
  dates: { text: string; when: string }[];
  speech: { who: string | null; direct: boolean; words: string }[];
  /** Mentions the annotator of the gold could not decide (`Yalta` in `the Yalta Agreement`): neither a miss when left out nor a false find when marked. */
  doubtful?: { type: 'persons' | 'places' | 'orgs'; text: string }[];
}

/** What the TEI of a cable marks in its <text>, as the gold files list it. */
export type Found = Omit<GoldFile, 'source' | 'doubtful'>;

export interface Score {
  gold: number;
  found: number;
  matched: number;
  /** Of the matched names, how many point at the gold's entry (names only). */
  rightId?: number;
}

/** Words compared as a reader would: white space made single, the editors' brackets around supplied letters dropped (`C[ordell] H[ull]` is `Cordell Hull`). */
const norm = (s: string): string => s.replace(/\[Page [^\]]*\]/g, ' ').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
const entities = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of an XML fragment: notes (footnotes, glosses) left out, tags dropped. */
const textOf = (xml: string): string => norm(entities(xml.replace(/<note\b[\s\S]*?<\/note>/g, '').replace(/<[^>]+>/g, '')));

/** The element `name` at each start in xml, with its whole content (nested elements of the same name included). */
function elements(xml: string, name: string): { attrs: string; inner: string }[] {
  const out: { attrs: string; inner: string }[] = [];
  const open = new RegExp(`<${name}(\\s[^>]*)?>`, 'g');
  for (const m of xml.matchAll(open)) {
    let depth = 0;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < xml.length; i++) {
      if (xml.startsWith(`<${name} `, i) || xml.startsWith(`<${name}>`, i)) depth++;
      else if (xml.startsWith(`</${name}>`, i)) {
        if (depth === 0) break;
        depth--;
      }
    }
    out.push({ attrs: m[1] ?? '', inner: xml.slice(start, i) });
  }
  return out;
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/** What a TEI document marks in its <text> (the header left out). */
export function foundIn(tei: string): Found {
  const text = tei.slice(tei.indexOf('<text>'));
  const names = (el: string): Found['persons'] => elements(text, el).map((e) => ({ text: textOf(e.inner), id: attr(e.attrs, 'ref')?.replace(/^#/, '') ?? null }));
  return {
    persons: names('persName'),
    places: names('placeName'),
    orgs: names('orgName'),
    dates: elements(text, 'date')
      .filter((e) => attr(e.attrs, 'when'))
      .map((e) => ({ text: textOf(e.inner), when: attr(e.attrs, 'when')! })),
    speech: elements(text, 'said').map((e) => ({ who: attr(e.attrs, 'who')?.replace(/^#/, '') ?? null, direct: attr(e.attrs, 'direct') === 'true', words: textOf(e.inner) })),
  };
}

/** Whether one key is the other with words of a title before it (`Secretary of War Stimson`, `Stimson`). */
const titled = (a: string, b: string): boolean => a.length > b.length && a.endsWith(` ${b}`) && /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|for)\s+)+$/u.test(a.slice(0, a.length - b.length));

/** Matches two lists as multisets by a key; for names, also counts the matched ones whose ids agree. With `loose`, what is left matches a key with a title before it. */
function match<T>(gold: readonly T[], found: readonly T[], key: (x: T) => string, id?: (x: T) => string | null, loose = false): Score {
  const pool = new Map<string, T[]>();
  for (const g of gold) pool.set(key(g), [...(pool.get(key(g)) ?? []), g]);
  let matched = 0;
  let rightId = 0;
  const left: T[] = [];
  const take = (f: T, candidates: T[]): void => {
    const same = id ? candidates.findIndex((g) => id(g) === id(f)) : -1;
    const g = candidates.splice(same === -1 ? 0 : same, 1)[0]!;
    matched++;
    if (id && id(g) === id(f)) rightId++;
  };
  for (const f of found) {
    const candidates = pool.get(key(f));
    if (candidates?.length) take(f, candidates);
    else left.push(f);
  }
  if (loose) {
    for (const f of left) {
      const k = key(f);
      const near = [...pool.entries()].find(([g, list]) => list.length && (titled(g, k) || titled(k, g)));
      if (near) take(f, near[1]);
    }
  }
  return { gold: gold.length, found: found.length, matched, ...(id ? { rightId } : {}) };
}

/** Titles before a person's name: inside the name or before it, the same mention (`Mr. Hopkins`, `Hopkins`). */
const TITLE = /^(?:the\s+)?(?:(?:Mr|Mrs|Dr|Gen|Adm|Col|Cde|Mme)\.?|Madame|Marshal|General|Generalissimo|Admiral|Ambassador|President|Premier|Prime Minister|Secretary|Senator|Judge|Colonel|Major|Captain|Lieutenant|Comrade|Commissar|Vice Commissar|Minister|Chairman|Lord|Sir)\s+(?=\p{Lu})/u;

/** The scores of one cable, by type. */
export function scoreCable(gold: Found & Pick<GoldFile, 'doubtful'>, all: Found): Record<keyof Found, Score> {
  const name = (x: { text: string }): string => norm(x.text);
  const person = (x: { text: string }): string => {
    let t = norm(x.text);
    for (let next = t.replace(TITLE, ''); next !== t; next = t.replace(TITLE, '')) t = next;
    return t;
  };
  // A find that is one of the gold's doubtful mentions is set aside, once for each.
  const found = { ...all };
  for (const type of ['persons', 'places', 'orgs'] as const) {
    const key = type === 'persons' ? person : name;
    const left = (gold.doubtful ?? []).filter((d) => d.type === type).map(key);
    found[type] = all[type].filter((f) => {
      const i = left.indexOf(key(f));
      if (i === -1) return true;
      left.splice(i, 1);
      return false;
    });
  }
  const id = (x: { id: string | null }): string | null => x.id;
  return {
    persons: match(gold.persons, found.persons, person, id, true),
    places: match(gold.places, found.places, name, id),
    orgs: match(gold.orgs, found.orgs, name, id),
    dates: match(gold.dates, found.dates, (d) => `${norm(d.text)}|${d.when}`),
    speech: match(gold.speech, found.speech, (s) => `${s.who}|${s.direct}|${norm(s.words)}`),
  };
}

/** Sums scores. */
export function addScores(a: Score, b: Score): Score {
  return { gold: a.gold + b.gold, found: a.found + b.found, matched: a.matched + b.matched, ...(a.rightId !== undefined || b.rightId !== undefined ? { rightId: (a.rightId ?? 0) + (b.rightId ?? 0) } : {}) };
}

/** Precision and recall of a score (1 when there is nothing to find or nothing found). */
export function rates(s: Score): { precision: number; recall: number } {
  return { precision: s.found ? s.matched / s.found : 1, recall: s.gold ? s.matched / s.gold : 1 };
}
