/** Validate: TEI files against the profile's RELAX NG schema, then against the rules a schema cannot say. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { validateRng, type RngSchema, type XmlFile } from './rng.js';
import { checkRules } from './rules.js';

export type { RngSchema, XmlFile };

/** All problems of a batch of TEI files; rules are checked on the files that are well-formed. */
export async function validateTei(files: readonly XmlFile[], schema: RngSchema): Promise<Diagnostic[]> {
  const rng = await validateRng(files, schema);
  const broken = new Set(rng.filter((d) => d.ruleId === 'tei:not-well-formed').map((d) => d.file));
  const rules = files.filter((f) => !broken.has(f.path)).flatMap((f) => checkRules(f));
  return sortDiagnostics([...rng, ...rules]);
}
