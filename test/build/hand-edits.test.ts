/** Editors' work survives (issue 10, point 1) and the edition is exactly its sources (point 5). */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines, teiState, fingerprint } from '../../src/build/manifest.js';
import { XML_MODEL } from '../../src/encode/tei.js';
import { cli } from '../helpers/cli.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

/** A work folder with two cables, `in/a.txt` and `in/b.txt`, built once into `out/`. */
function built(): { dir: string; tei: (n: string) => string; build: (...args: string[]) => ReturnType<typeof cli> } {
  const dir = mkdtempSync(join(tmpdir(), 'edits-'));
  mkdirSync(join(dir, 'in'));
  copyFileSync(join(ROOT, 'cables', `${CABLES[0]}.txt`), join(dir, 'in', 'a.txt'));
  copyFileSync(join(ROOT, 'cables', `${CABLES[4]}.txt`), join(dir, 'in', 'b.txt'));
  const build = (...args: string[]) => cli('cli.ts', ['--cables', 'in', '--out', 'out', ...args], dir);
  expect(build().code).toBe(0);
  return { dir, tei: (n) => join(dir, 'out', 'tei', n), build };
}

/** An editor's correction: a word of the text changed, and a change entry of their own. */
function edit(xml: string): string {
  const body = xml.indexOf('<body>');
  const at = xml.indexOf(' the ', xml.indexOf('<p>', body));
  return `${xml.slice(0, at)} THE-EDITED ${xml.slice(at + 5)}`
    .replace('<revisionDesc>', '<revisionDesc>\n      <change when="2026-11-23" who="#pipeline">Corrected a word by hand.</change>');
}

describe('the build manifest', () => {
  it('tells an absent, identical, generated and hand-edited TEI apart', () => {
    const entry = { source: 's', tei: fingerprint('old') };
    expect(teiState(undefined, 'new', entry)).toBe('absent');
    expect(teiState('new', 'new', entry)).toBe('same');
    expect(teiState('old', 'new', entry)).toBe('generated');
    expect(teiState('edited', 'new', entry)).toBe('hand-edited');
    expect(teiState('old', 'new', undefined)).toBe('hand-edited');
  });

  it('shows what changed, line by line', () => {
    expect(changedLines('a\nb\nc\nd', 'a\nB\nc\nd\ne')).toEqual(['- 2: b', '+ 2: B', '+ 5: e']);
    expect(changedLines('1\n2\n3\n4\n5', '1\nx\n3\n5\ny')).toEqual(['- 2: 2', '+ 2: x', '- 4: 4', '+ 5: y']);
    expect(changedLines('a', 'a')).toEqual([]);
    const long = `<p>${'word '.repeat(100)}end</p>`;
    expect(changedLines(long, long.replace('end', 'END'))).toEqual([expect.stringMatching(/^- 1: …[a-z ]{140,} end<\/p>$/), expect.stringMatching(/^\+ 1: …[a-z ]{140,} END<\/p>$/)]);
  });
});

