/** The build writes the CSV tables beside the JSON records: a row for every cable, every name marked and every speech in them. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { COLUMNS } from '../../src/tables/index.js';
import { parseCsv } from '../helpers/csv.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('the CSV tables of a build', () => {
  const two = CABLES.filter((s) => s.startsWith('002') || s.startsWith('004'));
  const out = mkdtempSync(join(tmpdir(), 'tables-build-'));
  const json = (name: string): string => join(out, 'dist', 'json', name);
  /** A table's rows as objects keyed by its columns. */
  const rows = (name: keyof typeof COLUMNS): Record<string, string>[] => {
    const [header, ...body] = parseCsv(readFileSync(json(name), 'utf8'));
    expect(header).toEqual(COLUMNS[name]);
    return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };
  let report: BuildReport;

  beforeAll(async () => {
    const cables = mkdtempSync(join(tmpdir(), 'tables-build-cables-'));
    for (const stem of two) copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
    report = await build({ cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist') });
  });

  it('writes cables.csv, mentions.csv and statements.csv beside edition.json, agreeing with the JSON records', () => {
    expect(report.ok).toBe(true);
    expect(['cables.csv', 'mentions.csv', 'statements.csv'].map((n) => existsSync(json(n)))).toEqual([true, true, true]);
    const records = two.map((s) => JSON.parse(readFileSync(json(`${s}.json`), 'utf8')) as { id: string; date: { when: string }; sender: { name: string }; mentions: { id: string; paragraph: string; start: number; surface: string }[]; unidentified: unknown[]; statements: { speaker: string; words: string }[] });
    // by date, as the index: 004 (1944) before 002 (1945)
    expect(rows('cables.csv').map((r) => [r.id, r.date, r.sender_name])).toEqual([...records].reverse().map((r) => [r.id, r.date.when, r.sender.name]));
    const mentions = rows('mentions.csv');
    expect(mentions).toHaveLength(records.reduce((n, r) => n + r.mentions.length + r.unidentified.length, 0));
    const first = records[0]!.mentions[0]!;
    expect(mentions).toContainEqual(expect.objectContaining({ cable: records[0]!.id, id: first.id, block: first.paragraph, start: String(first.start), surface: first.surface }));
    expect(mentions.find((m) => m.id === 'stalin')!.name).toBe('Joseph Stalin');
    const statements = rows('statements.csv');
    expect(statements.map((s) => [s.speaker, s.words])).toEqual([...records].reverse().flatMap((r) => r.statements.map((s) => [s.speaker, s.words])));
  });
});
