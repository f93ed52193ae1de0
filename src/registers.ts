/** The registers editors keep (tei/authority/*.xml): read with fast-xml-parser, checked before anything is built from them. */
import { XMLParser } from 'fast-xml-parser';
import type { Diagnostic } from './diagnostics.js';
import { el, type XElement, type XNode } from './encode/xml.js';
import { validateRng, type RngSchema, type XmlFile } from './validate/rng.js';
import { startTags } from './validate/scan.js';
import { refuseDoctype } from './validate/doctype.js';

export type EntryKind = 'person' | 'place' | 'org';

/** An office, with the titles (roleName) by which the cables refer to its holder. */
export interface Occupation {
  from?: string;
  to?: string;
  text: string;
  roles: string[];
}

export interface Entry {
  kind: EntryKind;
  id: string;
  /** The regular name, for display. */
  regular: string;
  /** Every form the text may use. */
  forms: string[];
  occupations: Occupation[];
  geo?: string;
  idnos: { type: string; value: string }[];
  /** The entry as the register has it, to copy into a cable's standOff. */
  xml: XElement;
  file: string;
  line: number;
}

export interface Registers {
  entries: Map<string, Entry>;
  /** Each form of a name, to its entry. */
  byForm: Map<string, Entry>;
  /** Each title of an office (`President`), to the holders and their dates. */
  /** The holders of each title, with the spell and the words of the office (`Soviet Ambassador in China`). */
  roles: Map<string, { entry: Entry; from?: string; to?: string; office: string }[]>;
}

const KIND_OF: Record<string, EntryKind> = { person: 'person', place: 'place', org: 'org' };
const NAME_OF: Record<EntryKind, string> = { person: 'persName', place: 'placeName', org: 'orgName' };

type FxpNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function nameOf(node: FxpNode): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}
function childrenOf(node: FxpNode): FxpNode[] {
  const v = node[nameOf(node)];
  return Array.isArray(v) ? (v as FxpNode[]) : [];
}
function textOf(node: FxpNode): string {
  if ('#text' in node) return String(node['#text']);
  return childrenOf(node).map(textOf).join('');
}

/** A parsed node as an element of our XML tree, white space between elements dropped. */
function toXElement(node: FxpNode): XElement {
  const attrs = node[':@'] ?? {};
  const kids: XNode[] = childrenOf(node).map((c) => ('#text' in c ? String(c['#text']) : toXElement(c)));
  // Mixed content keeps its text as it is; indentation between element children is dropped.
  const mixed = kids.some((c) => typeof c === 'string' && /\S/.test(c));
  return el(nameOf(node), attrs, ...(mixed ? kids : kids.filter((c) => typeof c !== 'string')));
}

function entryOf(kind: EntryKind, node: FxpNode, file: string, line: number): Entry {
  const kids = childrenOf(node);
  const id = node[':@']?.['xml:id'] ?? '';
  const names = kids.filter((k) => nameOf(k) === NAME_OF[kind]);
  const reg = names.find((n) => n[':@']?.type === 'reg') ?? names[0];
  const forms = names.filter((n) => n[':@']?.type !== 'reg').map((n) => textOf(n).replace(/\s+/g, ' ').trim());
  const occupations = kids
    .filter((k) => nameOf(k) === 'occupation')
    .map((o) => ({
      ...(o[':@']?.from ? { from: o[':@'].from } : {}),
      ...(o[':@']?.to ? { to: o[':@'].to } : {}),
      text: textOf(o).replace(/\s+/g, ' ').trim(),
      roles: childrenOf(o)
        .filter((c) => !('#text' in c) && nameOf(c) === 'roleName')
        .map((c) => textOf(c).trim()),
    }));
  const location = kids.find((k) => nameOf(k) === 'location');
  const geo = location ? childrenOf(location).find((k) => nameOf(k) === 'geo') : undefined;
  return {
    kind,
    id,
    regular: reg ? textOf(reg).trim() : id,
    forms,
    occupations,
    ...(geo ? { geo: textOf(geo).trim() } : {}),
    idnos: kids.filter((k) => nameOf(k) === 'idno').map((k) => ({ type: k[':@']?.type ?? '', value: textOf(k).trim() })),
    xml: toXElement(node),
    file,
    line,
  };
}

