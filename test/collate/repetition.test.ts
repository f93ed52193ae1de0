/** Repetitions within one witness (a copyist's dittography): found, marked with a note naming the first occurrence, never removed. */
import { describe, expect, it } from 'vitest';
import { findRepetitions, MIN_WORDS } from '../../src/collate/repetition.js';
import { buildText } from '../helpers/ingest.js';

const PASSAGE = 'the warehouses should be open to the shipping of every nation under the same terms as before';

describe('repetitions', () => {
  it('finds a run of words written twice in a row, and where each occurrence starts', () => {
    const words = `he said that ${PASSAGE} ${PASSAGE} and left`.split(' ');
    const n = PASSAGE.split(' ').length;
    expect(findRepetitions(words)).toEqual([[3, 3 + n, n]]);
  });

  it('does not count parallel clauses, formulas or a repetition far from the first', () => {
    expect(findRepetitions('that the ownership of the railroads should be ours and that the ownership of the railroads should be theirs'.split(' '))).toEqual([]);
    const far = `${PASSAGE} ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} ${PASSAGE}`.split(' ');
    expect(findRepetitions(far)).toEqual([]);
    expect(MIN_WORDS).toBeGreaterThanOrEqual(10);
  });

  it('marks the second occurrence as seg type="repetition" with a note naming the first, and keeps every word', () => {
    const text = `The delegate insisted that the warehouses should be open to the shipping of every nation under the same terms as before the warehouses should be open to the shipping of every nation under the same terms as before the war.`;
    const r = buildText(text);
    const body = r.xml!.slice(r.xml!.indexOf('<body>'));
    expect(body).toContain(`as before <seg type="repetition">the warehouses should be open to the shipping of every nation under the same terms as before</seg><note type="editorial">Repetition: these 17 words stand twice in the source (a copyist's dittography); the first time just before, in paragraph 1, from “the warehouses should be” to “same terms as before”. Kept as the source has them.</note> the war.`);
    expect(body.match(/the warehouses should be open/g)).toHaveLength(2);
    expect(r.diagnostics.filter((d) => d.ruleId === 'collate:repetition').map((d) => [d.severity, d.line, d.column])).toEqual([['info', 1, 121]]);
  });

  it('leaves a cable without repetitions as it was', () => {
    const r = buildText('The delegate called this morning. He said nothing new.');
    expect(r.xml).not.toContain('seg type="repetition"');
    expect(r.diagnostics.filter((d) => d.ruleId === 'collate:repetition')).toEqual([]);
  });
});
