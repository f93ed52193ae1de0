/** Only characters XML allows reach any output (issue 10, point 4). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeSource } from '../src/pipeline.js';
import { readRegisters } from '../src/registers.js';
import { loadRng } from '../src/schemas.js';
import { validateTei } from '../src/validate/index.js';
import { xmlChars } from '../src/xmlchars.js';
import { checkSidecar, ROOT } from './helpers/ingest.js';

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const SOURCE = 'Moscow Embassy Files—710: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\nText \u0001of the\u000b cable.\n';
const teiSchema = loadRng(`${ROOT}schema`, 'tei-cable.rng');

describe('the XML character filter', () => {
  it('removes C0 controls, U+FFFE/U+FFFF and lone surrogates, keeps tab, line feed, pairs, and says where', () => {
    expect(xmlChars('a\tb\nc')).toEqual({ text: 'a\tb\nc', removed: [] });
    expect(xmlChars('a\u0000b\u0001c\uffffd\ud800e😀')).toEqual({
      text: 'abcde😀',
      removed: [
        { offset: 1, code: 'U+0000' },
        { offset: 3, code: 'U+0001' },
        { offset: 5, code: 'U+FFFF' },
        { offset: 7, code: 'U+D800' },
      ],
    });
  });

  it('a source’s forbidden characters are each reported at their line and column and left out of the TEI', () => {
    const r = encodeSource({ stem: 'c', file: 'c.txt', bytes: new TextEncoder().encode(SOURCE) }, checkSidecar);
    const found = r.diagnostics.filter((d) => d.ruleId === 'ingest:control-character');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '5:6 a character XML cannot hold (U+0001) in the source is removed',
      '5:13 a character XML cannot hold (U+000B) in the source is removed',
    ]);
    expect(r.xml).toContain('Text of the cable.');
    expect(r.xml).not.toMatch(FORBIDDEN);
  });

  it('a sidecar’s forbidden characters (\\u0001, \\u0000) are reported at the property and never reach the TEI, which stays valid', async () => {
    const sidecar = '{\n  "date": "1945-07-03",\n  "note": "From the Wilson\\u0001 Center copy.\\u0000",\n  "addressees": ["Tru\\u0002man"]\n}';
    const r = encodeSource({ stem: 'c', file: 'c.txt', bytes: new TextEncoder().encode('Text.\n'), sidecar: { file: 'c.json', text: sidecar } }, checkSidecar);
    const found = r.diagnostics.filter((d) => d.ruleId === 'ingest:control-character');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'c.json:3:3 a character XML cannot hold (U+0001) in /note is removed',
      'c.json:3:3 a character XML cannot hold (U+0000) in /note is removed',
      'c.json:4:3 a character XML cannot hold (U+0002) in /addressees/0 is removed',
    ]);
    expect(r.cable?.meta.editorNote).toBe('From the Wilson Center copy.');
    expect(r.xml).not.toMatch(FORBIDDEN);
    expect(await validateTei([{ path: 'c.xml', contents: r.xml! }], teiSchema)).toEqual([]);
  });

  it('a register cannot carry one either: a character reference to U+0001 is not well-formed', async () => {
    const dir = `${ROOT}tei/authority`;
    const files = readdirSync(dir).filter((n) => n.endsWith('.xml')).sort().map((n) => ({ path: n, contents: readFileSync(`${dir}/${n}`, 'utf8') }));
    const bad = files.map((f) => (f.path === 'places.xml' ? { ...f, contents: f.contents.replace('<placeName>Harbin</placeName>', '<placeName>Har&#1;bin</placeName>') } : f));
    const { registers, diagnostics } = await readRegisters(bad, loadRng(`${ROOT}schema`, 'registers.rng'));
    expect(registers).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'places.xml', ruleId: 'register:not-well-formed' });
  });
});
