/** Names inside the editors' bracketed remarks (`[Here follows a message in which Stalin …]`) are marked as in the text (issue 9). */
import { describe, expect, it } from 'vitest';
import { validateTei } from '../../src/validate/index.js';
import { loadRng } from '../../src/schemas.js';
import type { Inline } from '../../src/model.js';
import { buildFile, parseFile, ROOT } from '../helpers/ingest.js';
import { missingWords, withoutSigns, words, xmlWords } from '../helpers/words.js';

const PATH = 'test/fixtures/sources/frus-editorial-names.txt';
const schema = loadRng(`${ROOT}schema`, 'tei-cable.rng');

describe('names in editorial notes', () => {
  const built = buildFile(PATH);
  const tei = built.xml;
  const notes = [...tei.slice(tei.indexOf('<text>')).matchAll(/<note type="editorial">([\s\S]*?)<\/note>/g)].map((m) => m[1]!);

  it('marks a person, a place and a full date in an editorial note standing as a block of its own', () => {
    const block = notes.find((n) => n.startsWith('Here follows a message'))!;
    expect(block).toContain('<persName ref="#stalin">Stalin</persName>');
    expect(block).toContain('<placeName ref="#moscow">Moscow</placeName>');
    expect(block).toContain('<date when="1945-09-20">September 20, 1945</date>');
    expect(block).not.toContain('<said');
  });

  it('marks a person in an editorial note inside a paragraph', () => {
    expect(notes.find((n) => n.startsWith('Here follows a list'))).toContain('<persName ref="#molotov">Molotov</persName>');
  });

  it('copies the entries those names point at into the standOff', () => {
    const standOff = tei.slice(tei.indexOf('<standOff>'));
    for (const id of ['stalin', 'molotov', 'moscow']) expect(standOff).toContain(`xml:id="${id}"`);
  });

  it('keeps the source positions of the names it marks', () => {
    const { text } = parseFile(PATH);
    const names: Extract<Inline, { type: 'name' }>[] = [];
    const walk = (nodes: readonly Inline[]): void => {
      for (const n of nodes) {
        if (n.type === 'name') names.push(n);
        if ('children' in n) walk(n.children);
        if ((n.type === 'editorial' || n.type === 'gloss') && n.names) walk(n.names);
      }
    };
    for (const b of built.cable.body) {
      if (b.type === 'p') walk(b.children);
      if (b.type === 'editorial' && b.names) walk(b.names);
    }
    const inNotes = names.filter((n) => ['stalin', 'molotov'].includes(n.ref ?? ''));
    expect(inNotes.map((n) => text.slice(n.position.start.offset, n.position.end.offset))).toEqual(['Stalin', 'Molotov']);
  });

  it('keeps every word and stays valid against the profile', async () => {
    const { text, cable } = parseFile(PATH);
    expect(Object.fromEntries(missingWords(words(withoutSigns(text, cable)), xmlWords(tei)))).toEqual({});
    expect(await validateTei([{ path: 'frus-editorial-names.xml', contents: tei }], schema)).toEqual([]);
  });
});
