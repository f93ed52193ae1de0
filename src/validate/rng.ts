/** RELAX NG validation with xmllint-wasm, its messages mapped into diagnostics. */
import { validateXML } from 'xmllint-wasm';
import type { Diagnostic } from '../diagnostics.js';

export interface XmlFile {
  /** The path the user knows the file by; messages name it. */
  path: string;
  contents: string;
}

const LINE = /^(f\d+\.xml):(\d+): (.*)$/;

/** The column at which `<name` starts on a line of a file, or 1. */
function columnOf(contents: string, line: number, element: string | undefined): number {
  if (!element) return 1;
  let start = 0;
  for (let l = 1; l < line && start !== -1; l++) start = contents.indexOf('\n', start) + 1 || -1;
  if (start === -1) return 1;
  const end = contents.indexOf('\n', start);
  const text = contents.slice(start, end === -1 ? undefined : end);
  const re = new RegExp(`<${element.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`);
  const m = re.exec(text);
  return m ? m.index + 1 : 1;
}

/** Maps xmllint's output for a batch of files to diagnostics. */
export function mapXmllintOutput(raw: string, files: readonly XmlFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]!);
    if (!m) continue;
    const file = files[Number(/\d+/.exec(m[1]!)![0])]!;
    const line = Number(m[2]);
    const rest = m[3]!;
    const element = /^element ([\w:.-]+):/.exec(rest)?.[1];
    if (/parser error|namespace error|validity error : xmlns/.test(rest) && !/Relax-NG/.test(rest)) {
      // Well-formedness: xmllint shows the line, then a caret under the column.
      const caret = lines[i + 2] ?? '';
      const column = /^\s*\^$/.test(caret) ? caret.indexOf('^') + 1 : 1;
      out.push({ file: file.path, line, column, severity: 'error', ruleId: 'tei:not-well-formed', message: rest.replace(/^.*?error : /, '') });
    } else {
      const message = rest.replace(/^element [\w:.-]+: /, '').replace(/^Relax-NG validity error : /, '');
      out.push({ file: file.path, line, column: columnOf(file.contents, line, element), severity: 'error', ruleId: 'tei:rng', message });
    }
  }
  // libxml2 follows a real error with "Expecting an element X, got nothing" on the same line: an echo, not a second problem.
  return out.filter(
    (d) => !/^Expecting an element [\w:.-]+, got nothing$/.test(d.message) || !out.some((o) => o !== d && o.file === d.file && o.line === d.line && !/got nothing$/.test(o.message)),
  );
}

/** A RELAX NG schema: the grammar to validate with, and the files it includes. */
export interface RngSchema {
  fileName: string;
  contents: string;
  includes: { fileName: string; contents: string }[];
}

/** The memory xmllint-wasm may take (in 64 KiB pages): for a RELAX NG batch or an XML Schema alike. */
export const XMLLINT_MEMORY = { initialMemoryPages: 512, maxMemoryPages: 16 * 1024 } as const;

/** Validates files against a RELAX NG schema. */
export async function validateRng(files: readonly XmlFile[], schema: RngSchema): Promise<Diagnostic[]> {
  if (files.length === 0) return [];
  const result = await validateXML({
    xml: files.map((f, i) => ({ fileName: `f${i}.xml`, contents: f.contents })),
    schema: [{ fileName: schema.fileName, contents: schema.contents }],
    preload: schema.includes,
    extension: 'relaxng',
    ...XMLLINT_MEMORY,
  });
  if (result.valid) return [];
  const diagnostics = mapXmllintOutput(result.rawOutput, files);
  // A file xmllint rejected without a located message still gets one.
  for (const [i, f] of files.entries()) {
    if (new RegExp(`^f${i}\\.xml fails to validate`, 'm').test(result.rawOutput) && !diagnostics.some((d) => d.file === f.path)) {
      diagnostics.push({ file: f.path, line: 1, column: 1, severity: 'error', ruleId: 'tei:rng', message: 'fails to validate against the schema' });
    }
  }
  return diagnostics;
}
