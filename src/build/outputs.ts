import { join } from 'node:path';
/**
 * Safe names: the one function that turns a cable's stem (its source's file name without `.txt`) into
 * the name of its outputs, its TEI `xml:id` and its URL, and the checks that no two cables, and no
 * cable and a corpus page, share a name.
 */
import type { Diagnostic } from '../diagnostics.js';
import { teiId } from '../encode/tei.js';

/** What a stem becomes. */
export interface OutputNames {
  /** The stem made safe: `tei/<name>.xml`, `dist/html/<name>.html`, `dist/json/<name>.json`, the idno type="cable". */
  name: string;
  /** The TEI `xml:id`: the name made an NCName. */
  id: string;
  /** The page's URL relative to the other pages: the name percent-encoded, `.html`; never a scheme. */
  href: string;
}

/** The corpus pages' names, which no cable may take (compared without regard to case). */
export const RESERVED = ['index', 'persons', 'places', 'orgs', 'timeline', 'map', 'edition', 'encoding', 'search'] as const;

const KEPT = /[A-Za-z0-9_.-]/;

/**
 * The mapping, documented in the README: ASCII letters, digits, `_`, `-` and `.` (but a `.` first) are
 * kept; every other character becomes `~` and the two upper-case hex digits of each of its UTF-8 bytes
 * (`:` → `~3A`, space → `~20`, `é` → `~C3~A9`, `~` → `~7E`). The result is a file name on every system, a
 * URL path segment that needs no escaping, and it cannot be read as a scheme (`javascript:alert(1)` →
 * `javascript~3Aalert~281~29`). Stems of the project (`000_fb8a52e7ff6220c4`) are their own names.
 */
export function outputNames(stem: string): OutputNames {
  let name = '';
  for (const ch of stem) {
    if (KEPT.test(ch) && !(ch === '.' && name === '')) name += ch;
    else for (const b of Buffer.from(ch, 'utf8')) name += `~${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return { name, id: teiId(name), href: `${encodeURIComponent(name)}.html` };
}

/**
 * The cables whose names cannot be used: a corpus page's name (`output:reserved-name`) or the name of
 * another cable when case is ignored, or the same xml:id (`output:name-collision`, at both). Returns the
 * errors by the index of the cable.
 */
export function nameProblems(cables: readonly { stem: string; file: string }[]): Map<number, Diagnostic> {
  const out = new Map<number, Diagnostic>();
  const error = (i: number, ruleId: string, message: string): void => {
    out.set(i, { file: cables[i]!.file, line: 1, column: 1, severity: 'error', ruleId, message });
  };
  const seen = new Map<string, number>();
  cables.forEach((c, i) => {
    const n = outputNames(c.stem);
    const folded = n.name.toLowerCase();
    if ((RESERVED as readonly string[]).includes(folded)) {
      error(i, 'output:reserved-name', `the name “${n.name}” is that of a page of the edition (${RESERVED.join(', ')}); rename the source, nothing of it is built`);
      return;
    }
    for (const key of [`name:${folded}`, `id:${n.id}`]) {
      const j = seen.get(key);
      if (j !== undefined) {
        const what = key.startsWith('name') ? `the output name “${n.name}”` : `the xml:id “${n.id}”`;
        error(i, 'output:name-collision', `${what} is also that of ${cables[j]!.file}; rename one of them, neither is built`);
        if (!out.has(j)) error(j, 'output:name-collision', `${what} is also that of ${c.file}; rename one of them, neither is built`);
        return;
      }
    }
    seen.set(`name:${folded}`, i);
    seen.set(`id:${n.id}`, i);
  });
  return out;
}

/** Where a cable's published files go under the dist folder: its page, its JSON and its catalogue record. */
export function cableOutputs(distDir: string, name: string): { html: string; json: string; dc: string } {
  return { html: join(distDir, 'html', `${name}.html`), json: join(distDir, 'json', `${name}.json`), dc: join(distDir, 'dc', `${name}.xml`) };
}

/** The corpus pages a build makes from every cable (see build/publish.ts): they are made again when any is missing. */
export function corpusOutputs(distDir: string): string[] {
  return [
    ...['index.html', 'persons.html', 'places.html', 'orgs.html', 'encoding.html', 'search.html', 'timeline.html', 'map.html'].map((n) => join(distDir, 'html', n)),
    join(distDir, 'json', 'edition.json'),
  ];
}
