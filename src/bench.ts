/**
 * `npm run bench`: measures the build on a corpus of N cables made by repeating the project's cables
 * under new names (default 200), in a temporary folder. Prints wall time, time per cable and peak memory.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, listSources, PROJECT_ROOT } from './build.js';

const n = Number(process.argv[2] ?? 200);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write('Usage: npm run bench -- [number of cables]\n');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'cables-bench-'));
const cables = join(work, 'cables');
mkdirSync(cables);
const sources = listSources(join(PROJECT_ROOT, 'cables'));
for (let i = 0; i < n; i++) {
  const from = sources[i % sources.length]!;
  const stem = `bench${String(i).padStart(5, '0')}`;
  copyFileSync(from, join(cables, `${stem}.txt`));
  const sidecar = from.replace(/\.txt$/, '.json');
  if (existsSync(sidecar)) copyFileSync(sidecar, join(cables, `${stem}.json`));
}
const started = performance.now();
const report = await build({ cablesDir: cables, teiDir: join(work, 'tei'), distDir: join(work, 'dist') });
const ms = performance.now() - started;
const written = readdirSync(join(work, 'tei')).length;
const rss = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${n} cables (${written} TEI files, ${report.cables.filter((c) => c.ok).length} ok) in ${(ms / 1000).toFixed(2)} s: ` +
    `${(ms / n).toFixed(1)} ms a cable; peak memory ${rss.toFixed(0)} MiB; stylesheets ${report.compiled ? 'compiled' : 'reused'}\n`,
);
rmSync(work, { recursive: true, force: true });
