/** The JSON edition says where each record comes from (source file, SHA-256) and where each cable's files are; the pages link the TEI wherever the build put it. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { CABLES, ROOT } from '../helpers/ingest.js';

const out = mkdtempSync(join(tmpdir(), 'provenance-'));
// TEI and pages in folders that are not each other's neighbours as in the project: the links must follow.
const teiDir = join(out, 'editions', 'tei');
const distDir = join(out, 'site');

beforeAll(async () => {
  const report = await build({ cablesDir: `${ROOT}cables`, teiDir, distDir, cacheDir: join(out, 'cache') });
  expect(report.ok).toBe(true);
}, 180_000);

describe('provenance and files', () => {
  it.each(CABLES)('%s: its JSON names its source and the SHA-256 of its bytes, and files that exist', (stem) => {
    const value = JSON.parse(readFileSync(join(distDir, 'json', `${stem}.json`), 'utf8'));
    const sha = createHash('sha256').update(readFileSync(`${ROOT}cables/${stem}.txt`)).digest('hex');
    expect(value.provenance).toEqual({ source: `${stem}.txt`, sha256: sha });
    const from = join(distDir, 'json');
    for (const f of Object.values(value.files) as string[]) expect(existsSync(resolve(from, decodeURIComponent(f))), f).toBe(true);
    const page = readFileSync(join(distDir, 'html', `${stem}.html`), 'utf8');
    const tei = /<a href="([^"]+)" type="application\/tei\+xml">/.exec(page)![1]!;
    expect(resolve(join(distDir, 'html'), decodeURIComponent(tei))).toBe(join(teiDir, `${stem}.xml`));
  });

  it('edition.json gives the version and licence, and every cable with its files and provenance', () => {
    const edition = JSON.parse(readFileSync(join(distDir, 'json', 'edition.json'), 'utf8'));
    const config = JSON.parse(readFileSync(`${ROOT}edition.config.json`, 'utf8'));
    expect(edition.version).toBe(config.date);
    expect(edition.licence).toEqual(config.licence);
    expect(edition.cables.map((c: { id: string }) => c.id).sort()).toEqual([...CABLES].sort());
    for (const c of edition.cables) {
      expect(existsSync(join(distDir, 'json', c.files.json))).toBe(true);
      expect(c.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(dirname(teiDir)).not.toBe(distDir);
  });
});
