import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/index.js';
import { Reporter } from '../src/diagnostics.js';
import { encodeTei } from '../src/encode/tei.js';
import { parseCable } from '../src/ingest/index.js';
import { readRegisters } from '../src/registers.js';
import { proposedEntries, readNameList } from '../src/review.js';
import { loadRng } from '../src/schemas.js';
import { SourceText } from '../src/source.js';
import { ANNOTATOR, ROOT } from './helpers/ingest.js';

/** Annotates a text as a plain cable of 10 July 1945 with the project's registers (and the editors' not-names). */
function annotated(text: string, notNames?: Set<string>) {
  const reporter = new Reporter('t.txt');
  const cable = { ...parseCable(text, 't', reporter), meta: { addressees: [], pages: [], date: { when: '1945-07-10', text: '', source: 'sidecar' as const } } };
  const r = annotate(cable, new SourceText(text), { ...ANNOTATOR, ...(notNames ? { notNames } : {}) }, reporter);
  return { tei: encodeTei(r.cable), proposals: r.counts.proposals };
}

const TEXT = 'He met General Talvorsen and the Ninth Coastal Army. Later Talvorsen spoke of the Hollow Pact Bureau and of Quennick.';

describe('the review file of proposed register entries', () => {
  it('groups every mention of a name no entry claims, by kind, in files valid as registers', async () => {
    const { proposals } = annotated(TEXT);
    expect(proposals.map((p) => [p.name, p.kind, p.line])).toEqual([
      ['Talvorsen', 'person', 1],
      ['Ninth Coastal Army', 'org', 1],
      // Nothing around its second mention types it, but the cable types the name so elsewhere.
      ['Talvorsen', 'person', 1],
      ['Hollow Pact Bureau', 'org', 1],
      ['Quennick', undefined, 1],
    ]);
    const files = proposedEntries([{ file: 'cables/t.txt', proposals }]);
    expect(Object.keys(files).sort()).toEqual(['proposed-orgs.xml', 'proposed-persons.xml', 'proposed-untyped.xml']);
    expect(files['proposed-persons.xml']).toContain('<persName type="reg">Talvorsen</persName>');
    expect(files['proposed-persons.xml']).toMatch(/2 mentions \(cables\/t\.txt:1:16, cables\/t\.txt:1:60\)/);
    expect(files['proposed-untyped.xml']).toContain('Quennick');
    const schema = loadRng(`${ROOT}schema`, 'registers.rng');
    for (const [name, contents] of Object.entries(files)) expect((await readRegisters([{ path: name, contents }], schema)).diagnostics).toEqual([]);
  });

  it('an editor’s “not a name” list keeps a form from being marked or proposed', () => {
    const notNames = readNameList('# forms that are not names\nNinth Coastal Army\n\nQuennick  # a code word\n');
    expect([...notNames]).toEqual(['Ninth Coastal Army', 'Quennick']);
    const { tei, proposals } = annotated(TEXT, notNames);
    expect(proposals.map((p) => p.name)).not.toContain('Ninth Coastal Army');
    expect(proposals.map((p) => p.name)).not.toContain('Quennick');
    expect(tei).not.toContain('<orgName cert="medium" resp="#pipeline">Ninth Coastal Army</orgName>');
    expect(annotated(TEXT).tei).toContain('<orgName cert="medium" resp="#pipeline">Ninth Coastal Army</orgName>');
  });
});
