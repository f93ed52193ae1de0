/** Names are safe: one mapping from a stem to a file name, an xml:id and a URL (issue 10, point 3). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameProblems, outputNames } from '../../src/build/outputs.js';
import { cli } from '../helpers/cli.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('outputNames', () => {
  it('keeps the project’s stems and escapes everything outside letters, digits, _ - . as ~XX (UTF-8 bytes)', () => {
    expect(outputNames('000_fb8a52e7ff6220c4')).toEqual({ name: '000_fb8a52e7ff6220c4', id: 'c000_fb8a52e7ff6220c4', href: '000_fb8a52e7ff6220c4.html' });
    expect(outputNames('javascript:alert(1)').name).toBe('javascript~3Aalert~281~29');
    expect(outputNames('a b#c?d%e').name).toBe('a~20b~23c~3Fd~25e');
    expect(outputNames('café~').name).toBe('caf~C3~A9~7E');
    expect(outputNames('..').name).toBe('~2E.');
    expect(outputNames('ctl\u0001').name).toBe('ctl~01');
    expect(outputNames('javascript:alert(1)').id).toBe('javascript.3Aalert.281.29');
    expect(outputNames('javascript:alert(1)').href).toBe('javascript~3Aalert~281~29.html');
  });

  it('a corpus page’s name and names that collide (ignoring case, or by xml:id) are errors at every source concerned', () => {
    const problems = nameProblems(['index', 'Edition', 'x', 'X', 'a:b', 'a.3Ab', 'ok'].map((stem) => ({ stem, file: `${stem}.txt` })));
    expect([...problems.entries()].map(([i, d]) => `${i} ${d.ruleId}`).sort()).toEqual([
      '0 output:reserved-name',
      '1 output:reserved-name',
      '2 output:name-collision',
      '3 output:name-collision',
      '4 output:name-collision',
      '5 output:name-collision',
    ]);
    expect(problems.get(3)!.message).toContain('x.txt');
    // The search page (issue 12) is a corpus page too.
    expect(nameProblems([{ stem: 'Search', file: 'Search.txt' }]).get(0)?.ruleId).toBe('output:reserved-name');
  });

  it('the timeline’s and the map’s names are corpus pages’ too', () => {
    const problems = nameProblems(['Timeline', 'map', 'maps'].map((stem) => ({ stem, file: `${stem}.txt` })));
    expect([...problems.entries()].map(([i, d]) => `${i} ${d.ruleId}`)).toEqual(['0 output:reserved-name', '1 output:reserved-name']);
  });
});

describe('the edition of hostile file names', () => {
  it('holds no live link, only relative, percent-encoded links that resolve; reserved and colliding names are errors; edition.json is valid', () => {
    const work = mkdtempSync(join(tmpdir(), 'names-'));
    const cables = join(work, 'in');
    mkdirSync(cables);
    const stems = ['javascript:alert(1)', 'a b#c?d%e', 'ctl\u0001', 'line\nfeed', 'index', 'persons', 'Same', 'same'];
    for (const s of stems) copyFileSync(join(ROOT, 'cables', `${CABLES[0]}.txt`), join(cables, `${s}.txt`));
    const r = cli('cli.ts', ['--cables', 'in', '--out', 'out'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ok +javascript~3Aalert~281~29 /m);
    expect(r.stdout).toMatch(/^ok +a~20b~23c~3Fd~25e /m);
    expect(r.stdout).toMatch(/^ {2}in\/index\.txt:1:1 error output:reserved-name /m);
    expect(r.stdout).toMatch(/^ {2}in\/persons\.txt:1:1 error output:reserved-name /m);
    expect(r.stdout).toMatch(/^ {2}in\/Same\.txt:1:1 error output:name-collision /m);
    expect(r.stdout).toMatch(/^ {2}in\/same\.txt:1:1 error output:name-collision /m);
    expect(r.stdout).toContain('in/ctl\\x01.txt:1:1 warning ingest:control-character a character XML cannot hold (U+0001) in the file name is removed');
    // A line feed in a file name does not split a diagnostic over two lines.
    expect(r.stdout).toContain('  in/line\\x0Afeed.txt:7:420 info annotate:candidate');
    expect(r.stdout).not.toMatch(/json:schema|xslt:/);
    const html = join(work, 'out', 'dist', 'html');
    expect(readdirSync(join(work, 'out', 'tei')).filter((n) => n.endsWith('.xml')).sort()).toEqual(['a~20b~23c~3Fd~25e.xml', 'ctl~01.xml', 'javascript~3Aalert~281~29.xml', 'line~0Afeed.xml']);
    // The corpus pages are the build's own.
    expect(readFileSync(join(html, 'persons.html'), 'utf8')).toContain('<h1');
    for (const page of readdirSync(html).filter((n) => n.endsWith('.html'))) {
      const text = readFileSync(join(html, page), 'utf8');
      for (const [, href] of text.matchAll(/href="([^"]*)"/g)) {
        if (href!.startsWith('#') || href!.startsWith('https://')) continue;
        expect(href, `${page}: ${href}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        const path = decodeURIComponent(href!.split('#')[0]!);
        expect(existsSync(join(html, path)), `${page}: ${href}`).toBe(true);
      }
    }
    const edition = JSON.parse(readFileSync(join(work, 'out', 'dist', 'json', 'edition.json'), 'utf8')) as { cables: { id: string }[] };
    expect(edition.cables.map((c) => c.id).sort()).toEqual(['a~20b~23c~3Fd~25e', 'ctl~01', 'javascript~3Aalert~281~29', 'line~0Afeed']);
  }, 90_000);
});
