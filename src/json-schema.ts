/** JSON checked against a JSON Schema (2020-12) with ajv: the JSON edition, the sidecars. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from './diagnostics.js';
import { SourceText } from './source.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * A checker of JSON against a JSON Schema, returning diagnostics for a file. The schema is compiled when the
 * checker is first used (a build that leaves every file as it was checks nothing, and compiles nothing).
 */
export function jsonChecker(schema: object): (value: unknown, file: string, text?: string) => Diagnostic[] {
  let validate: ValidateFunction | undefined;
  return (value, file, text) => {
    if (!validate) {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats(ajv);
      validate = ajv.compile(schema);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({
      file,
      ...(text === undefined ? { line: 1, column: 1 } : pointerPoint(text, e.instancePath)),
      severity: 'error' as const,
      ruleId: 'json:schema',
      message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    }));
  };
}

/** The point in a JSON text of the value at a JSON Pointer (the key's line, or the start). */
export function pointerPoint(text: string, pointer: string): { line: number; column: number } {
  const src = new SourceText(text);
  let at = 0;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) continue;
    const m = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`).exec(text.slice(at));
    if (!m) break;
    at += m.index;
  }
  const p = src.point(at);
  return { line: p.line, column: p.column };
}


/** Parses a JSON text; when it is not JSON, an error at the line and column where the parser stopped. */
export function parseJson(text: string, file: string, ruleId: string, after = ''): { value: unknown } | { diagnostic: Diagnostic } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const point = lc ? { line: +lc[1]!, column: +lc[2]! } : pos ? new SourceText(text).point(+pos[1]!) : { line: 1, column: 1 };
    return { diagnostic: { file, line: point.line, column: point.column, severity: 'error', ruleId, message: `not JSON: ${message}${after}` } };
  }
}
