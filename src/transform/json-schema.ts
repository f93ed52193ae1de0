/** The JSON edition checked against its JSON Schema (2020-12) with ajv. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Compiles a JSON Schema to a checker that returns diagnostics for a file. */
export function jsonChecker(schema: object): (value: unknown, file: string) => Diagnostic[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate: ValidateFunction = ajv.compile(schema);
  return (value, file) => {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({
      file,
      line: 1,
      column: 1,
      severity: 'error' as const,
      ruleId: 'json:schema',
      message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    }));
  };
}
