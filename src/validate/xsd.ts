/** W3C XML Schema validation with xmllint-wasm (the catalogue records, the static repository), its messages mapped into diagnostics. */
import { validateXML } from 'xmllint-wasm';
import type { Diagnostic } from '../diagnostics.js';
import { XMLLINT_MEMORY, type XmlFile } from './rng.js';

/** An XML Schema: the schema to validate with, and the schemas it imports or redefines (by their file names). */
export interface XsdSchema {
  fileName: string;
  contents: string;
  imports: { fileName: string; contents: string }[];
}

const LINE = /^doc\.xml:(\d+): (.*)$/;

/** The column at which the element a message names (`'{namespace}local'`) starts on its line, or 1. */
function columnOf(contents: string, line: number, local: string | undefined): number {
  if (!local) return 1;
  const text = contents.split('\n', line)[line - 1] ?? '';
  const m = new RegExp(`<(?:[\\w.-]+:)?${local.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?=[\\s/>])`).exec(text);
  return m ? m.index + 1 : 1;
}

/** Validates one file against an XML Schema; every problem is an error with `ruleId` at its line. */
export async function validateXsd(file: XmlFile, schema: XsdSchema, ruleId: string): Promise<Diagnostic[]> {
  const result = await validateXML({
    xml: [{ fileName: 'doc.xml', contents: file.contents }],
    schema: [{ fileName: schema.fileName, contents: schema.contents }],
    preload: schema.imports,
    extension: 'schema',
    ...XMLLINT_MEMORY,
  });
  if (result.valid) return [];
  const out: Diagnostic[] = [];
  for (const raw of result.rawOutput.split('\n')) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const line = Number(m[1]);
    const message = m[2]!.replace(/^(?:Schemas validity error|parser error|namespace error) : /, '');
    const local = /^Element '(?:\{[^}]*\})?([^']+)'/.exec(message)?.[1];
    out.push({ file: file.path, line, column: columnOf(file.contents, line, local), severity: 'error', ruleId, message });
  }
  if (!out.length) out.push({ file: file.path, line: 1, column: 1, severity: 'error', ruleId, message: `fails to validate against ${schema.fileName}` });
  return out;
}
