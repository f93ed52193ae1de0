import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { encodeTei } from '../../src/encode/tei.js';
import { mapXmllintOutput } from '../../src/validate/rng.js';
import { validateTei } from '../../src/validate/index.js';
import { loadRng } from '../../src/schemas.js';
import { CABLES, parseFile, ROOT } from '../helpers/ingest.js';

const schema = loadRng(`${ROOT}schema`, 'tei-cable.rng');

describe('validation against the profile', () => {
  it('accepts every committed TEI file of the project', async () => {
    const files = CABLES.map((s) => ({ path: `tei/${s}.xml`, contents: readFileSync(`${ROOT}tei/${s}.xml`, 'utf8') }));
    expect(files.length).toBeGreaterThan(0);
    expect(await validateTei(files, schema)).toEqual([]);
  });

  it('accepts what the encoder makes of every fixture', async () => {
    const dir = `${ROOT}test/fixtures/sources`;
    const files = readdirSync(dir).map((n) => ({ path: n, contents: encodeTei(parseFile(`test/fixtures/sources/${n}`).cable) }));
    expect(await validateTei(files, schema)).toEqual([]);
  });

  it('names file, line and column of an element the schema does not allow', async () => {
    const contents = readFileSync(`${ROOT}tei/${CABLES[0]}.xml`, 'utf8').replace(/<p>/, '<p><bogus/>');
    const line = contents.slice(0, contents.indexOf('<bogus/>')).split('\n').length;
    const diagnostics = await validateTei([{ path: 'tei/x.xml', contents }], schema);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: 'tei/x.xml', line, ruleId: 'tei:rng', severity: 'error' });
    expect(diagnostics[0]!.column).toBe(contents.split('\n')[line - 1]!.indexOf('<bogus/>') + 1);
  });

  it('says when a @ref or @who points at no entry of the standOff', async () => {
    const contents = readFileSync(`${ROOT}tei/004_ee78402f5728550e.xml`, 'utf8').replace(/<person xml:id="stalin">[\s\S]*?<\/person>/, '');
    const diagnostics = await validateTei([{ path: 'x.xml', contents }], schema);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.ruleId === 'tei:unresolved-pointer' && /"#stalin"/.test(d.message))).toBe(true);
    expect(diagnostics.some((d) => /@who="#stalin" on <said>/.test(d.message))).toBe(true);
    expect(diagnostics.some((d) => /@ref="#stalin" on <persName>/.test(d.message))).toBe(true);
  });

  it('rejects an attribute value outside the profile', async () => {
    const contents = readFileSync(`${ROOT}tei/${CABLES[0]}.xml`, 'utf8').replace('<div type="cable">', '<div type="chapter">');
    const diagnostics = await validateTei([{ path: 'x.xml', contents }], schema);
    expect(diagnostics.map((d) => d.ruleId)).toContain('tei:rng');
  });

  it('maps a parser error to its line and the column of xmllint’s caret', () => {
    const raw = 'f0.xml:3: parser error : Opening and ending tag mismatch: p line 2 and div\n</div>\n     ^\n';
    expect(mapXmllintOutput(raw, [{ path: 'a.xml', contents: '' }])).toEqual([
      { file: 'a.xml', line: 3, column: 6, severity: 'error', ruleId: 'tei:not-well-formed', message: 'Opening and ending tag mismatch: p line 2 and div' },
    ]);
  });
});

describe('invalid instances and their expected messages (test/fixtures/invalid)', () => {
  const dir = `${ROOT}test/fixtures/invalid`;
  const names = readdirSync(dir).filter((n) => n.endsWith('.xml'));
  it.each(names)('%s', async (name) => {
    const path = `test/fixtures/invalid/${name}`;
    const diagnostics = await validateTei([{ path, contents: readFileSync(`${dir}/${name}`, 'utf8') }], schema);
    const expected = readFileSync(`${dir}/${name.replace(/\.xml$/, '.expected')}`, 'utf8').trim().split('\n');
    expect(diagnostics.map(formatDiagnostic)).toEqual(expected);
  });
});
