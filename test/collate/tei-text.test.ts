/** A witness's words read from its TEI (src/collate/tei-text.ts): the same tokens as from its source while nobody edited it, and an editor's change when someone did. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teiWitnessTokens } from '../../src/collate/tei-text.js';
import { tokenText, witnessTokens } from '../../src/collate/text.js';
import { buildFile, buildText, CABLES, ROOT } from '../helpers/ingest.js';
import { COPY, ORIGINAL } from './helpers.js';

describe('a witness’s tokens read from its TEI', () => {
  it('are those of its source for every TEI the build writes (project cables and every source fixture)', () => {
    const files = [...CABLES.map((s) => `cables/${s}.txt`), ...readdirSync(`${ROOT}test/fixtures/sources`).filter((n) => n.endsWith('.txt')).map((n) => `test/fixtures/sources/${n}`)];
    let compared = 0;
    for (const f of files) {
      let built;
      try {
        built = buildFile(f);
      } catch {
        continue; // A fixture of a source that cannot be encoded has no TEI to read.
      }
      expect(teiWitnessTokens(built.xml), f).toEqual(witnessTokens(built.cable));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('follow an edit: a word changed, a gap filled, a note added, and the offsets stay those of the JSON edition’s text', () => {
    const xml = buildText(COPY, 'b').xml!;
    const edited = xml.replace('tomorrow', 'to&amp;morrow').replace('<gap reason="illegible"/>', 'authorities').replace('the draft', 'the <note type="editorial">so read</note>draft');
    const before = teiWitnessTokens(xml)!;
    const after = teiWitnessTokens(edited)!;
    expect(before.some((t) => t.kind === 'gap')).toBe(true);
    expect(after.some((t) => t.kind === 'gap')).toBe(false);
    const word = after.find((t) => t.norm === 'tomorrow')!;
    expect(tokenText(word)).toBe('to&morrow.');
    expect(before.flatMap((t) => t.pieces)).not.toContainEqual({ kind: 'note', type: 'editorial', text: 'so read' });
    expect(after.flatMap((t) => t.pieces)).toContainEqual({ kind: 'note', type: 'editorial', text: 'so read' });
    // Offsets count the paragraph's text as the JSON edition gives it: “authorities” is 11 characters, as “[illegible]” was.
    const filled = after.find((t) => t.norm === 'authorities')!;
    const gap = before.find((t) => t.kind === 'gap')!;
    expect([filled.paragraph, filled.start, filled.end]).toEqual([gap.paragraph, gap.start, gap.end]);
  });

  it('give a name the registers know its entry as the key (Darien and Dairen compare as one name)', () => {
    const a = teiWitnessTokens(buildText(ORIGINAL, 'a').xml!)!;
    const b = teiWitnessTokens(buildText(COPY, 'b').xml!)!;
    expect(a.find((t) => t.norm === 'dairen')!.key).toBe(b.find((t) => t.norm === 'darien')!.key);
    expect(a.find((t) => t.norm === 'dairen')!.key).toMatch(/^@/);
  });

  it('are undefined for a TEI that is not well-formed or has no text', () => {
    const xml = buildText(COPY, 'b').xml!;
    expect(teiWitnessTokens(xml.replace('</p>', ''))).toBeUndefined();
    expect(teiWitnessTokens(xml.replace('<p>', '<p><x>'))).toBeUndefined();
    expect(teiWitnessTokens('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>')).toBeUndefined();
  });
});
