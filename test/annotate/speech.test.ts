import { describe, expect, it } from 'vitest';
import { annotateText } from '../helpers/annotate.js';

/** The speech marked in a text: [who, direct, words]. */
function speech(text: string, parties: { sender?: string } = { sender: 'Harriman' }): [string, string, string][] {
  const tei = annotateText(text, '1945-07-10', false, parties);
  const body = tei.slice(tei.indexOf('<text>'));
  const out: [string, string, string][] = [];
  const re = /<said who="#([^"]+)" direct="(true|false)"[^>]*>/g;
  for (const m of body.matchAll(re)) {
    // The element's text, up to its own end tag, nested ones included.
    let depth = 0;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < body.length; i++) {
      if (body.startsWith('<said ', i)) depth++;
      else if (body.startsWith('</said>', i)) {
        if (depth === 0) break;
        depth--;
      }
    }
    out.push([m[1]!, m[2]!, body.slice(start, i).replace(/<[^>]+>/g, '')]);
  }
  return out;
}

describe('reported speech', () => {
  it('holds what the speech verb reports; the reporting clause stays outside', () => {
    expect(speech('Stalin insisted that Dairen be within the zone. Soong maintained that the port should be free.')).toEqual([
      ['stalin', 'false', 'Dairen be within the zone'],
      ['soong', 'false', 'the port should be free'],
    ]);
    expect(speech('Stalin rejected this and insisted that China accept “the existing frontiers”.')).toEqual([
      ['stalin', 'false', 'China accept “the existing frontiers”'],
      ['stalin', 'true', '“the existing frontiers”'],
    ]);
  });

  it('takes adverbs, objects and "to" clauses', () => {
    expect(speech('Stalin, however, proposed that the ports be joint. Stalin told Soong it was important. Molotov agreed to eliminate the word.')).toEqual([
      ['stalin', 'false', 'the ports be joint'],
      ['stalin', 'false', 'it was important'],
      ['molotov', 'false', 'to eliminate the word'],
    ]);
  });

  it('reads "I" as the sender and "he" as the last person named before the sentence', () => {
    expect(speech('Soong called on Stalin. He said that the talks were over. I said that I would report.')).toEqual([
      ['stalin', 'false', 'the talks were over'],
      ['harriman', 'false', 'I would report'],
    ]);
  });

  it('reads "he" as the subject of the clause before it, not the last name in it', () => {
    expect(speech('Molotov then telephoned Stalin, and after a short interval he told me that “the Soviet Government accepts the proposal”.')).toEqual([
      ['molotov', 'true', '“the Soviet Government accepts the proposal”'],
    ]);
  });

  it('hears speech announced by a noun: a threat by, a message from', () => {
    expect(speech('The talk ended with a threat by Stalin advising Soong that he had better agree quickly or “the Communists will get into Manchuria”.')).toEqual([
      ['stalin', 'false', 'he had better agree quickly or “the Communists will get into Manchuria”'],
      ['stalin', 'true', '“the Communists will get into Manchuria”'],
    ]);
  });

  it('does not read "he" from a possessive', () => {
    expect(speech('Stalin agreed to Soong’s proposal that there be a board. He insisted, however, that the manager be Soviet.').map((s) => s[0])).toEqual(['stalin', 'stalin']);
  });

  it('gives a sentence with two speakers two reports', () => {
    expect(speech('Stalin proposed that the railways be Russian, but Soong insisted that they be Chinese.')).toEqual([
      ['stalin', 'false', 'the railways be Russian'],
      ['soong', 'false', 'they be Chinese'],
    ]);
  });

  it('is not a speech verb with no clause', () => {
    expect(speech('Soong told me this morning of his talks. Stalin agreed.')).toEqual([]);
  });
});

describe('direct speech', () => {
  it('is a quotation introduced by a speech verb, its marks inside', () => {
    expect(speech('Stalin was firm. He said “This can be discussed”, and left.')).toEqual([['stalin', 'true', '“This can be discussed”']]);
    expect(speech('Finally Stalin said, "We might see after two years."')).toEqual([['stalin', 'true', '"We might see after two years."']]);
  });

  it('nests in a report whose "that"-clause it is', () => {
    expect(speech('Stalin explained that the Japanese held the ports and that “all outlets were now held by the enemy”.')).toEqual([
      ['stalin', 'false', 'the Japanese held the ports and that “all outlets were now held by the enemy”'],
      ['stalin', 'true', '“all outlets were now held by the enemy”'],
    ]);
  });

  it('inside reported speech, quoted words are the speaker’s own', () => {
    expect(speech('Stalin threatened Soong that if China did not agree the “Inner Mongolian brothers would join Outer Mongolia”.')).toEqual([
      ['stalin', 'false', 'if China did not agree the “Inner Mongolian brothers would join Outer Mongolia”'],
      ['stalin', 'true', '“Inner Mongolian brothers would join Outer Mongolia”'],
    ]);
  });

  it('counts the telegraph’s Quote … Unquote as quotation marks, and a noun of speech whose owner is named', () => {
    expect(speech('Molotov refused again. His comment was Quote We shall see what Warsaw says Unquote.')).toEqual([
      ['molotov', 'true', 'Quote We shall see what Warsaw says Unquote'],
    ]);
    expect(speech('Stalin replied Quote this can wait until the autumn Unquote and turned to Molotov.')).toEqual([
      ['stalin', 'true', 'Quote this can wait until the autumn Unquote'],
    ]);
  });

  it('is not a term under discussion', () => {
    expect(speech('Stalin interpreted “internationalization” as joint control and would drop the word “lease”.')).toEqual([]);
  });

  it('is not marked when no one can be named as its speaker', () => {
    const out = annotateText('The papers said, “The war is over and the peace is won.”', '1945-07-10', true);
    expect(out.tei).not.toContain('<said');
  });
});

describe('speakers’ labels in minutes and records of conversation', () => {
  it('give the rest of the paragraph to the labelled speaker, its last stop included', () => {
    expect(speech('Molotov: We have read the draft and find it acceptable in principle.\n\nMarshal Stalin: Who will guard the railway?\n\nSoong: Chinese troops.')).toEqual([
      ['molotov', 'true', 'We have read the draft and find it acceptable in principle.'],
      ['stalin', 'true', 'Who will guard the railway?'],
      ['soong', 'true', 'Chinese troops.'],
    ]);
  });

  it('are reported speech when the record speaks of the speaker in the third person', () => {
    expect(speech('Molotov: He thought that the question could wait until the next session.\n\nSoong: We agree.')).toEqual([
      ['molotov', 'false', 'He thought that the question could wait until the next session.'],
      ['soong', 'true', 'We agree.'],
    ]);
  });

  it('are not a memorandum’s salutation: one label alone in a text is no minutes', () => {
    expect(speech('Mr. Byrnes: When the delegation arrives the Marshal will expect an agreement at once.\n\nI recommend that we say so.')).toEqual([]);
  });

  it('are only a name and a colon at the start of a paragraph', () => {
    expect(speech('Present: Stalin, Molotov and Soong. The talk began at nine.')).toEqual([]);
    expect(speech('The following were told of it by Molotov: the Chinese delegation and the embassy.')).toEqual([]);
    expect(speech('Copies: Stalin, Molotov.')).toEqual([]);
  });
});
