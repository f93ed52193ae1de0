/** Runs compiled stylesheets with SaxonJS; its errors become diagnostics. */
import SaxonJS from 'saxon-js';
import type { Diagnostic } from '../diagnostics.js';

/** Runs a SEF on an XML text; returns the serialized result, or a diagnostic naming the file. */
export function runStylesheet(sef: unknown, source: string, file: string, params: Record<string, unknown> = {}): { output?: string; diagnostics: Diagnostic[] } {
  try {
    const result = SaxonJS.transform({ stylesheetInternal: sef, sourceText: source, destination: 'serialized', stylesheetParams: params }, 'sync');
    return { output: result.principalResult, diagnostics: [] };
  } catch (e) {
    const err = e as { message?: string; code?: string; xsltLineNr?: number };
    return {
      diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'xslt:runtime', message: `${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}` }],
    };
  }
}
