/** The rules a grammar cannot say: ids unique, pointers resolve, dates are days of the calendar, the file is the cable it says. */
import { isCalendarDate } from '../dates.js';
import type { Diagnostic } from '../diagnostics.js';
import type { XmlFile } from './rng.js';
import { startTags, type StartTag } from './scan.js';

type Rule = (file: XmlFile, tags: StartTag[]) => Diagnostic[];

const at = (file: XmlFile, tag: StartTag, ruleId: string, message: string): Diagnostic => ({
  file: file.path,
  line: tag.at.line,
  column: tag.at.column,
  severity: 'error',
  ruleId,
  message,
});

const POINTER_ATTRS = ['ref', 'who', 'target', 'corresp', 'source'];
const ENTRY_POINTERS = new Set(['ref', 'who']);
const ENTRY_ELEMENTS = new Set(['person', 'place', 'org']);

/** Each rule, by id. */
export const RULES: Record<string, Rule> = {
  'tei:duplicate-id': (file, tags) => {
    const seen = new Map<string, StartTag>();
    const out: Diagnostic[] = [];
    for (const t of tags) {
      const id = t.attrs.get('xml:id');
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) out.push(at(file, t, 'tei:duplicate-id', `xml:id “${id}” is used already at line ${first.at.line}`));
      else seen.set(id, t);
    }
    return out;
  },
  'tei:unresolved-pointer': (file, tags) => {
    const ids = new Set(tags.map((t) => t.attrs.get('xml:id')).filter((x): x is string => x !== undefined));
    // @ref and @who point at register entries, which a cable carries in its standOff.
    const entries = new Set(tags.filter((t) => ENTRY_ELEMENTS.has(t.name)).map((t) => t.attrs.get('xml:id')).filter((x): x is string => x !== undefined));
    const out: Diagnostic[] = [];
    for (const t of tags) {
      for (const name of POINTER_ATTRS) {
        const value = t.attrs.get(name);
        if (value === undefined) continue;
        // A change's @who names whoever made it (the pipeline's name, an editor), not an entry.
        const entryPointer = ENTRY_POINTERS.has(name) && t.name !== 'change';
        const targets = entryPointer ? entries : ids;
        for (const ptr of value.split(/\s+/)) {
          if (ptr.startsWith('#') && !targets.has(ptr.slice(1))) {
            const where = entryPointer ? 'no person, place or organisation in the standOff of this file' : 'no xml:id in this file';
            out.push(at(file, t, 'tei:unresolved-pointer', `@${name}="${ptr}" on <${t.name}> points at ${where}`));
          }
        }
      }
    }
    return out;
  },
  'tei:implausible-date': (file, tags) => {
    const out: Diagnostic[] = [];
    for (const t of tags) {
      for (const name of ['when', 'from', 'to', 'notBefore', 'notAfter']) {
        const v = t.attrs.get(name);
        if (v === undefined || t.name !== 'date') continue;
        const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
        if (!m) continue; // the schema says what form is allowed
        const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
        if (!isCalendarDate(y, mo, d) || y < 1700 || y > 2100) {
          out.push(at(file, t, 'tei:implausible-date', `@${name}="${v}" is not a plausible date for a cable`));
        }
      }
    }
    return out;
  },
  'tei:cable-id': (file, tags) => {
    const root = tags[0];
    if (!root || root.name !== 'TEI') return [];
    if (!tags.some((t) => t.name === 'idno' && t.attrs.get('type') === 'cable')) return [at(file, root, 'tei:cable-id', 'the header has no idno type="cable"')];
    return [];
  },
};

/** Checks one well-formed file against every rule. */
export function checkRules(file: XmlFile): Diagnostic[] {
  const tags = startTags(file.contents);
  return Object.values(RULES).flatMap((rule) => rule(file, tags));
}
