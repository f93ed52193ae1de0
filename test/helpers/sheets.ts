/** The project's stylesheets compiled afresh for a test, in a cache folder of its own. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileStylesheet } from '../../src/transform/compile.js';
import { ROOT } from './ingest.js';

/** The SEF of each driver named (`html`, `json`, `dc`…), compiled from transforms/ into a new folder. */
export function compiledSheets<K extends string>(...drivers: K[]): Record<K, unknown> {
  const cache = mkdtempSync(join(tmpdir(), 'sef-'));
  return Object.fromEntries(drivers.map((d) => [d, compileStylesheet(join(ROOT, 'transforms'), `${d}.xsl`, cache).sef])) as Record<K, unknown>;
}
