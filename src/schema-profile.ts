/**
 * What a schema allows, element by element: the attributes of each element and, where an attribute
 * takes a closed list of values, the list. Read from the RELAX NG profile (following its defines and
 * includes) and from the ODD that documents it, so that a test can hold the two in step.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Element name → attribute name → its closed values (sorted), or null when the attribute is open. */
export type Profile = Map<string, Map<string, string[] | null>>;

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', commentPropName: '#comment' });
const nameOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => (n[nameOf(n)] as Node[] | undefined) ?? [];
const attr = (n: Node, a: string): string | undefined => n[':@']?.[a];
const text = (n: Node): string => kids(n).map((k) => ('#text' in k ? String(k['#text']) : text(k))).join('');

/** The profile of a RELAX NG grammar file and the grammars it includes. */
export function rngProfile(file: string): Profile {
  const defines = new Map<string, Node[]>();
  const elements: Node[] = [];
  const read = (path: string): void => {
    const grammar = (parser.parse(readFileSync(path, 'utf8')) as Node[]).find((n) => nameOf(n) === 'grammar')!;
    const walk = (nodes: Node[]): void => {
      for (const n of nodes) {
        const name = nameOf(n);
        if (name === 'include') read(join(dirname(path), attr(n, 'href')!));
        if (name === 'define') defines.set(attr(n, 'name')!, [...(defines.get(attr(n, 'name')!) ?? []), ...kids(n)]);
        if (name === 'element') elements.push(n);
        if (!name.startsWith('#')) walk(kids(n));
      }
    };
    walk(kids(grammar));
  };
  read(file);
  const profile: Profile = new Map();
  for (const el of elements) {
    const atts = profile.get(attr(el, 'name')!) ?? new Map<string, string[] | null>();
    profile.set(attr(el, 'name')!, atts);
    const seen = new Set<string>();
    // Attributes reachable from the element's content, through refs, without entering a child element.
    const walk = (nodes: Node[]): void => {
      for (const n of nodes) {
        const name = nameOf(n);
        if (name === 'element' || name.startsWith('#')) continue;
        if (name === 'ref' && !seen.has(attr(n, 'name')!)) {
          seen.add(attr(n, 'name')!);
          walk(defines.get(attr(n, 'name')!) ?? []);
        } else if (name === 'attribute') {
          const values = valuesOf(kids(n), defines);
          const before = atts.get(attr(n, 'name')!);
          atts.set(attr(n, 'name')!, before === undefined ? values : before && values ? [...new Set([...before, ...values])].sort() : null);
        } else walk(kids(n));
      }
    };
    walk(kids(el));
  }
  return profile;
}

/** The closed values of an attribute's content (a value, or a choice of values), or null when it takes data. */
function valuesOf(nodes: Node[], defines: Map<string, Node[]>): string[] | null {
  const out: string[] = [];
  const walk = (list: Node[]): boolean => {
    for (const n of list) {
      const name = nameOf(n);
      if (name.startsWith('#') || name === 'a:documentation') continue;
      if (name === 'value') out.push(text(n).trim());
      else if (name === 'choice') {
        if (!walk(kids(n))) return false;
      } else if (name === 'ref') {
        if (!walk(defines.get(attr(n, 'name')!) ?? [])) return false;
      } else return false;
    }
    return true;
  };
  return walk(nodes) && out.length ? [...new Set(out)].sort() : null;
}

/** The profile an ODD documents: each elementSpec's attDefs, with the idents of their closed valLists. */
export function oddProfile(file: string): Profile {
  const profile: Profile = new Map();
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      const name = nameOf(n);
      if (name.startsWith('#')) continue;
      if (name === 'elementSpec') {
        const atts = new Map<string, string[] | null>();
        for (const list of kids(n).filter((k) => nameOf(k) === 'attList')) {
          for (const def of kids(list).filter((k) => nameOf(k) === 'attDef')) {
            const valList = kids(def).find((k) => nameOf(k) === 'valList' && attr(k, 'type') === 'closed');
            const values = valList ? kids(valList).filter((k) => nameOf(k) === 'valItem').map((k) => attr(k, 'ident')!).sort() : null;
            atts.set(attr(def, 'ident')!, values);
          }
        }
        profile.set(attr(n, 'ident')!, atts);
      } else walk(kids(n));
    }
  };
  walk(parser.parse(readFileSync(file, 'utf8')) as Node[]);
  return profile;
}
