/** The CSV tables: RFC 4180 fields and lines, one row per cable, per name marked and per speech, read from the cables' JSON records. */
import { describe, expect, it } from 'vitest';
import { COLUMNS, csvField, csvTables, type TableRecord } from '../../src/tables/index.js';
import { parseCsv } from '../helpers/csv.js';

/** A made-up cable's record (no archive's words). */
const record: TableRecord = {
  id: 'x1',
  uri: 'urn:test:cable:x1',
  title: 'A to B, 1 May 1945',
  files: { json: 'x1.json', html: '../html/x1.html', tei: '../../tei/x1.xml' },
  provenance: { source: 'x1.txt', sha256: 'ab'.repeat(32) },
  source: { type: 'frus', fileNumber: '1.2/3', archive: null, collection: null, url: null, pages: ['10', '11'] },
  date: { when: '1945-05-01', source: 'dateline' },
  place: { id: 'city', name: 'City', wording: 'CITY' },
  sender: { id: 'a', name: 'Anne A', wording: 'A' },
  addressees: [{ id: 'b', name: 'Bob B', wording: 'the Chief' }, { id: null, name: null, wording: 'C, "the other"' }],
  classification: 'secret',
  mentions: [{ id: 'a', type: 'person', paragraph: 'p1', start: 0, end: 1, surface: 'A' }, { id: 'city', type: 'place', paragraph: 'p1', start: 8, end: 12, surface: 'City,\nnorth' }],
  unidentified: [{ type: 'org', cert: 'low', paragraph: 'p2', start: 3, end: 9, surface: 'Board' }],
  statements: [{ speaker: 'a', direct: true, words: '“We agree, “ours”.”', paragraph: 'p1', start: 14, end: 33 }],
};
const names = { person: new Map([['a', 'Anne A']]), place: new Map([['city', 'City']]) };

describe('csvField', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes, and leaves others as they are', () => {
    expect([csvField('plain'), csvField('a, b'), csvField('say "no"'), csvField('two\nlines'), csvField('cr\r'), csvField(null), csvField(undefined), csvField(12), csvField(false)]).toEqual(
      ['plain', '"a, b"', '"say ""no"""', '"two\nlines"', '"cr\r"', '', '', '12', 'false'],
    );
  });
});

describe('csvTables', () => {
  const tables = csvTables([record, { id: 'x2', title: 'Undated' }], names);

  it('gives cables.csv a header and one row a cable, its parties joined in order, its pages first and last', () => {
    const [header, ...rows] = parseCsv(tables['cables.csv']);
    expect(header).toEqual(COLUMNS['cables.csv']);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({ id: 'x1', date: '1945-05-01', place_id: 'city', sender_name: 'Anne A', addressee_ids: 'b; ', addressee_wordings: 'the Chief; C, "the other"', first_page: '10', last_page: '11', source_file: 'x1.txt', sha256: 'ab'.repeat(32), tei: '../../tei/x1.xml' });
    // a record with little in it has empty fields, not "null" or "undefined"
    expect(rows[1]!.filter((f) => f !== '')).toEqual(['x2', 'Undated']);
  });

  it('gives mentions.csv a row for every name, the unidentified with their certainty and no id, and statements.csv one a speech', () => {
    const [mh, ...mentions] = parseCsv(tables['mentions.csv']);
    expect(mh).toEqual(COLUMNS['mentions.csv']);
    expect(mentions).toEqual([
      ['x1', 'a', 'Anne A', 'person', '', 'p1', '0', '1', 'A'],
      ['x1', 'city', 'City', 'place', '', 'p1', '8', '12', 'City,\nnorth'],
      ['x1', '', '', 'org', 'low', 'p2', '3', '9', 'Board'],
    ]);
    const [sh, ...statements] = parseCsv(tables['statements.csv']);
    expect(sh).toEqual(COLUMNS['statements.csv']);
    expect(statements).toEqual([['x1', 'a', 'Anne A', 'true', 'p1', '14', '33', '“We agree, “ours”.”']]);
  });

  it('ends every line with CRLF, the header alone when there is no row', () => {
    const empty = csvTables([]);
    expect(empty['statements.csv']).toBe(`${COLUMNS['statements.csv'].join(',')}\r\n`);
    expect(tables['mentions.csv'].split('\r\n')).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
  });
});
