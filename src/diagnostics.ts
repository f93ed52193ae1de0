/** Diagnostics: content problems as values with position and a stable rule id (after vfile-message). */

/** A place in a text: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of a text. */
export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/** One content problem, found by any stage. */
export interface Diagnostic {
  /** The file the message is about, as the user named it. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** A stable id: `<stage>:<rule>`, e.g. `ingest:unclosed-bracket`, `tei:rng`. */
  ruleId: string;
  message: string;
}

/** Collects diagnostics for one file; stages report through it instead of throwing. */
export class Reporter {
  readonly messages: Diagnostic[] = [];
  constructor(readonly file: string) {}

  /** Records a problem at a point (or at the start of the file). */
  report(severity: Severity, ruleId: string, message: string, at?: Pick<Point, 'line' | 'column'>): Diagnostic {
    const d: Diagnostic = { file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, severity, ruleId, message };
    this.messages.push(d);
    return d;
  }
  error(ruleId: string, message: string, at?: Pick<Point, 'line' | 'column'>): Diagnostic {
    return this.report('error', ruleId, message, at);
  }
  warn(ruleId: string, message: string, at?: Pick<Point, 'line' | 'column'>): Diagnostic {
    return this.report('warning', ruleId, message, at);
  }
  info(ruleId: string, message: string, at?: Pick<Point, 'line' | 'column'>): Diagnostic {
    return this.report('info', ruleId, message, at);
  }
  /**
   * Runs one stage of the work on this file. An exception it throws (a defect of the code, never of the
   * content) becomes an `internal:exception` error here, and undefined is returned, so the caller goes on
   * with the next file.
   */
  guard<T>(stage: string, run: () => T): { value: T } | undefined {
    try {
      return { value: run() };
    } catch (e) {
      this.messages.push(internalError(this.file, stage, e));
      return undefined;
    }
  }
  get hasErrors(): boolean {
    return this.messages.some((m) => m.severity === 'error');
  }
}

/** The message of a thrown value, whatever it is. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}`;
  return String(e);
}

/** An unexpected exception in a stage, as an error at a file. */
export function internalError(file: string, stage: string, e: unknown): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId: 'internal:exception', message: `the ${stage} stage failed: ${describeError(e)}; nothing of this stage was written (please report this defect)` };
}

/** Formats a diagnostic as `path:line:col severity rule-id message`, on one line: control characters (a line feed in a file name) are shown escaped, as `\x0A`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${printable(d.message)}`;
}

/** Text with its control characters escaped (`\x01`), so a message stays one line of a terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Orders diagnostics by file, line, column, then rule id, so output is deterministic. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
