/** Runs compiled stylesheets with SaxonJS; its errors become diagnostics. */
import SaxonJS from 'saxon-js';
import type { Diagnostic } from '../diagnostics.js';

/** An XML document parsed once by SaxonJS, for several stylesheets to read (see `parseXml`). */
export interface ParsedXml {
  readonly document: unknown;
}

/** Parses an XML text into a SaxonJS document, so that stylesheets run on it without parsing it again; throws when it is not well-formed. */
export function parseXml(text: string): ParsedXml {
  return { document: SaxonJS.XPath.evaluate('parse-xml($text)', null, { params: { text } }) };
}

/** Runs a SEF on an XML text (or a document `parseXml` made); returns the serialized result, or a diagnostic naming the file. */
export function runStylesheet(sef: unknown, source: string | ParsedXml, file: string, params: Record<string, unknown> = {}): { output?: string; diagnostics: Diagnostic[] } {
  // The stylesheets report what they could not render with xsl:message error-code="Q{urn:cables}rule".
  const messages: Diagnostic[] = [];
  const deliverMessage = (node: { textContent?: string | null }, code: unknown): void => {
    const rule = /^Q\{urn:cables\}(.+)$/.exec(String(code))?.[1] ?? 'message';
    messages.push({ file, line: 1, column: 1, severity: 'warning', ruleId: `xslt:${rule}`, message: (node.textContent ?? '').trim() });
  };
  try {
    const input = typeof source === 'string' ? { sourceText: source } : { sourceNode: source.document };
    const result = SaxonJS.transform({ stylesheetInternal: sef, ...input, destination: 'serialized', stylesheetParams: params, deliverMessage }, 'sync');
    return { output: result.principalResult, diagnostics: messages };
  } catch (e) {
    const err = e as { message?: string; code?: string; xsltLineNr?: number };
    return {
      diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'xslt:runtime', message: `${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}` }],
    };
  }
}
