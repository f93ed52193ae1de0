/** Editors' sidecars: `cables/<stem>.json`, supplying what a cable's text lacks, with the authority for it. */
import { isCalendarDate } from './dates.js';
import type { Diagnostic } from './diagnostics.js';
import type { Cable } from './model.js';
import { parseJson, pointerPoint } from './json-schema.js';
import { refuseDoctype } from './validate/doctype.js';
import { removedMessage, XML_CHAR_RULE, xmlChars } from './xmlchars.js';

export interface Sidecar {
  date?: string;
  place?: string;
  sender?: string;
  addressees?: string[];
  /** The cable's page at its archive or publisher, when its text gives none. */
  url?: string;
  /** On what authority. */
  note: string;
}

/**
 * Reads a sidecar's text; checks it with `check` (the JSON Schema) and that its date is a day of the
 * calendar. Returns the sidecar, or diagnostics (and no sidecar) when it cannot be trusted.
 */
export function readSidecar(text: string, file: string, check: (value: unknown, file: string, text: string) => Diagnostic[]): { sidecar?: Sidecar; diagnostics: Diagnostic[] } {
  // A byte order mark is allowed; a space in its place keeps every line and column.
  if (text.startsWith('\uFEFF')) text = ` ${text.slice(1)}`;
  // What validation refuses in XML it refuses here too: a DOCTYPE, an entity declaration or reference.
  const refused = refuseDoctype({ path: file, contents: text }).map((d) => ({ ...d, message: d.message.replace('the file is not checked further', 'the sidecar is ignored') }));
  if (refused.length) return { diagnostics: refused };
  const parsed = parseJson(text, file, 'sidecar:not-json', '; the sidecar is ignored');
  if ('diagnostic' in parsed) return { diagnostics: [parsed.diagnostic] };
  let value = parsed.value;
  const removed: Diagnostic[] = [];
  value = clean(value, '', (pointer, r) => removed.push({ file, ...pointerPoint(text, pointer), severity: 'warning', ruleId: XML_CHAR_RULE, message: removedMessage(r, `in ${pointer}`) }));
  const problems = check(value, file, text).map((d) => ({ ...d, ruleId: 'sidecar:schema', message: `${d.message}; the sidecar is ignored` }));
  if (problems.length) return { diagnostics: [...removed, ...problems] };
  const sidecar = value as Sidecar;
  if (sidecar.date) {
    const [y, m, d] = sidecar.date.split('-').map(Number);
    if (!isCalendarDate(y!, m ?? 1, d ?? 1)) {
      return { diagnostics: [...removed, { file, ...pointerPoint(text, '/date'), severity: 'error', ruleId: 'sidecar:schema', message: `date “${sidecar.date}” is not a day of the calendar; the sidecar is ignored` }] };
    }
  }
  return { sidecar, diagnostics: removed };
}

/** A JSON value with every string passed through the XML character filter; `found` hears of each removal at its JSON Pointer. */
function clean(value: unknown, pointer: string, found: (pointer: string, r: import('./xmlchars.js').Removed) => void): unknown {
  if (typeof value === 'string') {
    const f = xmlChars(value);
    for (const r of f.removed) found(pointer || '/', r);
    return f.text;
  }
  if (Array.isArray(value)) return value.map((v, i) => clean(v, `${pointer}/${i}`, found));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = xmlChars(k).text;
      out[key] = clean(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
    }
    return out;
  }
  return value;
}

/** The cable with what the sidecar supplies in place of what the text says. */
export function applySidecar(cable: Cable, sidecar: Sidecar): Cable {
  const meta = { ...cable.meta, editorNote: sidecar.note };
  if (sidecar.date) meta.date = { when: sidecar.date, text: sidecar.date, source: 'sidecar' };
  if (sidecar.place) meta.place = sidecar.place;
  if (sidecar.sender) meta.sender = sidecar.sender;
  if (sidecar.addressees) meta.addressees = [...sidecar.addressees];
  if (sidecar.url) meta.sourceUrl = sidecar.url;
  return { ...cable, meta };
}