/** Checks and reads the registers. Returns them only when nothing in them is wrong. */
export async function readRegisters(files: readonly XmlFile[], schema: RngSchema): Promise<{ registers?: Registers; diagnostics: Diagnostic[] }> {
  // A DOCTYPE or an entity is refused before any parser sees the file.
  const refused = files.flatMap(refuseDoctype);
  if (refused.length) return { diagnostics: refused };
  const diagnostics = (await validateRng(files, schema)).map((d) => ({ ...d, ruleId: d.ruleId === 'tei:rng' ? 'register:rng' : 'register:not-well-formed' }));
  if (diagnostics.length) return { diagnostics };
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true });
  const entries = new Map<string, Entry>();
  const byForm = new Map<string, Entry>();
  const roles = new Map<string, { entry: Entry; from?: string; to?: string; office: string }[]>();
  const at = (e: Entry): string => `${e.file}:${e.line}`;
  for (const file of files) {
    // The line of each entry with an id, in document order: a duplicate id has one line per entry.
    const lines = new Map<string, number[]>();
    for (const t of startTags(file.contents)) {
      const id = t.attrs.get('xml:id');
      if (id === undefined || !KIND_OF[t.name]) continue;
      lines.set(id, [...(lines.get(id) ?? []), t.at.line]);
    }
    const doc = parser.parse(file.contents) as FxpNode[];
    const tei = doc.find((n) => nameOf(n) === 'TEI')!;
    const standOff = childrenOf(tei).find((n) => nameOf(n) === 'standOff')!;
    for (const list of childrenOf(standOff).filter((n) => !('#text' in n))) {
      for (const node of childrenOf(list).filter((n) => !('#text' in n) && KIND_OF[nameOf(n)])) {
        const kind = KIND_OF[nameOf(node)]!;
        const id = node[':@']?.['xml:id'] ?? '';
        const entry = entryOf(kind, node, file.path, lines.get(id)?.shift() ?? 1);
        const first = entries.get(id);
        if (first) {
          diagnostics.push({ file: file.path, line: entry.line, column: 1, severity: 'error', ruleId: 'register:duplicate-id', message: `the id “${id}” is taken already by the entry at ${at(first)}` });
          continue;
        }
        if (entry.regular === '' || entry.forms.some((f) => f === '')) {
          diagnostics.push({ file: file.path, line: entry.line, column: 1, severity: 'error', ruleId: 'register:empty-form', message: `the entry #${id} has a name that is only white space; it would match everywhere` });
          continue;
        }
        entries.set(id, entry);
        for (const form of entry.forms) {
          const other = byForm.get(form);
          if (other && other !== entry) {
            diagnostics.push({
              file: file.path,
              line: entry.line,
              column: 1,
              severity: 'error',
              ruleId: 'register:shared-form',
              message: `“${form}” is a form of both #${other.id} (${at(other)}) and #${entry.id}; a form may belong to one entry only`,
            });
          } else byForm.set(form, entry);
        }
        for (const o of entry.occupations) {
          for (const role of o.roles) {
            const list = roles.get(role) ?? [];
            list.push({ entry, ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), office: o.text });
            roles.set(role, list);
          }
        }
      }
    }
  }
  if (diagnostics.length) return { diagnostics };
  for (const [form, entry] of derivedForms(entries, byForm)) byForm.set(form, entry);
  return { registers: { entries, byForm, roles }, diagnostics };
}

/** A person's surname, from a regular form `Surname, Given`; undefined for a name written without a comma. */
export function surnameOf(entry: Entry): string | undefined {
  return /^([^,]+),/.exec(entry.regular)?.[1]?.trim();
}

/** Titles before a surname that the cables use: `Mr. Dunn`, `General Strong`, `Cde. Bagirov`. */
export const TITLES = ['Mr.', 'Mr', 'Mrs.', 'Madame', 'Mme.', 'Dr.', 'General', 'Gen.', 'Marshal', 'Admiral', 'Adm.', 'Ambassador', 'Secretary', 'Senator', 'Judge', 'Colonel', 'Col.', 'Major', 'Captain', 'Lieutenant', 'Comrade', 'Cde.', 'Commissar', 'Premier', 'Minister', 'President', 'Generalissimo', 'Lord', 'Sir', 'Prime Minister', 'Vice Commissar', 'Chairman', 'Consul', 'Counselor', 'Chargé'];
/** Surnames that are also common words or other names: matched only with a title or a given name. */
export const BARE_STOP: ReadonlySet<string> = new Set(['Page', 'Strong', 'Wood', 'Ford', 'Long', 'Young', 'King', 'Price', 'Bell', 'White', 'Brown', 'Green', 'Black', 'Gray', 'Grey', 'Hill', 'Field', 'Law', 'Rule', 'Hope', 'Rich', 'Little', 'Small', 'Power', 'Best', 'Love', 'Story', 'Mark', 'Hand', 'Lord', 'Halifax', 'Marshall', 'March', 'Mayor', 'Major', 'General', 'Chief', 'Church', 'Early', 'Stone', 'Bird', 'Fox', 'Wolf', 'Fish', 'Hunt', 'Cook', 'Baker', 'Smith', 'Miller', 'Turner', 'Walker', 'Grant', 'Wells', 'Bishop', 'Knight', 'Noble', 'Sharp', 'Swift', 'Moody', 'Hale', 'Lane', 'Street', 'Rose', 'Bush', 'Glass', 'Banks', 'Fields', 'Waters', 'Woods', 'Sun', 'Ma', 'Ho', 'Li', 'Lin', 'Kim', 'Yu', 'Hu', 'Wu', 'Wang', 'Chang', 'Chen', 'Liu', 'Pak', 'Park', 'Lee', 'Song', 'Long', 'May', 'Will', 'Hull', 'Franco', 'Choibalsan', 'Kuznetsov', 'Ivanov', 'Smirnov', 'Popov', 'Sokolov', 'Novikov', 'Volkov', 'Vasiliev', 'Fedorov', 'Kozlov', 'Kovalev', 'Lebedev', 'Pound', 'Portal', 'Land', 'Bridges', 'Reed', 'Moore', 'Daniels', 'Melbourne', 'Varga', 'Kovács', 'Gruber', 'Minor', 'Jordan']);

