/**
 * The review file of proposed register entries: every name no entry claims, grouped by its words, with
 * every mention, in the registers' own form, so that an editor can move an entry into tei/authority/.
 */
import type { Proposal } from './annotate/index.js';
import { el, toXml, type XElement } from './encode/xml.js';

const LIST = { person: ['listPerson', 'person', 'persName'], place: ['listPlace', 'place', 'placeName'], org: ['listOrg', 'org', 'orgName'] } as const;

/** An id for a proposed entry: `proposed-` and the name's letters. */
function proposedId(name: string, taken: Set<string>): string {
  const base = `proposed-${name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'name'}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** The proposals of every cable (file, its mentions) as register files of proposed entries, one a kind (each valid as a register), by file name. */
export function proposedEntries(cables: readonly { file: string; proposals: readonly Proposal[] }[]): Record<string, string> {
  const groups = new Map<string, { kinds: Map<string, number>; mentions: string[] }>();
  const empty = (): { kinds: Map<string, number>; mentions: string[] } => ({ kinds: new Map<string, number>(), mentions: [] });
  for (const c of cables) {
    for (const p of c.proposals) {
      const g = groups.get(p.name) ?? empty();
      const kind = p.kind ?? 'unknown';
      g.kinds.set(kind, (g.kinds.get(kind) ?? 0) + 1);
      g.mentions.push(`${c.file}:${p.line}:${p.column}`);
      groups.set(p.name, g);
    }
  }
  const taken = new Set<string>();
  const lists: Record<'person' | 'place' | 'org', XElement[]> = { person: [], place: [], org: [] };
  const untyped: XElement[] = [];
  for (const name of [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en'))) {
    const g = groups.get(name)!;
    const kind = [...g.kinds.entries()].filter(([k]) => k !== 'unknown').sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as 'person' | 'place' | 'org' | undefined;
    const note = el('note', null, `Proposed by the build: ${g.mentions.length} mention${g.mentions.length > 1 ? 's' : ''} (${g.mentions.join(', ')})${kind ? '' : '; the evidence does not say whether it is a person, a place or an organisation'}.`);
    const [, entry, nameEl] = LIST[kind ?? 'person'];
    const item = el(entry, { 'xml:id': proposedId(name, taken) }, el(nameEl, kind === 'person' || !kind ? { type: 'reg' } : null, name), el(nameEl, { type: 'variant' }, name), note);
    if (kind) lists[kind].push(item);
    else untyped.push(item);
  }
  const out: Record<string, string> = {};
  const files = [
    ['persons', LIST.person[0], lists.person, 'persons'],
    ['places', LIST.place[0], lists.place, 'places'],
    ['orgs', LIST.org[0], lists.org, 'organisations'],
    ['untyped', LIST.person[0], untyped, 'names the evidence does not type (listed as persons; move each to the register of its kind)'],
  ] as const;
  for (const [file, list, items, what] of files) {
    if (items.length === 0) continue;
    const tei = el(
      'TEI',
      { xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:lang': 'en' },
      el(
        'teiHeader',
        null,
        el(
          'fileDesc',
          null,
          el('titleStmt', null, el('title', null, `Proposed register entries: ${what}`)),
          el('publicationStmt', null, el('p', null, 'Written by npm run build-tei; not part of the edition.')),
          el('sourceDesc', null, el('p', null, 'Names in the cables that no entry of tei/authority/ claims, grouped by their words, with every mention. Move an entry into the register of its kind (giving it a readable id and what is known), or add the name to tei/authority/not-names.txt if it is not a name.')),
        ),
      ),
      el('standOff', null, el(list, null, ...items)),
    );
    out[`proposed-${file}.xml`] = toXml(tei, new Set(['persName', 'placeName', 'orgName', 'note', 'title', 'p']));
  }
  return out;
}

/** The names of a list file (not-names.txt, gazetteer.txt): one a line; `#` starts a comment. */
export function readNameList(text: string): Set<string> {
  return new Set(text.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean));
}
