/** The build writes the search's files with the corpus pages, every run: the same bytes when nothing changed, the new words when a cable changed. */
import MiniSearch from 'minisearch';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { searchOptions, type SearchData } from '../../src/search/index.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

describe('the search files of a build', () => {
  let cables: string;
  let out: string;
  const two = CABLES.slice(0, 2) as [string, string];
  const run = (): Promise<BuildReport> => build({ cablesDir: cables, teiDir: join(out, 'tei'), distDir: join(out, 'dist') });
  const html = (name: string): string => join(out, 'dist', 'html', name);
  /** The data search-index.js sets, run as the page runs it. */
  const loaded = (): SearchData => {
    const context: { CABLES_SEARCH?: SearchData } = {};
    runInNewContext(readFileSync(html('search-index.js'), 'utf8'), context);
    return context.CABLES_SEARCH!;
  };
  const find = (data: SearchData, q: string): string[] => MiniSearch.loadJS(data.index as never, searchOptions()).search(q, { combineWith: 'AND' }).map((r) => data.docs[r.id as number]!.id);
  let first: BuildReport;

  beforeAll(async () => {
    cables = mkdtempSync(join(tmpdir(), 'search-build-'));
    out = mkdtempSync(join(tmpdir(), 'search-build-out-'));
    for (const stem of two) {
      copyFileSync(join(ROOT, 'cables', `${stem}.txt`), join(cables, `${stem}.txt`));
      if (existsSync(join(ROOT, 'cables', `${stem}.json`))) copyFileSync(join(ROOT, 'cables', `${stem}.json`), join(cables, `${stem}.json`));
    }
    first = await run();
  });

  it('writes the page, the index, the library and the page’s script beside the other pages', () => {
    expect(first.ok).toBe(true);
    expect(readFileSync(html('search.html'), 'utf8')).toMatch(/<script src="minisearch\.js"><\/script><script src="search-index\.js"><\/script><script src="search\.js"><\/script>/);
    expect(readFileSync(html('minisearch.js'), 'utf8')).toMatch(/^\/\*! MiniSearch \d+\.\d+\.\d+ \| MIT licence/);
    expect(readFileSync(html('minisearch.js'), 'utf8')).not.toContain('sourceMappingURL');
    expect(readFileSync(html('search.js'), 'utf8')).toBe(readFileSync(join(ROOT, 'transforms', 'html', 'search.js'), 'utf8'));
    // Every cable, by date, each with the text of its JSON record.
    const data = loaded();
    const records = two.map((s) => JSON.parse(readFileSync(join(out, 'dist', 'json', `${s}.json`), 'utf8')) as { id: string; date: { when: string | null } | null; paragraphs: { text: string }[] });
    const byDate = [...records].sort((a, b) => (a.date?.when ?? '9').localeCompare(b.date?.when ?? '9') || a.id.localeCompare(b.id));
    expect(data.docs.map((d) => d.id)).toEqual(byDate.map((r) => r.id));
    for (const r of records) for (const p of r.paragraphs) expect(data.docs.find((d) => d.id === r.id)!.text).toContain(p.text);
    // Each page's box leads to the search page.
    expect(readFileSync(html(`${two[0]}.html`), 'utf8')).toContain('<form class="site-search" role="search" action="search.html" method="get">');
  });

  it('writes the same index again when nothing changed, though the cables’ pages are not made again', async () => {
    const before = readFileSync(html('search-index.js'), 'utf8');
    rmSync(html('search-index.js'));
    const again = await run();
    expect(again.cables.every((c) => c.unchanged)).toBe(true);
    expect(readFileSync(html('search-index.js'), 'utf8')).toBe(before);
  });

  it('finds the new words of a cable that changed, and no longer lists a cable whose source is gone', async () => {
    const [a, b] = two;
    const source = join(cables, `${a}.txt`);
    const text = readFileSync(source, 'utf8');
    const word = /\b(agreed|said|told)\b/.exec(text)![0];
    writeFileSync(source, text.replace(word, `${word} zanzibarically`));
    try {
      await run();
      expect(find(loaded(), 'zanzibarically')).toEqual([a]);
      rmSync(join(cables, `${b}.txt`));
      rmSync(join(cables, `${b}.json`), { force: true });
      await run();
      expect(loaded().docs.map((d) => d.id)).toEqual([a]);
    } finally {
      writeFileSync(source, text);
    }
  });
});