/** Titles of a military rank. */
const MILITARY_TITLES: ReadonlySet<string> = new Set(['General', 'Gen.', 'Marshal', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Major', 'Captain', 'Lieutenant']);
/** Words of an entry (its offices, its note) that show a person in arms. */
const MILITARY = /\b(?:[Gg]eneral|[Gg]en\.|[Mm]arshal|[Aa]dmiral|[Cc]olonel|[Mm]ajor|[Cc]aptain|[Ll]ieutenant|[Bb]rigadier|[Cc]ommander|[Cc]ommanding|[Aa]rmy|[Nn]avy|[Nn]aval|[Mm]ilitary|[Oo]fficer|[Cc]hief of [Ss]taff|[Gg]uerrilla|[Pp]artisan|[Ff]orces|[Tt]roops|[Ww]arlord|[Ss]oldier|[Aa]ir [Ff]orce|ELAS|Red Army)\b/;

/** Whether the register shows a person in arms (a rank, a command, an army in their offices or note). */
export function armed(entry: Entry): boolean {
  return MILITARY.test(textOfElement(entry.xml));
}

/** The text of an element and its descendants. */
function textOfElement(e: XElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOfElement(c))).join(' ');
}

/** East Asian surnames borne by many persons of the period: after a title (`General Chang`) they name no one entry. */
const MANY_BEARERS: ReadonlySet<string> = new Set(['Sun', 'Ma', 'Ho', 'Li', 'Lin', 'Kim', 'Yu', 'Hu', 'Wu', 'Wang', 'Chang', 'Chen', 'Liu', 'Pak', 'Park', 'Lee', 'Song']);

/**
 * Forms an entry gives without writing them: a person's forms with initials written without their full
 * stops, as telegrams write them (`James F Byrnes`); an organisation's `… Government` as `… government` and
 * `… Govt`; from a regular form `Surname, Given`, the surname
 * after each title of TITLES (unless many bear it: MANY_BEARERS), and the bare surname unless it is a common word (BARE_STOP), written with a
 * capital only in its first letter, or claimed by more than one entry. A form some entry writes is never derived.
 */
function derivedForms(entries: ReadonlyMap<string, Entry>, byForm: ReadonlyMap<string, Entry>): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const clash = new Set<string>();
  const add = (form: string, entry: Entry): void => {
    if (byForm.has(form) || clash.has(form)) return;
    const other = out.get(form);
    if (other && other !== entry) {
      out.delete(form);
      clash.add(form);
    } else out.set(form, entry);
  };
  for (const [form, entry] of byForm) {
    // Telegrams drop the full stop after an initial: `James F Byrnes` for `James F. Byrnes`.
    if (entry.kind === 'person' && /\b\p{Lu}\.\s/u.test(form)) add(form.replace(/\b(\p{Lu})\.(?=\s)/gu, '$1'), entry);
    // `the Soviet government`, `the Soviet Govt`, as the cables and the archives' translations write `Soviet Government`.
    if (entry.kind === 'org' && / Government$/.test(form)) for (const head of ['government', 'Govt']) add(form.replace(/Government$/, head), entry);
  }
  for (const entry of entries.values()) {
    if (entry.kind !== 'person') continue;
    const surname = surnameOf(entry);
    if (!surname || !/^\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)?$/u.test(surname)) continue;
    // `General Chang`, `Mr. Wang` name any of the many who bear the surname, not the one entry written `Chang, Carsun`.
    // A military rank only for a person the register shows in arms: `General Robertson` is not the diplomat Walter S. Robertson.
    const inArms = armed(entry);
    if (!MANY_BEARERS.has(surname)) for (const title of TITLES) if (inArms || !MILITARY_TITLES.has(title)) add(`${title} ${surname}`, entry);
    if (!surname.includes(' ') && surname.length >= 3 && !BARE_STOP.has(surname)) add(surname, entry);
  }
  return out;
}