describe('hand edits', () => {
  it('generated TEI names its schema for editors, records its generation, and the manifest records it', () => {
    const w = built();
    const xml = readFileSync(w.tei('a.xml'), 'utf8');
    expect(xml.split('\n')[1]).toBe(XML_MODEL);
    expect(xml).toContain('<change who="#pipeline" type="generated">Generated from the plain-text source a.txt');
    const manifest = JSON.parse(readFileSync(w.tei('build-manifest.json'), 'utf8')) as { cables: Record<string, { tei: string }> };
    expect(Object.keys(manifest.cables)).toEqual(['a', 'b']);
    expect(manifest.cables.a!.tei).toBe(fingerprint(xml));
  }, 60_000);

  it('survive any number of builds, are validated and published; a source changed since is a conflict; --reencode makes the file again, keeps the edit beside it and shows what changed', () => {
    const w = built();
    const edited = edit(readFileSync(w.tei('a.xml'), 'utf8'));
    expect(edited).toContain('THE-EDITED');
    writeFileSync(w.tei('a.xml'), edited);
    for (let i = 0; i < 2; i++) {
      const r = w.build();
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^ {2}out\/tei\/a\.xml:1:1 info tei:hand-edited edited by hand since the build wrote it: kept as it stands/m);
      expect(r.stdout).not.toMatch(/tei:conflict/);
      expect(readFileSync(w.tei('a.xml'), 'utf8')).toBe(edited);
      expect(readFileSync(join(w.dir, 'out', 'dist', 'html', 'a.html'), 'utf8')).toContain('THE-EDITED');
      expect(readFileSync(join(w.dir, 'out', 'dist', 'json', 'a.json'), 'utf8')).toContain('THE-EDITED');
    }
    // The source changes after the edit: said, and the edit kept.
    appendFileSync(join(w.dir, 'in', 'a.txt'), '\nA paragraph added to the source.\n');
    const conflict = w.build();
    expect(conflict.stdout).toMatch(/^ {2}out\/tei\/a\.xml:1:1 warning tei:conflict the source changed after this file was edited by hand/m);
    expect(readFileSync(w.tei('a.xml'), 'utf8')).toBe(edited);
    // Made again on purpose.
    const again = w.build('--reencode', 'a');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ {2}out\/tei\/a\.xml:1:1 info tei:reencoded .*kept as out\/tei\/a\.xml\.edited/m);
    expect(again.stdout).toMatch(/^ {4}- \d+: .*THE-EDITED/m);
    expect(again.stdout).toMatch(/^ {4}\+ \d+: .*A paragraph added to the source\./m);
    expect(readFileSync(w.tei('a.xml.edited'), 'utf8')).toBe(edited);
    expect(readFileSync(w.tei('a.xml'), 'utf8')).not.toContain('THE-EDITED');
    const quiet = w.build();
    expect(quiet.stdout).not.toMatch(/tei:hand-edited|tei:conflict|tei:reencoded/);
  }, 120_000);

  it('are kept and published even when the source can no longer be encoded', () => {
    const w = built();
    const edited = edit(readFileSync(w.tei('a.xml'), 'utf8'));
    writeFileSync(w.tei('a.xml'), edited);
    writeFileSync(join(w.dir, 'in', 'a.txt'), '');
    rmSync(join(w.dir, 'out', 'dist', 'html', 'a.html'));
    const r = w.build();
    expect(r.stdout).toMatch(/^ {2}in\/a\.txt:1:1 error ingest:empty /m);
    expect(r.stdout).toMatch(/^ {2}out\/tei\/a\.xml:1:1 info tei:hand-edited /m);
    expect(r.stdout).toMatch(/^ {2}out\/tei\/a\.xml:1:1 warning tei:conflict the source changed/m);
    expect(readFileSync(w.tei('a.xml'), 'utf8')).toBe(edited);
    expect(readFileSync(join(w.dir, 'out', 'dist', 'html', 'a.html'), 'utf8')).toContain('THE-EDITED');
  }, 90_000);

  it('a hand edit that breaks the schema is reported and not published; --reencode of no such cable is a usage error', () => {
    const w = built();
    writeFileSync(w.tei('a.xml'), readFileSync(w.tei('a.xml'), 'utf8').replace('<p>', '<p><bogus/>'));
    rmSync(join(w.dir, 'out', 'dist', 'html', 'a.html'));
    const r = w.build();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}out\/tei\/a\.xml:\d+:\d+ error tei:rng /m);
    expect(existsSync(join(w.dir, 'out', 'dist', 'html', 'a.html'))).toBe(false);
    const bad = w.build('--reencode', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^in:1:1 error tei:reencode --reencode nope: no cable of that name here/m);
  }, 90_000);
});

describe('the edition is exactly its sources', () => {
  it('outputs of a deleted cable are removed and said so; a hand-edited TEI without source is kept with a warning; validate checks sources', () => {
    const w = built();
    writeFileSync(w.tei('a.xml'), edit(readFileSync(w.tei('a.xml'), 'utf8')));
    // Before the build, validate sees a generated TEI whose source is gone.
    rmSync(join(w.dir, 'in', 'b.txt'));
    rmSync(join(w.dir, 'in', 'a.txt'));
    const v = cli('validate-cli.ts', ['--tei', 'out/tei', '--cables', 'in'], w.dir);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^out\/tei\/b\.xml:1:1 error tei:no-source /m);
    expect(v.stdout).not.toMatch(/a\.xml.*tei:no-source/);
    copyFileSync(join(ROOT, 'cables', `${CABLES[1]}.txt`), join(w.dir, 'in', 'c.txt'));
    const r = w.build();
    expect(r.stdout).toMatch(/^out\/tei\/b\.xml:1:1 info output:removed /m);
    expect(r.stdout).toMatch(/^out\/dist\/html\/b\.html:1:1 info output:removed /m);
    expect(r.stdout).toMatch(/^out\/dist\/json\/b\.json:1:1 info output:removed /m);
    expect(r.stdout).toMatch(/^out\/tei\/a\.xml:1:1 warning tei:no-source no source a\.txt; kept, as it was edited by hand/m);
    expect(existsSync(w.tei('b.xml'))).toBe(false);
    expect(existsSync(join(w.dir, 'out', 'dist', 'html', 'b.html'))).toBe(false);
    expect(existsSync(w.tei('a.xml'))).toBe(true);
    const manifest = JSON.parse(readFileSync(w.tei('build-manifest.json'), 'utf8')) as { cables: Record<string, unknown> };
    expect(Object.keys(manifest.cables)).toEqual(['a', 'c']);
    expect(cli('validate-cli.ts', ['--tei', 'out/tei', '--cables', 'in'], w.dir).stdout).not.toMatch(/tei:no-source/);
  }, 120_000);
});
