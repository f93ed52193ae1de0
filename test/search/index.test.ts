/** The search index (issue 12, point 1): what it holds for a small synthetic corpus, and what a query finds in it. */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { partyKey, processTerm, searchData, searchOptions, searchScript, tokenize, type CableRecord, type Kind, type SearchData } from '../../src/search/index.js';

/** Three cables in the shape of dist/json/<stem>.json, written for this test. */
const records: CableRecord[] = [
  {
    id: 'b-cable',
    title: 'The Envoy to the Secretary, 2 March 1944',
    date: { when: '1944-03-02' },
    source: { type: 'frus', title: 'A printed volume', fileNumber: '740.0011/3–244', url: 'https://example.org/b' },
    sender: { id: 'envoy', name: 'Arthur Envoy', wording: 'the Envoy' },
    addressees: [{ id: 'secretary', name: 'Basil Secretary', wording: 'the Secretary' }],
    head: 'The Envoy to the Secretary',
    paragraphs: [
      { id: 'p1', text: 'The Marshal received me at noon and spoke of the harbour at Portville.' },
      { id: 'p2', text: 'He wants a lease of the harbour for thirty years.' },
    ],
    notes: [
      { id: 'note1', type: 'source', text: '740.0011/3–244: Telegram', paragraph: null },
      { id: 'fn1', type: 'foot', text: 'Received in cipher the next morning.', paragraph: 'p1' },
      { id: 'note2', type: 'gloss', text: 'Port Ville', paragraph: 'p2' },
    ],
    mentions: [
      { id: 'marshal-k', type: 'person', paragraph: 'p1', start: 4, end: 11 },
      { id: 'portville', type: 'place', paragraph: 'p1', start: 59, end: 68 },
      { id: 'envoy', type: 'person', paragraph: 'head', start: 4, end: 9 },
    ],
  },
  {
    id: 'a-cable',
    title: 'The Envoy to the Minister, 10 July 1945',
    date: { when: '1945-07-10' },
    abstract: 'A summary about grain shipments.',
    source: { type: 'archive', title: 'A digital archive page', archive: 'Some Archive', collection: 'Envoy Papers' },
    sender: { id: 'envoy', name: 'Arthur Envoy', wording: 'Envoy' },
    addressees: [{ id: null, name: null, wording: 'the Minister' }],
    opener: [{ id: 'opener1', text: 'SECRET' }],
    paragraphs: [{ id: 'p1', text: 'The Marshal spoke again of the railway and of the Grain Board.' }],
    closer: [{ id: 'closer1', text: 'ENVOY' }],
    mentions: [
      { id: 'marshal-k', type: 'person', paragraph: 'p1', start: 4, end: 11 },
      { id: 'grain-board', type: 'org', paragraph: 'p1', start: 50, end: 61 },
    ],
  },
  {
    id: 'c-cable',
    title: 'A note without a date',
    date: null,
    paragraphs: [{ id: 'p1', text: 'Nothing here but weather: café au lait skies over Lüshunkou.' }],
    mentions: [{ id: 'lushun', type: 'place', paragraph: 'p1', start: 50, end: 59 }],
  },
];
const labels: Record<Kind, Map<string, string>> = {
  person: new Map([['marshal-k', 'Kyrill Marshalov'], ['envoy', 'Arthur Envoy'], ['secretary', 'Basil Secretary']]),
  place: new Map([['portville', 'Portville'], ['lushun', 'Lüshunkou']]),
  org: new Map([['grain-board', 'Grain Board']]),
};

/** The query options of the search page (transforms/html/search.js). */
const query: SearchOptions = { combineWith: 'AND', prefix: true, fuzzy: (t) => (t.length > 5 ? 0.2 : false) };
const find = (data: SearchData, q: string): string[] => MiniSearch.loadJS(data.index as never, searchOptions()).search(q, query).map((r) => data.docs[r.id as number]!.id);

