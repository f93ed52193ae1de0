/** The encoder's hook: a witness's header names the other witnesses of its text and their collation. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTei } from '../../src/encode/tei.js';
import { relationGaps } from '../../src/collate/header.js';
import { loadRng } from '../../src/schemas.js';
import { validateRng } from '../../src/validate/rng.js';
import { buildText, ROOT } from '../helpers/ingest.js';
import { ORIGINAL } from './helpers.js';

const schema = loadRng(join(ROOT, 'schema'), 'tei-cable.rng');
const cable = buildText(ORIGINAL, 'a').cable!;

describe('a witness’s header', () => {
  it('names each other witness (its cable and TEI, and which copy it is) and points at the collation, valid against the profile', async () => {
    const xml = encodeTei(cable, { witnesses: { group: 'a', others: [{ stem: 'b', shape: 'wilson' }, { stem: 'c d', shape: 'frus' }] } });
    const notes = xml.slice(xml.indexOf('<notesStmt>'), xml.indexOf('</notesStmt>'));
    expect(notes.match(/<relatedItem type="witness">/g)).toHaveLength(2);
    expect(notes).toContain('<idno type="cable">b</idno>');
    expect(notes).toContain('<ref target="b.xml">The copy in the Wilson Center Digital Archive of the same text</ref>');
    expect(notes).toContain('<ref target="c%20d.xml">The copy printed in Foreign Relations of the United States of the same text</ref>');
    expect(notes).toContain('<relatedItem type="collation" target="collations/a.xml"/>');
    expect(await validateRng([{ path: 'a.xml', contents: xml }], schema)).toEqual([]);
  });

  it('says nothing of witnesses when there are none, and is otherwise the same document', () => {
    const plain = encodeTei(cable);
    expect(plain).not.toContain('relatedItem');
    const withWitnesses = encodeTei(cable, { witnesses: { group: 'a', others: [{ stem: 'b', shape: 'plain' }] } });
    expect(withWitnesses.replace(/\s*<notesStmt>[\s\S]*?<\/notesStmt>/, '')).toBe(plain.replace(/\s*<notesStmt>[\s\S]*?<\/notesStmt>/, ''));
    expect(withWitnesses).toContain('Another copy of the same text');
  });

  it('the profile refuses a relatedItem of another type', async () => {
    const xml = encodeTei(cable, { witnesses: { group: 'a', others: [{ stem: 'b', shape: 'wilson' }] } }).replace('relatedItem type="witness"', 'relatedItem type="copy"');
    expect((await validateRng([{ path: 'a.xml', contents: xml }], schema)).map((d) => d.ruleId)).toContain('tei:rng');
  });
});

describe('a witness’s header as an editor left it', () => {
  const links = { group: 'a', others: [{ stem: 'b', shape: 'wilson' }, { stem: 'c', shape: 'frus' }] };
  const xml = encodeTei(cable, { witnesses: links });

  it('lacks nothing when it is as the build wrote it', () => {
    expect(relationGaps(xml, links)).toEqual({ missing: [], stale: [] });
  });

  it('lacks each relation an editor removed, and names a witness that is no longer one', () => {
    const edited = xml.replace(/<relatedItem type="witness">(?:(?!<\/relatedItem>)[\s\S])*?<idno type="cable">c<\/idno>[\s\S]*?<\/relatedItem>/, '').replace('collations/a.xml', 'collations/old.xml');
    const gaps = relationGaps(edited, { ...links, others: [...links.others, { stem: 'd', shape: 'plain' }] })!;
    expect(gaps.missing.map((m) => m.witness ?? 'collation')).toEqual(['c', 'd', 'collation']);
    expect(gaps.stale).toEqual([]);
    expect(relationGaps(xml, { group: 'a', others: [{ stem: 'b', shape: 'wilson' }] })!.stale).toEqual(['c']);
  });
});
