import { describe, expect, it } from 'vitest';
import { detectShape } from '../../src/ingest/index.js';
import { isDateTimeGroup, parseSourceNoteLine } from '../../src/ingest/frus.js';
import { partiesOfHead } from '../../src/ingest/common.js';
import { allInline, parse, parseFile } from '../helpers/ingest.js';

describe('FRUS page copies', () => {
  it('recognises the shape by its source-note line', () => {
    expect(detectShape('761.93/8–1145: Telegram\n\nThe Ambassador (Harriman) to the President\n\nText.')).toBe('frus');
    expect(detectShape('Moscow Embassy Files—710 Sino-Soviet Relations: Telegram\n\nHead\n\nText.')).toBe('frus');
    expect(detectShape('Dear Sir: Hello\n\nText.')).toBe('plain');
  });

  it('reads decimal file numbers and archive files from source notes', () => {
    expect(parseSourceNoteLine('761.93/8–1145: Telegram')).toEqual({ file: '761.93/8–1145', docType: 'Telegram' });
    expect(parseSourceNoteLine('740.0011 PW/8–1145: Memorandum')).toEqual({ file: '740.0011 PW/8–1145', docType: 'Memorandum' });
    expect(parseSourceNoteLine('Soong told me: nothing')).toBeUndefined();
    // a full stop after the kind of document is the note's own; after anything else the line is a sentence
    expect(parseSourceNoteLine('890D.01/8–2345: Telegram.')).toEqual({ file: '890D.01/8–2345', docType: 'Telegram' });
    expect(parseSourceNoteLine('Soong told me: nothing.')).toBeUndefined();
    const stopped = parse('890D.01/8–2345: Telegram.\n\nThe Minister in Syria (Wadsworth) to the Secretary of State\n\nText.');
    expect(stopped.cable?.shape).toBe('frus');
    expect(stopped.cable?.meta.date?.when).toBe('1945-08-23');
    expect(stopped.cable?.sourceNote?.text).toBe('890D.01/8–2345: Telegram.');
    const { cable } = parse('740.0011 PW/8–1145: Telegram\n\nThe Secretary of State to the Ambassador in the Soviet Union (Harriman)\n\nText.');
    expect(cable?.sourceNote?.fileNumber).toBe('740.0011 PW/8–1145');
    const archive = parse('Moscow Embassy Files—710 Sino-Soviet Relations: Telegram\n\nHead to Someone\n\nText.');
    expect(archive.cable?.sourceNote?.archiveFile).toBe('Moscow Embassy Files—710 Sino-Soviet Relations');
    expect(archive.cable?.sourceNote?.fileNumber).toBeUndefined();
  });

  it('keeps the source positions of source note and head', () => {
    const { cable } = parse('\n761.93/8–1145: Telegram\n\n  The Ambassador (Harriman) to the President\n\nText.');
    expect(cable?.sourceNote?.position.start).toEqual({ line: 2, column: 1, offset: 1 });
    expect(cable?.head?.position.start).toMatchObject({ line: 4, column: 3 });
  });

  it('reads sender and addressees from the head', () => {
    expect(partiesOfHead('The Ambassador in the Soviet Union (Harriman) to President Truman and the Secretary of State')).toEqual({
      sender: 'Harriman',
      addressees: ['President Truman', 'the Secretary of State'],
    });
    expect(partiesOfHead('The Secretary of State to the Ambassador in the Soviet Union (Harriman)')).toEqual({ sender: 'The Secretary of State', addressees: ['Harriman'] });
    expect(partiesOfHead('Memorandum by the Ambassador in the Soviet Union (Harriman)')).toEqual({ sender: 'Harriman', addressees: [] });
  });

  it('parses opener, telegram number, inline and standalone page breaks, footnotes and signature', () => {
    const { cable, diagnostics } = parseFile('test/fixtures/sources/frus-dateline-notes.txt');
    expect(diagnostics).toEqual([]);
    expect(cable.opener.map((o) => o.type)).toEqual(['editorial', 'classification', 'dateline', 'editorial']);
    expect(cable.meta.date).toMatchObject({ when: '1945-08-11', source: 'dateline' });
    expect(cable.meta.place).toBe('Moscow');
    const first = cable.body[0]!;
    expect(first.type === 'p' && first.children[0]).toMatchObject({ type: 'seg', kind: 'telegram-number', value: '2873.' });
    expect(cable.body.map((b) => b.type)).toEqual(['p', 'editorial', 'pb', 'p']);
    expect(cable.meta.pages).toEqual(['411', '412', '413']); // the text before [Page 412] stands on page 411
    const refs = allInline(cable).filter((n) => n.type === 'noteRef');
    expect(refs.map((r) => r.type === 'noteRef' && r.n)).toEqual(['63', '64']);
    expect(cable.footnotes.map((f) => [f.n, f.referenced])).toEqual([
      ['63', true],
      ['64', true],
    ]);
    expect(cable.closer).toHaveLength(1);
    expect(cable.closer[0]!.children[0]).toMatchObject({ type: 'supplied', value: 'Harriman' });
    expect(allInline(cable).find((n) => n.type === 'supplied')).toMatchObject({ value: 'T.V.' });
  });

  it('starts the page range on the page before the first marker, unless the text starts right at it', () => {
    const head = '761.93/8–1145: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\n';
    expect(parse(`${head}Text on page 378 [Page 379] and on 379.`).cable?.meta.pages).toEqual(['378', '379']);
    expect(parse(`${head}Text.\n\n[Page 968]\n\nMore [Page 969] text.`).cable?.meta.pages).toEqual(['967', '968', '969']);
    // the head stands on the page before: it is text before the marker
    expect(parse(`${head}[Page 412]\n\nText one.`).cable?.meta.pages).toEqual(['411', '412']);
    // the document begins at the top of the page: the marker between source note and head opens the head
    const top = parse('761.93/8–1145: Telegram\n\n[Page 412]\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\nText [Page 413] one.').cable;
    expect(top?.meta.pages).toEqual(['412', '413']);
    expect(top?.head?.children.map((c) => c.type)).toEqual(['pb', 'text']);
    expect(top?.meta.sender).toBe('Harriman');
    // so does a marker before the source note
    const first = parse('[Page 412]\n\n761.93/8–1145: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\nText [Page 413] one.');
    expect(first.diagnostics.map((d) => d.ruleId)).toEqual([]);
    expect(first.cable?.shape).toBe('frus');
    expect(first.cable?.sourceNote?.fileNumber).toBe('761.93/8–1145');
    expect(first.cable?.meta.pages).toEqual(['412', '413']);
    expect(first.cable?.head?.children.map((c) => c.type)).toEqual(['pb', 'text']);
  });

  it('breaks the page inside a word when the marker is glued to it', () => {
    const { cable } = parse('761.93/1–145: Telegram\n\nA (B) to C\n\nin which he was [Page 379]interested and [Page 380] more.');
    const p = cable!.body[0]!;
    expect(p.type === 'p' && p.children.map((n) => (n.type === 'text' ? n.value : n.type === 'pb' ? `|${n.n}|` : n.type))).toEqual(['in which he was ', '|379|', 'interested and ', '|380|', ' more.']);
  });

  it('takes a date-time group apart from a telegram number', () => {
    expect(isDateTimeGroup('111258')).toBe(true);
    expect(isDateTimeGroup('2873')).toBe(false);
    expect(isDateTimeGroup('321299')).toBe(false);
    const { cable } = parseFile('cables/000_fb8a52e7ff6220c4.txt');
    const p = cable.body[0]!;
    expect(p.type === 'p' && p.children[0]).toMatchObject({ type: 'seg', kind: 'dtg', value: '111258.' });
  });

  it('dates a cable by its decimal file number when nothing else dates it', () => {
    const { cable } = parse('761.93/12–1544: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the President\n\nText.');
    expect(cable?.meta.date).toMatchObject({ when: '1944-12-15', source: 'file-number' });
    const undated = parse('Moscow Embassy Files—710: Telegram\n\nThe Ambassador (Harriman) to the President\n\nText.');
    expect(undated.cable?.meta.date).toBeUndefined();
  });

  it('places a footnote standing after the last word of the head', () => {
    const { cable } = parseFile('cables/004_ee78402f5728550e.txt');
    expect(cable.head?.children.at(-1)).toMatchObject({ type: 'noteRef', n: '1' });
    expect(cable.footnotes).toHaveLength(1);
  });

  it('reports a note with no reference and keeps it', () => {
    const { cable, diagnostics } = parse('761.93/1–145: Telegram\n\nA (B) to C\n\nA text with no mark.\n\n  1. An orphan note.');
    expect(cable?.footnotes).toMatchObject([{ n: '1', referenced: false }]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:note-without-reference', line: 7, column: 3 }));
  });

  it('reports a footnote number glued to a word with no note, and keeps the text', () => {
    const { cable, diagnostics } = parse('761.93/1–145: Telegram\n\nA (B) to C\n\nHe came last night63 and left.');
    const p = cable!.body[0]!;
    expect(p.type === 'p' && p.children[0]).toMatchObject({ type: 'text', value: 'He came last night63 and left.' });
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest:reference-without-note', line: 5, column: 19 }));
  });

  it('does not take numbered paragraphs for notes unless they are indented or referenced', () => {
    const { cable } = parse('761.93/1–145: Telegram\n\nA (B) to C\n\nFirst point.\n\n2. Second point with 10 items.');
    expect(cable?.footnotes).toEqual([]);
    expect(cable?.body).toHaveLength(2);
  });
});
