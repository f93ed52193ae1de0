import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/ingest/decode.js';
import { classifyBracket } from '../../src/ingest/inline.js';
import { parse } from '../helpers/ingest.js';

describe('bad input', () => {
  it('refuses an empty file with a diagnostic', () => {
    const { cable, diagnostics } = parse('');
    expect(cable).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest:empty', severity: 'error', line: 1, column: 1 })]);
  });

  it('refuses a file of only white space', () => {
    const { cable, diagnostics } = parse(' \n\u00a0\n\t\n');
    expect(cable).toBeNull();
    expect(diagnostics[0]?.ruleId).toBe('ingest:empty');
  });

  it('refuses a binary file, saying where', () => {
    const { cable, diagnostics } = parse(new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x01, 0x02]));
    expect(cable).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest:binary', line: 2, column: 2 })]);
  });

  it('reports invalid UTF-8 at its line and column, and still encodes the rest', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('First line.\n\nSecond caf'), 0xe9, ...new TextEncoder().encode(' line.')]);
    expect(firstInvalidUtf8(bytes)).toBe(23);
    const { cable, diagnostics } = parse(bytes);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:invalid-utf8', severity: 'error', line: 3, column: 11 }));
    expect(cable?.body).toHaveLength(2);
  });

  it('accepts well-formed multi-byte UTF-8 and rejects overlong forms', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Lüshunkou — 旅顺 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1);
  });

  it('reports an unclosed bracket with its position and keeps it as text', () => {
    const { cable, diagnostics } = parse('One paragraph.\n\nThe port of [Dairen will be free.');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:unclosed-bracket', severity: 'warning', line: 3, column: 13 }));
    const p = cable!.body[1]!;
    expect(p.type === 'p' && p.children).toEqual([expect.objectContaining({ type: 'text', value: 'The port of [Dairen will be free.' })]);
  });

  it('says where a bracket opened in one paragraph is closed in a later one, and keeps both as text', () => {
    const { cable, diagnostics } = parse('One paragraph.\n\n[The editors’ note starts here\n\nand ends here.]');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:unclosed-bracket', severity: 'warning', line: 3, column: 1, message: expect.stringContaining('later paragraph (line 5)') }));
    expect(cable!.body).toHaveLength(3);
  });

  it('reports a closing bracket that opens nothing', () => {
    const { diagnostics } = parse('A stray ] here.');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:unopened-bracket', line: 1, column: 9 }));
  });

  it('falls back to plain paragraphs for an unknown format, saying so', () => {
    const { cable, diagnostics } = parse('Just a note.\n\nAnd another, with a supplied wo[r]d.');
    expect(cable?.shape).toBe('plain');
    expect(cable?.body).toHaveLength(2);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:unknown-format', severity: 'warning' }));
  });

  it('warns about a cable of only headers', () => {
    const { cable, diagnostics } = parse('761.93/8–1145: Telegram\n\nThe Ambassador (Harriman) to the President\n');
    expect(cable?.body).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:no-text' }));
  });
});

describe('brackets', () => {
  // [content, char before “[”, char after “]”, word before the bracket, kind]
  it.each([
    ['Page 968', ' ', ' ', 'the', 'pb'],
    ['ILLEGIBLE', ' ', ' ', 'the', 'gap'],
    ['un', ' ', 'd', 'the', 'supplied'],
    ['T.V.', '', ' ', 'the', 'supplied'],
    ['Kai-shek', ' ', ' ', 'Chiang', 'supplied'],
    ['Xinjiang', ' ', ',', 'Sinkiang', 'gloss'],
    ['Lüshunkou District, Dalian', ' ', ',', 'Arthur', 'gloss'],
    ['Here follows text of the reply.', '', '', 'the', 'editorial'],
    ['Paraphrase', '', '', '', 'editorial'],
    ['Moscow,', '', ' ', '', 'supplied'],
    ['Soviet', ' ', ' ', 'the', 'supplied'],
    ['arriman', 'H', '', 'H', 'supplied'],
    ['sic', ' ', ' ', 'the', 'editorial'],
  ] as const)('[%s] is %s', (content, before, after, prevWord, kind) => {
    expect(classifyBracket(content, before, after, prevWord)).toBe(kind);
  });
});
