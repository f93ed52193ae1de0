import { describe, expect, it } from 'vitest';
import { encodeSource } from '../src/pipeline.js';
import { runStylesheet } from '../src/transform/run.js';
import { checkSidecar } from './helpers/ingest.js';
import { compiledSheets } from './helpers/sheets.js';

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

  it('give a FRUS cable the page of its archive, which its text lacks: in the TEI, the JSON and a link of its page', () => {
    const url = 'https://history.state.gov/historicaldocuments/frus1945v07/d1';
    const r = encode(`{"url": "${url}", "note": "The Office of the Historian's page of this document."}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.xml).toMatch(new RegExp(`<bibl type="frus">[^]*<ref target="${url}">${url}</ref>\\s*</bibl>`));
    const { html, json } = compiledSheets('html', 'json');
    const page = runStylesheet(html, r.xml!, 'c.xml');
    expect(page.output).toContain(`<a href="${url}" class="archive-link">The archive’s page</a>`);
    expect(JSON.parse(runStylesheet(json, r.xml!, 'c.xml').output!).source).toMatchObject({ type: 'frus', url });
    // without it, no link; and an address that is not http(s) is refused by the schema, the sidecar ignored
    expect(runStylesheet(html, encode('{"note": "x"}').xml!, 'c.xml').output).not.toContain('archive-link');
    const refused = encode('{"url": "javascript:alert(1)", "note": "x"}');
    expect(refused.diagnostics).toEqual([expect.objectContaining({ ruleId: 'sidecar:schema' })]);
    expect(refused.xml).not.toContain('javascript:');
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
