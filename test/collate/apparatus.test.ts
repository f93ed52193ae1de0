/** Collation word by word: what is shared, what differs, and of what kind. */
import { describe, expect, it } from 'vitest';
import { alignKeys } from '../../src/collate/align.js';
import { collate, type Apparatus, type Segment } from '../../src/collate/apparatus.js';
import { tokenText } from '../../src/collate/text.js';
import { COPY, ORIGINAL, tokensOf } from './helpers.js';

type App = Extract<Segment, { kind: 'app' }>;
const apps = (a: Apparatus): App[] => a.segments.filter((s): s is App => s.kind === 'app');
/** A variant place as `type: reading | reading`, each reading `witnesses=text`. */
const show = (p: App): string => `${p.type}: ${p.readings.map((r) => `${r.witnesses.join(',')}=${r.byWitness[0]!.tokens.map(tokenText).join(' ')}`).join(' | ')}`;

describe('alignment', () => {
  it('aligns the words two sequences share, in order', () => {
    expect(alignKeys('a b c d'.split(' '), 'a x c d'.split(' '))).toEqual([[0, 0], [2, 2], [3, 3]]);
    expect(alignKeys('a b'.split(' '), 'c d'.split(' '))).toEqual([]);
    expect(alignKeys([], ['a'])).toEqual([]);
  });

  it('never aligns an empty key (a gap) with anything', () => {
    expect(alignKeys(['a', '', 'c'], ['a', '', 'c'])).toEqual([[0, 0], [2, 2]]);
  });

  it('anchors on words found once in each and aligns repeated words between anchors', () => {
    const a = 'the port the port of dairen and the railway'.split(' ');
    const b = 'the port of dairen and the the railway'.split(' ');
    const pairs = alignKeys(a, b);
    expect(pairs.every(([i, j]) => a[i] === b[j])).toBe(true);
    expect(pairs.length).toBe(7);
  });

  it('is linear enough for a long text: 100,000 words against a copy with changes, in well under the time a table would take', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => `w${i % 5000}-${Math.floor(i / 5000)}`);
    const b = a.slice();
    for (let i = 0; i < b.length; i += 997) b[i] = 'changed';
    const t0 = performance.now();
    const pairs = alignKeys(a, b);
    expect(pairs.length).toBe(a.length - Math.ceil(a.length / 997));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('collation of two copies', () => {
  const a = collate([{ id: 'a', tokens: tokensOf(ORIGINAL, 'a') }, { id: 'b', tokens: tokensOf(COPY, 'b') }]);
  const places = apps(a).map(show);

  it('marks a gap as a lacuna', () => {
    expect(places).toContain('lacuna: a=authorities | b=[illegible]');
  });

  it('counts another form of a name in the registers as an orthographic difference, the editors’ gloss kept with it', () => {
    expect(places).toContain('orthographic: a=Dairen | b=Darien [Dalian]');
  });

  it('counts a spelling as orthographic', () => {
    expect(places.filter((p) => p === 'orthographic: a=harbour | b=harbor')).toHaveLength(2);
  });

  it('counts letters the editors supplied as theirs, not as a difference of the witness’s words', () => {
    expect(places).toContain('editorial: a=undertook | b=[under]took');
  });

  it('counts whole words the editors supplied (initials before a name) as theirs: an editorial difference, not a substantive one', () => {
    // As between a FRUS copy (“called on Soong”) and an archive's transcription (“called on [T.V.] Soong”): the layouts differ, the telegram's words do not.
    const plain = 'This morning I called on Mallory at his request, and he showed me the note.';
    const supplied = plain.replace('on Mallory', 'on [R.J.] Mallory');
    const pair = collate([{ id: 'a', tokens: tokensOf(plain) }, { id: 'b', tokens: tokensOf(supplied) }]);
    expect(apps(pair).map(show)).toEqual(['editorial: a= | b=[R.J.]']);
    // Another name after the supplied initials is a difference of the witness's words.
    const other = collate([{ id: 'a', tokens: tokensOf(plain) }, { id: 'c', tokens: tokensOf(supplied.replace('Mallory', 'Fenwick')) }]);
    expect(apps(other).map((p) => p.type)).toEqual(['substantive']);
    // Supplied initials before a name spelt otherwise: the witness's spelling is what differs.
    const spelt = collate([{ id: 'a', tokens: tokensOf(plain) }, { id: 'b', tokens: tokensOf(supplied.replace('Mallory', 'Malory')) }]);
    expect(apps(spelt).map((p) => p.type)).toEqual(['orthographic']);
  });

  it('does not count a moved paragraph break as a variant, and records where each witness’s paragraphs start', () => {
    expect(places).toHaveLength(5);
    const same = a.segments.filter((s) => s.kind === 'same').flatMap((s) => (s.kind === 'same' ? s.tokens.map((t, i) => [tokenText(t), s.starts[i]!.join(',')] as const) : []));
    expect(same.find(([w]) => w === 'He' && true)).toBeDefined();
    const starts = same.filter(([, s]) => s !== '');
    expect(starts).toEqual([['The', 'a,b'], ['He', 'a'], ['I', 'b'], ['Regarding', 'a,b']]);
  });

  it('keeps every word of each witness, in order, exactly once', () => {
    for (const [k, w] of ['a', 'b'].entries()) {
      const tokens = a.segments.flatMap((s) => (s.kind === 'same' ? s.witnessTokens.get(w)! : s.readings.flatMap((r) => r.byWitness.filter((x) => x.witness === w).flatMap((x) => x.tokens))));
      expect(tokens.map((t) => t.start + t.paragraph)).toEqual(tokensOf([ORIGINAL, COPY][k]!).map((t) => t.start + t.paragraph));
    }
  });

  it('classifies omissions, additions and substantive differences against the base witness', () => {
    const x = collate([
      { id: 'a', tokens: tokensOf('He sent me the draft of the treaty at noon today. He left.') },
      { id: 'b', tokens: tokensOf('He sent me the treaty at noon yesterday. He left with a letter.') },
    ]);
    expect(apps(x).map(show)).toEqual(['omission: a=draft of the | b=', 'substantive: a=today. | b=yesterday.', 'addition: a=left. | b=left with a letter.']);
  });

  it('is deterministic', () => {
    const again = collate([{ id: 'a', tokens: tokensOf(ORIGINAL, 'a') }, { id: 'b', tokens: tokensOf(COPY, 'b') }]);
    expect(apps(again).map(show)).toEqual(places);
  });

  it('groups witnesses that read alike into one reading', () => {
    const x = collate([
      { id: 'a', tokens: tokensOf('The board shall have five members.') },
      { id: 'b', tokens: tokensOf('The board shall have seven members.') },
      { id: 'c', tokens: tokensOf('The board shall have seven members.') },
    ]);
    expect(apps(x).map(show)).toEqual(['substantive: a=five | b,c=seven']);
  });
});
