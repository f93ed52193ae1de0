/**
 * Stable identifiers of register entries. Every entry of the registers is published under its id (its URI,
 * `<base>person/<id>`…, in dist/tei/edition.xml, edition.json and the register pages), and the build manifest
 * remembers the ids it published, by kind. An id published before that no entry has now (renamed or removed)
 * is an error, `register:renamed-id`, unless edition.config.json's `registerRedirects` (old id → new id) says
 * which entry it now names; the register page of that entry then keeps an anchor under the old id.
 */
import type { Diagnostic } from '../diagnostics.js';
import { uriOf, type EditionConfig } from '../edition-config.js';
import type { EntryKind } from '../registers.js';

/** The ids the edition published, by kind (person, place, org), each list sorted. */
export type PublishedIds = Partial<Record<EntryKind, string[]>>;

/** What the check needs of an entry of the registers. */
export interface EntryAt {
  kind: EntryKind;
  file: string;
  line: number;
}

export interface RegisterIdCheck {
  diagnostics: Diagnostic[];
  /**
   * What the manifest records now: every id published before, and every id of the registers; while an id is
   * reported missing, only those published before (so that a new id stays new until the rename is settled, and
   * an id restored is not missed in its turn).
   */
  published: PublishedIds;
  /** The redirects that hold, old id → the id of an entry of the registers (a chain of redirects followed to its end), sorted by old id. */
  redirects: Record<string, string>;
}

const KINDS: readonly EntryKind[] = ['person', 'place', 'org'];

/**
 * Checks that every register id published before (`published`, from the manifest; undefined when the
 * manifest has recorded none, and nothing is checked) is an entry of the registers or is redirected to one.
 * `registersDir` and `configFile` are where a message without an entry to point at stands.
 */
export function checkRegisterIds(
  published: PublishedIds | undefined,
  entries: ReadonlyMap<string, EntryAt>,
  edition: EditionConfig,
  where: { registersDir: string; configFile: string },
): RegisterIdCheck {
  const diagnostics: Diagnostic[] = [];
  const given = edition.registerRedirects ?? {};
  const warn = (oldId: string, why: string): void => {
    diagnostics.push({ file: where.configFile, line: 1, column: 1, severity: 'warning', ruleId: 'register:redirect', message: `registerRedirects: “${oldId}” → “${given[oldId]}”: ${why}; the redirect is ignored` });
  };
  // Each redirect followed to an entry of the registers; one that leads to none (or round in a circle) does not hold.
  const redirects: Record<string, string> = {};
  for (const oldId of Object.keys(given).sort()) {
    if (entries.has(oldId)) {
      warn(oldId, 'an entry of the registers still has the old id');
      continue;
    }
    const seen = new Set([oldId]);
    let id = given[oldId]!;
    while (!entries.has(id) && given[id] !== undefined && !seen.has(id)) {
      seen.add(id);
      id = given[id]!;
    }
    if (entries.has(id)) redirects[oldId] = id;
    else warn(oldId, 'no entry of the registers has the new id');
  }
  // A file of each kind, for a message about an id that no entry has now.
  const fileOf = (kind: EntryKind): string => [...entries.values()].find((e) => e.kind === kind)?.file ?? where.registersDir;
  const current = (kind: EntryKind): string[] => [...entries].filter(([, e]) => e.kind === kind).map(([id]) => id);
  const out: PublishedIds = {};
  for (const kind of KINDS) {
    const before = published?.[kind] ?? [];
    const known = new Set(before);
    // The ids of this kind no edition published before: one of them may be the new id of a renamed entry.
    const fresh = current(kind).filter((id) => !known.has(id));
    for (const oldId of before) {
      if (entries.has(oldId)) continue;
      const now = redirects[oldId];
      const uri = uriOf(edition, kind, oldId);
      if (now !== undefined) {
        const at = entries.get(now)!;
        diagnostics.push({ file: at.file, line: at.line, column: 1, severity: 'info', ruleId: 'register:redirect', message: `“${oldId}” (${uri}), published before, is now #${now}; edition.config.json redirects it here` });
        continue;
      }
      const suggestion = fresh.length === 1 ? fresh[0]! : 'its new id';
      diagnostics.push({
        file: fileOf(kind),
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'register:renamed-id',
        message: `the ${kind} “${oldId}” was published (${uri}) and no entry of the registers has that id now: its URI would lead nowhere; restore the id, or add "registerRedirects": { "${oldId}": "${suggestion}" } to edition.config.json`,
      });
    }
    const all = [...new Set([...before, ...current(kind)])].sort();
    if (all.length) out[kind] = all;
  }
  const missing = diagnostics.some((d) => d.ruleId === 'register:renamed-id');
  return { diagnostics, published: missing ? published! : out, redirects };
}
