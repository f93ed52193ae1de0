import { describe, expect, it } from 'vitest';
import { encodeSource } from '../src/pipeline.js';
import { checkSidecar } from './helpers/ingest.js';

const SOURCE = new TextEncoder().encode('Moscow Embassy Files—710: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\nText of the cable.\n');
const encode = (text: string) => encodeSource({ stem: 'c', file: 'c.txt', bytes: SOURCE, sidecar: { file: 'c.json', text } }, checkSidecar);

describe('sidecars', () => {
  it('supply date, place, sender and addressees, with the editors’ note', () => {
    const r = encode('{"date": "1945-07-03", "place": "Moscow", "addressees": ["Truman"], "note": "From the Wilson Center copy."}');
    expect(r.diagnostics).toEqual([]);
    expect(r.cable?.meta).toMatchObject({ date: { when: '1945-07-03', source: 'sidecar' }, place: 'Moscow', addressees: ['Truman'], editorNote: 'From the Wilson Center copy.' });
    expect(r.xml).toContain('<date when="1945-07-03">3 July 1945</date>');
    expect(r.xml).toContain('<note type="date-source" subtype="sidecar">Date supplied by the editors. From the Wilson Center copy.</note>');
    expect(r.xml).toContain('<placeName>Moscow</placeName>');
  });

  it('leave a cable undated when there is none and nothing dates it', () => {
    const r = encodeSource({ stem: 'c', file: 'c.txt', bytes: SOURCE }, checkSidecar);
    expect(r.cable?.meta.date).toBeUndefined();
    // No date of sending: the only date of the header is the edition's own (publicationStmt).
    expect(r.xml!.slice(r.xml!.indexOf('</publicationStmt>'))).not.toContain('<date ');
  });

  it('that are not JSON are reported at their line and column, and ignored', () => {
    const r = encode('{\n  "date": "1945-07-03",\n  "note": "x",\n}');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'c.json', ruleId: 'sidecar:not-json', severity: 'error', line: 4 })]);
    expect(r.cable?.meta.date).toBeUndefined();
    expect(r.xml).toBeDefined();
  });

  it('that break the schema are reported at the property, and ignored', () => {
    const r = encode('{\n  "note": "x",\n  "date": "3 July 1945"\n}');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'sidecar:schema', line: 3, column: 3 })]);
    expect(r.diagnostics[0]!.message).toMatch(/^\/date must match pattern/);
    expect(r.cable?.meta.date).toBeUndefined();
  });

  it('need a note on their authority, and a date of the calendar', () => {
    expect(encode('{"date": "1945-07-03"}').diagnostics[0]?.message).toMatch(/required property 'note'/);
    expect(encode('{"date": "1945-02-30", "note": "x"}').diagnostics[0]).toMatchObject({ ruleId: 'sidecar:schema', line: 1, column: 2 });
    expect(encode('{"note": "x", "colour": "red"}').diagnostics[0]?.message).toMatch(/must NOT have additional properties/);
  });
  it('may start with a byte order mark, and keep their lines and columns', () => {
    const r = encode('\uFEFF{"date": "1945-07-03", "note": "Saved by Notepad."}');
    expect(r.diagnostics).toEqual([]);
    expect(r.cable?.meta.date?.when).toBe('1945-07-03');
    const bad = encode('\uFEFF{"date": 1945, "note": "x"}');
    expect(bad.diagnostics).toEqual([expect.objectContaining({ ruleId: 'sidecar:schema', line: 1, column: 3 })]);
  });
  it('that carry a DOCTYPE, an entity declaration or an entity reference are refused as tei:doctype at its place, and ignored', () => {
    const r = encode('{"date": "1945-07-03",\n "note": "<!DOCTYPE x [<!ENTITY e SYSTEM \\"file:///etc/passwd\\">]> &e;"}');
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:11 tei:doctype', '2:24 tei:doctype', '2:68 tei:doctype']);
    expect(r.cable?.meta.date).toBeUndefined();
    expect(r.xml).not.toContain('ENTITY');
  });
});
