/** Bad options and bad folder entries are diagnostics, never aborts (issue 10, point 2). */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

const GOOD = join(ROOT, 'cables', `${CABLES[0]}.txt`);

/** A work folder with `in/good.txt`. */
function work(): { dir: string; cables: string } {
  const dir = mkdtempSync(join(tmpdir(), 'folder-'));
  const cables = join(dir, 'in');
  mkdirSync(cables);
  copyFileSync(GOOD, join(cables, 'good.txt'));
  return { dir, cables };
}

describe('build-tei options', () => {
  it('a missing --registers folder is an error in diagnostic form, exit 2, and nothing is written', () => {
    const w = work();
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out', '--registers', 'nope'], w.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nope:1:1 error register:missing no such folder of registers/m);
    expect(existsSync(join(w.dir, 'out'))).toBe(false);
  });

  it('a --registers folder with no register is an error, exit 2, nothing written', () => {
    const w = work();
    mkdirSync(join(w.dir, 'regs'));
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out', '--registers', 'regs'], w.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^regs:1:1 error register:missing no register/m);
    expect(existsSync(join(w.dir, 'out'))).toBe(false);
  });
});

describe('build-tei folder entries', () => {
  it('skips folders, FIFOs, dangling links, symbolic links and undecodable names with a diagnostic each, and builds the rest', () => {
    const w = work();
    mkdirSync(join(w.cables, 'd.txt'));
    execFileSync('mkfifo', [join(w.cables, 'f.txt')]);
    symlinkSync(join(w.dir, 'nowhere.txt'), join(w.cables, 'dangling.txt'));
    writeFileSync(join(w.dir, 'secret'), 'The Ambassador in the Soviet Union (Harriman) to the President\n\nA secret outside the folder.\n');
    symlinkSync(join(w.dir, 'secret'), join(w.cables, 'link.txt'));
    writeFileSync(Buffer.concat([Buffer.from(`${w.cables}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'Some text.\n');
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out'], w.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ok +good/m);
    expect(r.stdout).toMatch(/^in\/d\.txt:1:1 error ingest:not-a-file a folder, not a file; skipped$/m);
    expect(r.stdout).toMatch(/^in\/f\.txt:1:1 error ingest:not-a-file a named pipe \(FIFO\), not a file; skipped$/m);
    expect(r.stdout).toMatch(/^in\/dangling\.txt:1:1 error ingest:symlink /m);
    expect(r.stdout).toMatch(/^in\/link\.txt:1:1 error ingest:symlink a symbolic link; skipped/m);
    expect(r.stdout).toMatch(/^in\/bad%FF%FE\.txt:1:1 error ingest:file-name /m);
    expect(readdirSync(join(w.dir, 'out', 'tei')).filter((n) => n.endsWith('.xml'))).toEqual(['good.xml']);
    expect(existsSync(join(w.dir, 'out', 'dist', 'html', 'index.html'))).toBe(true);
    expect(existsSync(join(w.dir, 'out', 'dist', 'html', 'link.html'))).toBe(false);
  }, 60_000);

  it('follows symbolic links with --follow-symlinks, and says which link is dangling', () => {
    const w = work();
    writeFileSync(join(w.dir, 'other'), 'The Ambassador in the Soviet Union (Harriman) to the President\n\nA cable kept elsewhere.\n');
    symlinkSync(join(w.dir, 'other'), join(w.cables, 'link.txt'));
    symlinkSync(join(w.dir, 'nowhere.txt'), join(w.cables, 'dangling.txt'));
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out', '--follow-symlinks'], w.dir);
    expect(r.stdout).toMatch(/^ok +link/m);
    expect(r.stdout).toMatch(/^in\/dangling\.txt:1:1 error ingest:dangling-link .*ENOENT/m);
    expect(existsSync(join(w.dir, 'out', 'tei', 'link.xml'))).toBe(true);
  }, 60_000);

  it('an output that cannot be written is an output:write error at its path, no temporary file is left, and the rest is built and printed', () => {
    const w = work();
    copyFileSync(GOOD, join(w.cables, 'second.txt'));
    // A folder where the TEI and the page of `good` should go: the rename fails.
    mkdirSync(join(w.dir, 'out', 'tei', 'good.xml', 'x'), { recursive: true });
    mkdirSync(join(w.dir, 'out', 'dist', 'html', 'second.html', 'x'), { recursive: true });
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out'], w.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}out\/tei\/good\.xml:1:1 error output:write cannot write/m);
    expect(r.stdout).toMatch(/^ {2}out\/dist\/html\/second\.html:1:1 error output:write cannot write/m);
    expect(r.stdout).toMatch(/^2 cables: 0 built, 2 failed/m);
    expect(existsSync(join(w.dir, 'out', 'tei', 'second.xml'))).toBe(true);
    expect(existsSync(join(w.dir, 'out', 'dist', 'json', 'second.json'))).toBe(true);
    const leftovers = (readdirSync(join(w.dir, 'out'), { recursive: true }) as string[]).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  }, 60_000);
});
