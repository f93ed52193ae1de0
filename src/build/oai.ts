/** The static repository after the stylesheet made it: checked against its schema, or, when the edition cannot have one, said why (and an old one removed). */
import { existsSync, rmSync } from 'node:fs';
import { describeError, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';
import type { StaticRepository } from '../library/oai.js';
import { loadXsd } from '../schemas.js';
import { validateXsd } from '../validate/xsd.js';
import { readText } from './tei-files.js';

/** The schema the static repository is checked against: the static repository's with the records' (oai_dc). */
export const STATIC_REPOSITORY_SCHEMA = 'oai-static-repository.xsd';

/**
 * The messages about the static repository at `path`: its schema's errors (`oai:schema`, at their lines) when it
 * was written; when the edition cannot have one, why (`info oai:not-harvestable`, at the configuration), and an
 * earlier build's file is removed (a gateway would go on serving it).
 */
export async function staticRepositoryMessages(
  made: { repository: StaticRepository } | { missing: string[] },
  written: boolean,
  path: string,
  configFile: string,
  schemaDir: string,
): Promise<Diagnostic[]> {
  if ('missing' in made) {
    const out: Diagnostic[] = [{ file: configFile, line: 1, column: 1, severity: 'info', ruleId: 'oai:not-harvestable', message: `no OAI-PMH static repository is written: ${made.missing.join('; ')}` }];
    if (existsSync(path)) {
      try {
        rmSync(path, { force: true });
        out.push({ file: displayPath(path), line: 1, column: 1, severity: 'info', ruleId: 'output:removed', message: 'the edition has no static repository now: the one an earlier build wrote is removed' });
      } catch (e) {
        out.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot remove: ${describeError(e)}` });
      }
    }
    return out;
  }
  const xml = written ? readText(path) : undefined;
  if (xml === undefined) return [];
  return validateXsd({ path: displayPath(path), contents: xml }, loadXsd(schemaDir, STATIC_REPOSITORY_SCHEMA), 'oai:schema');
}
