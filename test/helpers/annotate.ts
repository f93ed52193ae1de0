/** Annotating a short text as the body of a plain cable, for tests. */
import { annotate } from '../../src/annotate/index.js';
import { Reporter, type Diagnostic } from '../../src/diagnostics.js';
import { encodeTei } from '../../src/encode/tei.js';
import { parseCable } from '../../src/ingest/index.js';
import { SourceText } from '../../src/source.js';
import { ANNOTATOR } from './ingest.js';

/** The TEI of a text annotated as a cable of a given date (and parties); with `withDiagnostics`, its diagnostics too. */
export function annotateText(text: string, when: string | undefined): string;
export function annotateText(text: string, when: string | undefined, withDiagnostics: true, parties?: { sender?: string; addressees?: string[] }): { tei: string; diagnostics: Diagnostic[] };
export function annotateText(text: string, when: string | undefined, withDiagnostics: false, parties?: { sender?: string; addressees?: string[] }): string;
export function annotateText(text: string, when: string | undefined, withDiagnostics = false, parties: { sender?: string; addressees?: string[] } = {}): string | { tei: string; diagnostics: Diagnostic[] } {
  const reporter = new Reporter('t.txt');
  const parsed = parseCable(text, 't', reporter);
  reporter.messages.splice(0); // the plain-format warning is not what these tests are about
  const cable = {
    ...parsed,
    meta: { ...parsed.meta, ...(when ? { date: { when, text: when, source: 'sidecar' as const } } : {}), ...(parties.sender ? { sender: parties.sender } : {}), addressees: parties.addressees ?? [] },
  };
  const tei = encodeTei(annotate(cable, new SourceText(text), ANNOTATOR, reporter).cable);
  return withDiagnostics ? { tei, diagnostics: reporter.messages } : tei;
}