describe('the search index', () => {
  const data = searchData(records, labels);
  const doc = (id: string) => data.docs.find((d) => d.id === id)!;

  it('holds every cable, in the order given, with its title and date', () => {
    expect(data.docs.map((d) => [d.id, d.date])).toEqual([['b-cable', '1944-03-02'], ['a-cable', '1945-07-10'], ['c-cable', '']]);
  });

  it('finds a word of the text, of a footnote and of the closer, and only where it stands', () => {
    expect(find(data, 'railway')).toEqual(['a-cable']);
    expect(find(data, 'cipher')).toEqual(['b-cable']);
    expect(find(data, 'lease harbour')).toEqual(['b-cable']);
    expect(find(data, 'lease railway')).toEqual([]);
    expect(find(data, 'weather')).toEqual(['c-cable']);
  });

  it('finds a cable by the register’s name of a person its text names otherwise, by its parties and by its source', () => {
    // The text says “the Marshal”; the registers call him Kyrill Marshalov.
    expect(find(data, 'Kyrill').sort()).toEqual(['a-cable', 'b-cable']);
    expect(find(data, 'Basil')).toEqual(['b-cable']);
    expect(find(data, 'Minister')).toEqual(['a-cable']);
    expect(find(data, 'Envoy Papers')).toEqual(['a-cable']);
  });

  it('finds a cable by its year, its month and its ISO date, and not by another year', () => {
    expect(find(data, '1944')).toEqual(['b-cable']);
    expect(find(data, '1945-07')).toEqual(['a-cable']);
    expect(find(data, '1945-07-10')).toEqual(['a-cable']);
    expect(find(data, '1943')).toEqual([]);
  });

  it('finds words with or without their accents, and the beginning of a word', () => {
    expect(find(data, 'cafe lushunkou')).toEqual(['c-cable']);
    expect(find(data, 'Lüshun')).toEqual(['c-cable']);
    expect(find(data, 'Portvi')).toEqual(['b-cable']);
  });

  it('gives each cable its facets: persons, places, organisations, sender, addressees and year', () => {
    expect(doc('b-cable').facets).toEqual({ person: ['marshal-k', 'envoy'], place: ['portville'], org: [], sender: ['envoy'], addressee: ['secretary'], year: ['1944'] });
    expect(doc('a-cable').facets).toEqual({ person: ['marshal-k'], place: [], org: ['grain-board'], sender: ['envoy'], addressee: ['=the Minister'], year: ['1945'] });
    expect(doc('c-cable').facets.year).toEqual(['undated']);
    // Counted as the page counts them: over the cables found.
    const count = (facet: 'person' | 'year', value: string): number => data.docs.filter((d) => d.facets[facet].includes(value)).length;
    expect(count('person', 'marshal-k')).toBe(2);
    expect(count('person', 'envoy')).toBe(1);
    expect(count('year', '1945')).toBe(1);
    // Names for the facets' values: the registers', or the cable's words for a party the registers do not know.
    expect(data.labels.person).toEqual({ '=the Minister': 'the Minister', envoy: 'Arthur Envoy', 'marshal-k': 'Kyrill Marshalov', secretary: 'Basil Secretary' });
    expect(data.labels.org).toEqual({ 'grain-board': 'Grain Board' });
    expect(partyKey({ id: null, name: null, wording: '  ' })).toBeUndefined();
  });

  it('keeps the text once, every block at its place, so that each mention’s offsets mark its words', () => {
    for (const d of data.docs) {
      const record = records.find((r) => r.id === d.id)!;
      for (const m of record.mentions ?? []) {
        const block = m.paragraph === 'head' ? record.head! : record.paragraphs!.find((p) => p.id === m.paragraph)!.text!;
        const [start, end] = d.marks[m.id]!;
        expect(d.text.slice(start, end)).toBe(block.slice(m.start!, m.end!));
      }
    }
    expect(doc('b-cable').text.split('\n')).toEqual([
      'The Envoy to the Secretary',
      ...records[0]!.paragraphs!.map((p) => p.text),
      '740.0011/3–244: Telegram',
      'Received in cipher the next morning.',
      'Port Ville',
    ]);
    // A block's anchor on the page: its id; a footnote's own; another note's, the block it stands in; none for the source note.
    expect(doc('b-cable').blocks.map(([anchor]) => anchor)).toEqual(['head', 'p1', 'p2', '', 'fn1', 'p2']);
    expect(doc('a-cable').blocks.map(([anchor]) => anchor)).toEqual(['opener1', 'p1', 'closer1']);
    const script = searchScript(data);
    expect(script.split('He wants a lease of the harbour').length - 1).toBe(1);
  });

  it('is a script that sets the data as a global, with nothing that could end an HTML script element, the same for the same records', () => {
    const hostile: CableRecord = { id: 'x', title: 'x', paragraphs: [{ id: 'p1', text: 'a </script><script>alert(1)</script> \u2028 b' }] };
    const withHostile = searchData([...records, hostile], labels);
    const script = searchScript(withHostile);
    expect(script).not.toMatch(/<\/script/i);
    const context: { CABLES_SEARCH?: SearchData } = {};
    runInNewContext(script, context);
    expect(JSON.parse(JSON.stringify(context.CABLES_SEARCH))).toEqual(JSON.parse(JSON.stringify(withHostile)));
    expect(searchScript(searchData(records, labels))).toBe(searchScript(data));
  });

  it('splits words as the page does: an ISO date whole, letters and digits, accents folded', () => {
    expect(tokenize('On 1945-07-10, Chiang [Kai-shek] met Lüshun’s mayor')).toEqual(['On', '1945-07-10', 'Chiang', 'Kai', 'shek', 'met', 'Lüshun', 's', 'mayor']);
    expect(processTerm('Lüshun')).toBe('lushun');
    expect(processTerm('CAFÉ')).toBe('cafe');
  });
});
