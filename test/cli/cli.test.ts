import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CABLES, ROOT, PROJECT_WITNESSES } from '../helpers/ingest.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Runs a CLI of the project as `npm run` does: in the project's folder, with INIT_CWD the folder the user typed it in. */
function cli(script: string, args: string[], userCwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: userCwd } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder with its bytes, as a map from path to base64. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const p = join(dir, name);
    if (statSync(p).isFile()) out[name] = readFileSync(p).toString('base64');
  }
  return out;
}

describe('build-tei', () => {
  it('--help says what it does and exits 0', () => {
    const r = cli('cli.ts', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--cables <dir>');
    expect(r.stdout).toContain('--out <dir>');
  });

  it('exits 2 on an unknown option or a missing folder', () => {
    expect(cli('cli.ts', ['--frobnicate']).code).toBe(2);
    for (const jobs of ['0', 'two', '-1', '1.5']) {
      const bad = cli('cli.ts', [`--jobs=${jobs}`, '--out', mkdtempSync(join(tmpdir(), 'out-'))]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`--jobs ${jobs}`);
    }
    for (const args of [['--shard', '3/2'], ['--shard', 'two'], ['--shard', '1/2', '--merge'], ['--merge', '--watch']]) {
      const bad = cli('cli.ts', [...args, '--out', mkdtempSync(join(tmpdir(), 'out-'))]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/--shard|--merge/);
    }
    const r = cli('cli.ts', ['--cables', '/nonexistent/folder', '--out', mkdtempSync(join(tmpdir(), 'out-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });

  it('builds a folder outside the project, and exits 0 when every cable builds', () => {
    const work = mkdtempSync(join(tmpdir(), 'cables-'));
    const cables = join(work, 'in');
    mkdirSync(cables);
    // Two cables that are no other cable's witnesses: their TEI is the committed one (a witness's header names the others, which are not in this folder).
    const two = CABLES.filter((s) => !PROJECT_WITNESSES.links.has(s)).slice(0, 2);
    expect(two).toHaveLength(2);
    for (const stem of two) {
      copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
      if (existsSync(join(ROOT, 'cables', `${stem}.json`))) copyFileSync(join(ROOT, 'cables', `${stem}.json`), join(cables, `${stem}.json`));
    }
    // Two worker threads, as on a two-core machine with a large corpus: the pool under the command line's loader.
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out', '--jobs', '2'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const stem of two) {
      expect(r.stdout).toMatch(new RegExp(`^ok +${stem}`, 'm'));
      expect(readFileSync(join(work, 'out', 'tei', `${stem}.xml`), 'utf8')).toBe(readFileSync(join(ROOT, 'tei', `${stem}.xml`), 'utf8'));
      expect(existsSync(join(work, 'out', 'dist', 'html', `${stem}.html`))).toBe(true);
      expect(existsSync(join(work, 'out', 'dist', 'json', `${stem}.json`))).toBe(true);
    }
    expect(existsSync(join(work, 'out', 'dist', 'html', 'index.html'))).toBe(true);
    expect(existsSync(join(work, 'out', 'dist', 'json', 'edition.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'in'))).toBe(false);
    // A second build gives byte-identical files.
    const before = snapshot(join(work, 'out'));
    expect(cli('cli.ts', ['--cables', 'in', '--out', 'out'], work).code).toBe(0);
    expect(snapshot(join(work, 'out'))).toEqual(before);
  });

  it('builds the good cables of a folder with bad ones, reports the bad ones with their position, and exits 1', () => {
    const work = mkdtempSync(join(tmpdir(), 'cables-'));
    copyFileSync(join(ROOT, 'cables', `${CABLES[0]}.txt`), join(work, 'good.txt'));
    writeFileSync(join(work, 'empty.txt'), '');
    writeFileSync(join(work, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(work, 'latin1.txt'), Buffer.from('Caf\xe9 society.\n', 'latin1'));
    const r = cli('cli.ts', ['--cables', work, '--out', join(work, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ok +good/m);
    expect(r.stdout).toMatch(/^FAIL empty/m);
    expect(r.stdout).toMatch(/empty\.txt:1:1 error ingest:empty/);
    expect(r.stdout).toMatch(/binary\.txt:1:5 error ingest:binary/);
    expect(r.stdout).toMatch(/latin1\.txt:1:4 error ingest:invalid-utf8/);
    expect(existsSync(join(work, 'out', 'tei', 'good.xml'))).toBe(true);
    expect(existsSync(join(work, 'out', 'tei', 'empty.xml'))).toBe(false);
    // The cable that is not UTF-8 is still encoded as far as it can be.
    expect(existsSync(join(work, 'out', 'tei', 'latin1.xml'))).toBe(true);
  });
});

describe('build-tei: the reader of each cable', () => {
  it('names the reader on each cable’s line and, for plain text, what each layout missed; a folder named like a cable fails alone', () => {
    const work = mkdtempSync(join(tmpdir(), 'cables-'));
    const frus = CABLES.find((s) => readFileSync(join(ROOT, 'cables', `${s}.txt`), 'utf8').startsWith('761.93'))!;
    const wilson = CABLES.find((s) => readFileSync(join(ROOT, 'cables', `${s}.txt`), 'utf8').includes('Citation:'))!;
    copyFileSync(join(ROOT, 'cables', `${frus}.txt`), join(work, 'a-frus.txt'));
    copyFileSync(join(ROOT, 'cables', `${wilson}.txt`), join(work, 'b-wilson.txt'));
    writeFileSync(join(work, 'c-plain.txt'), 'Some notes on the talks, in no archive’s layout.\n\nA second paragraph.\n');
    mkdirSync(join(work, 'd-folder.txt'));
    const r = cli('cli.ts', ['--cables', work, '--out', join(work, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ok +a-frus +frus +1945/m);
    expect(r.stdout).toMatch(/^ok +b-wilson +wilson +1945/m);
    expect(r.stdout).toMatch(/^ok +c-plain +plain \(FRUS: no source note[^;]*; Wilson Center: no page date line[^)]*\) +undated/m);
    // A folder is no cable: skipped, with an error at its path (issue 10).
    expect(r.stdout).not.toMatch(/^(ok|FAIL) +d-folder/m);
    expect(r.stdout).toMatch(/d-folder\.txt:1:1 error ingest:not-a-file a folder, not a file; skipped/);
    expect(existsSync(join(work, 'out', 'dist', 'html', 'index.html'))).toBe(true);
  });
});

describe('validate', () => {
  it('exits 0 on the project’s TEI', () => {
    const r = cli('validate-cli.ts', []);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/files checked: \d+ valid, 0 invalid/);
  });

  it('exits 1 and names file and line of an element the schema does not allow', () => {
    const work = mkdtempSync(join(tmpdir(), 'tei-'));
    const xml = readFileSync(join(ROOT, 'tei', `${CABLES[0]}.xml`), 'utf8').replace('<p>', '<p><bogus/>');
    const line = xml.slice(0, xml.indexOf('<bogus/>')).split('\n').length;
    writeFileSync(join(work, 'bad.xml'), xml);
    copyFileSync(join(ROOT, 'tei', `${CABLES[1]}.xml`), join(work, 'good.xml'));
    const r = cli('validate-cli.ts', ['--tei', work]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`bad\\.xml:${line}:\\d+ error tei:rng `));
    expect(r.stdout).not.toMatch(/good\.xml:/);
    expect(r.stdout).toContain('2 files checked: 1 valid, 1 invalid');
  });
});
