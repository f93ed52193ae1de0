/** Validate: TEI files against the profile's RELAX NG schema, then against the rules a schema cannot say. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { validateRng, type RngSchema, type XmlFile } from './rng.js';
import { checkRules } from './rules.js';
import { refuseDoctype } from './doctype.js';

export type { RngSchema, XmlFile };

/**
 * All problems of a batch of TEI files. A file with a DOCTYPE or entities is refused (`tei:doctype`) and
 * not parsed at all; rules are checked on the files that are well-formed.
 */
export async function validateTei(files: readonly XmlFile[], schema: RngSchema): Promise<Diagnostic[]> {
  const refused = files.map(refuseDoctype);
  const trusted = files.filter((_, i) => refused[i]!.length === 0);
  const rng = await validateRng(trusted, schema);
  const broken = new Set(rng.filter((d) => d.ruleId === 'tei:not-well-formed').map((d) => d.file));
  const rules = trusted.filter((f) => !broken.has(f.path)).flatMap((f) => checkRules(f));
  return sortDiagnostics([...refused.flat(), ...rng, ...rules]);
}
