import { describe, expect, it } from 'vitest';
import { foundIn, rates, scoreCable } from '../../src/eval/score.js';

const TEI = `<TEI><teiHeader><persName ref="#stalin">Stalin</persName></teiHeader><text><body>
<head>The Ambassador (<persName ref="#harriman">Harriman</persName>) to the <persName ref="#truman">President</persName></head>
<p><said who="#stalin" direct="false">the port of <placeName ref="#dalian">Dairen</placeName> be free and “<said who="#stalin" direct="true">“all outlets are held”</said>”</said>.
<persName cert="medium" resp="#pipeline">Wedemeyer</persName> met <persName ref="#soong">Soong</persName> on <date when="1945-07-02">July 2</date>.<note n="1" place="foot">A <persName ref="#deane">Deane</persName> note.</note></p>
</body></text></TEI>`;

describe('the annotation scorer', () => {
  it('reads what the TEI text marks, the header left out', () => {
    const f = foundIn(TEI);
    expect(f.persons).toEqual([
      { text: 'Harriman', id: 'harriman' },
      { text: 'President', id: 'truman' },
      { text: 'Wedemeyer', id: null },
      { text: 'Soong', id: 'soong' },
      { text: 'Deane', id: 'deane' },
    ]);
    expect(f.places).toEqual([{ text: 'Dairen', id: 'dalian' }]);
    expect(f.dates).toEqual([{ text: 'July 2', when: '1945-07-02' }]);
    expect(f.speech.map((s) => [s.who, s.direct])).toEqual([
      ['stalin', false],
      ['stalin', true],
    ]);
  });

  it('counts matches as multisets, and ids that agree', () => {
    const found = foundIn(TEI);
    const gold = {
      persons: [
        { text: 'Harriman', id: 'harriman' },
        { text: 'President', id: 'roosevelt' },
        { text: 'Wedemeyer', id: 'wedemeyer' },
        { text: 'Molotov', id: 'molotov' },
      ],
      places: [{ text: 'Dairen', id: 'dalian' }],
      orgs: [],
      dates: [{ text: 'July 2', when: '1945-07-03' }],
      speech: [{ who: 'stalin', direct: true, words: '“all outlets are held”' }],
    };
    const s = scoreCable(gold, found);
    expect(s.persons).toEqual({ gold: 4, found: 5, matched: 3, rightId: 1 });
    expect(rates(s.persons)).toEqual({ precision: 3 / 5, recall: 3 / 4 });
    expect(s.places).toEqual({ gold: 1, found: 1, matched: 1, rightId: 1 });
    expect(s.dates.matched).toBe(0); // a wrong @when is no match
    expect(s.speech).toEqual({ gold: 1, found: 2, matched: 1 });
    expect(rates(s.orgs)).toEqual({ precision: 1, recall: 1 });
  });
});
