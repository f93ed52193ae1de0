/** The name matcher's scan finds exactly what its defining regular expression finds, faster. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNOTATOR, ROOT } from '../helpers/ingest.js';

const matcher = ANNOTATOR.matcher;
const reference = matcher.referencePattern();
const byRegex = (text: string): { index: number; form: string }[] => [...text.matchAll(reference)].map((m) => ({ index: m.index!, form: m[0] }));
const byScan = (text: string): { index: number; form: string }[] => [...matcher.matches(text)];

describe('the name matcher', () => {
  it('finds in every cable and fixture what the regular expression finds', () => {
    const texts = [
      ...readdirSync(`${ROOT}cables`).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(`${ROOT}cables/${n}`, 'utf8')),
      ...readdirSync(`${ROOT}test/fixtures/sources`).map((n) => readFileSync(`${ROOT}test/fixtures/sources/${n}`, 'utf8')),
    ];
    let found = 0;
    for (const text of texts) {
      const expected = byRegex(text);
      found += expected.length;
      expect(byScan(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('keeps to the edges the regular expression keeps: longest form first, no letter around, no year glued after', () => {
    const text = 'Stalin1 said; xStalin and Stalins no; Stalin1945 no; President Roosevelt, T. V. Soong. MOLOTOV, Molotov’s';
    expect(byScan(text)).toEqual(byRegex(text));
    expect(byScan(text).map((m) => m.form)).toEqual(expect.arrayContaining(['Stalin', 'President Roosevelt', 'MOLOTOV']));
  });

  it('agrees with it on random mixtures of names, words and signs', () => {
    const pieces = ['Stalin', 'Soong', 'T. V. Soong', 'Chiang Kai-shek', 'Port Arthur', 'Dairen', 'the', ' ', ', ', '.', '1945', '1', 'x', 'é', '𝒜', '—', '[', ']', 'MOSCOW', 'Moscow', 'Outer Mongolia', 'U.S.', 'Secretary of State'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 300 },
    );
  });
});
