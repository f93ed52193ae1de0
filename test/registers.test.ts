import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRegisters } from '../src/registers.js';
import { loadRng } from '../src/schemas.js';
import { CABLES, ROOT } from './helpers/ingest.js';

const schema = loadRng(`${ROOT}schema`, 'registers.rng');
const REG = `${ROOT}tei/authority`;
const files = (): { path: string; contents: string }[] => readdirSync(REG).filter((n) => n.endsWith('.xml')).sort().map((n) => ({ path: `authority/${n}`, contents: readFileSync(`${REG}/${n}`, 'utf8') }));
const edit = (name: string, f: (s: string) => string) => files().map((x) => (x.path.endsWith(name) ? { ...x, contents: f(x.contents) } : x));

describe('registers', () => {
  it('the project’s registers are valid and hold every entry and form', async () => {
    const { registers, diagnostics } = await readRegisters(files(), schema);
    expect(diagnostics).toEqual([]);
    expect(registers!.byForm.get('Darien')?.id).toBe('dalian');
    expect(registers!.byForm.get('Sinkiang')?.id).toBe('xinjiang');
    expect(registers!.entries.get('truman')?.occupations[0]).toMatchObject({ from: '1945-04-12', roles: ['President'] });
    expect(registers!.entries.get('moscow')?.geo).toBe('55.75222 37.61556');
  });

  it('are of the size of the period, every Wikidata id well-formed and used once, every entry saying where its facts come from', async () => {
    const { registers } = await readRegisters(files(), schema);
    const all = [...registers!.entries.values()];
    const count = (kind: string): number => all.filter((e) => e.kind === kind).length;
    expect(count('person')).toBeGreaterThanOrEqual(250);
    expect(count('place')).toBeGreaterThanOrEqual(300);
    expect(count('org')).toBeGreaterThanOrEqual(80);
    const ids = all.flatMap((e) => e.idnos.filter((i) => i.type === 'wikidata').map((i) => i.value));
    for (const id of ids) expect(id).toMatch(/^Q[1-9]\d*$/);
    expect(new Set(ids).size).toBe(ids.length);
    const withoutSource = all.filter((e) => !e.xml.children.some((c) => typeof c !== 'string' && c.name === 'note'));
    expect(withoutSource.map((e) => e.id)).toEqual([]);
    for (const name of ['hurley', 'hopkins', 'vyshinsky', 'bohlen', 'wedemeyer', 'deane', 'gauss', 'churchill', 'mao-zedong', 'zhou-enlai']) expect(registers!.entries.has(name), name).toBe(true);
    for (const form of ['Washington', 'Yalta', 'Tokyo', 'Germany', 'Berlin', 'Tibet', 'Crimea', 'Vyshinski', 'Chiang Kai Shek']) expect(registers!.byForm.has(form), form).toBe(true);
  });

  it('a register that is not well-formed is reported with file and line, and no registers are given', async () => {
    const broken = edit('places.xml', (s) => s.replace('<place xml:id="harbin">', '<place xml:id="harbin">>'));
    const line = broken.find((f) => f.path.endsWith('places.xml'))!.contents.split('\n').findIndex((l) => l.includes('"harbin">>')) + 1;
    const { registers, diagnostics } = await readRegisters(broken, schema);
    expect(registers).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'authority/places.xml', severity: 'error' });
    expect(diagnostics.map((d) => d.line)).toContain(line);
  });

  it('an entry the schema does not allow is reported', async () => {
    const { registers, diagnostics } = await readRegisters(edit('orgs.xml', (s) => s.replace('<org xml:id="red-army"><orgName>Red Army</orgName>', '<org xml:id="red-army"><name>Red Army</name>')), schema);
    expect(registers).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'authority/orgs.xml', ruleId: 'register:rng' });
  });

  it('two entries with one id are reported with both places', async () => {
    const dup = edit('orgs.xml', (s) => s.replace('xml:id="red-army"', 'xml:id="moscow"'));
    const { registers, diagnostics } = await readRegisters(dup, schema);
    expect(registers).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'register:duplicate-id', file: 'authority/places.xml' })]);
    expect(diagnostics[0]!.message).toMatch(/the id “moscow” is taken already by the entry at authority\/orgs\.xml:\d+/);
  });

  it('two entries with one id in one file point at both lines, the first and the duplicate', async () => {
    const dup = edit('places.xml', (s) => s.replace('xml:id="harbin"', 'xml:id="moscow"'));
    const text = dup.find((f) => f.path.endsWith('places.xml'))!.contents;
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
    const first = lineOf('<place xml:id="moscow"><placeName>Moscow');
    const second = lineOf('<place xml:id="moscow"><placeName>Harbin');
    expect(first).not.toBe(second);
    const { diagnostics } = await readRegisters(dup, schema);
    const d = diagnostics.find((x) => x.ruleId === 'register:duplicate-id')!;
    expect(d.line).toBe(Math.max(first, second));
    expect(d.message).toContain(`authority/places.xml:${Math.min(first, second)}`);
  });

  it('a name that is only white space is an error, not a form that matches everywhere', async () => {
    const blank = edit('places.xml', (s) => s.replace('<placeName>Harbin</placeName>', '<placeName>Harbin</placeName><placeName type="variant">  </placeName>'));
    const { registers, diagnostics } = await readRegisters(blank, schema);
    expect(registers).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'register:empty-form', file: 'authority/places.xml', severity: 'error' })]);
    expect(diagnostics[0]!.message).toContain('#harbin');
  });

  it('a DOCTYPE or an external entity in a register is refused as tei:doctype at its place, never fetched', async () => {
    const ext = edit('orgs.xml', (s) => s.replace('<TEI', '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI').replace('</TEI>', '&x;</TEI>'));
    const { registers, diagnostics } = await readRegisters(ext, schema);
    expect(registers).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      expect.stringMatching(/^authority\/orgs\.xml:(\d+):1 tei:doctype$/),
      expect.stringMatching(/^authority\/orgs\.xml:(\d+):16 tei:doctype$/),
      expect.stringMatching(/^authority\/orgs\.xml:\d+:1 tei:doctype$/),
    ]);
  });

  it('a form under two entries is reported with both entries', async () => {
    const shared = edit('places.xml', (s) => s.replace('<placeName>Harbin</placeName>', '<placeName>Harbin</placeName><placeName type="variant">Dairen</placeName>'));
    const { registers, diagnostics } = await readRegisters(shared, schema);
    expect(registers).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'register:shared-form', file: 'authority/places.xml' })]);
    expect(diagnostics[0]!.message).toMatch(/“Dairen” is a form of both #(dalian|harbin) \(authority\/places\.xml:\d+\) and #(dalian|harbin)/);
  });

  it('the build writes no TEI from registers it cannot trust, and says why', () => {
    const work = mkdtempSync(join(tmpdir(), 'reg-'));
    mkdirSync(join(work, 'cables'));
    mkdirSync(join(work, 'authority'));
    copyFileSync(join(ROOT, 'cables', `${CABLES[0]}.txt`), join(work, 'cables', 'a.txt'));
    for (const f of files()) writeFileSync(join(work, f.path), f.contents.replace('xml:id="red-army"', 'xml:id="moscow"'));
    const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const r = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'src', 'cli.ts'), '--cables', 'cables', '--out', 'out', '--registers', 'authority'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: work } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/authority\/places\.xml:\d+:1 error register:duplicate-id/);
    expect(r.stdout).toContain('register:untrusted');
    expect(existsSync(join(work, 'out', 'tei', 'a.xml'))).toBe(false);
  });
});

describe('life dates in the person register', () => {
  /** A small person register: one person with the dates given, one without any. */
  const register = (dates: string): { path: string; contents: string }[] => [
    {
      path: 'authority/persons.xml',
      contents: `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Persons</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="dated"><persName type="reg">Dated, Anna</persName><persName type="variant">Anna Dated</persName>${dates}<occupation from="1944">Envoy</occupation><note>Test.</note></person>
      <person xml:id="undated"><persName type="reg">Undated, Ben</persName><persName type="variant">Ben Undated</persName><note>Test.</note></person>
    </listPerson>
  </standOff>
</TEI>
`,
    },
  ];

  it.each(['<birth when="1878-12-18"/><death when="1953-03-05"/>', '<birth when="1891-11"/>', '<death when="1971"/>', '<birth when="1890"/><death when="1950-05"/>', ''])('a person with %j is valid', async (dates) => {
    const { registers, diagnostics } = await readRegisters(register(dates), schema);
    expect(diagnostics).toEqual([]);
    expect(registers!.entries.get('dated')!.xml.children.filter((c) => typeof c !== 'string' && (c.name === 'birth' || c.name === 'death')).length).toBe((dates.match(/<(birth|death) /g) ?? []).length);
  });

  it.each([
    '<birth when="1878-13-18"/>',
    '<birth when="18 December 1878"/>',
    '<death when="1953-03-05T10:00:00"/>',
    '<death when=""/>',
    '<birth/>',
    '<birth when="1878">Gori</birth>',
    '<death when="1953"/><birth when="1878"/>',
    '<birth when="1878"/><birth when="1879"/>',
  ])('a person with %j is refused as register:rng', async (dates) => {
    const { registers, diagnostics } = await readRegisters(register(dates), schema);
    expect(registers).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.ruleId === 'register:rng' && d.file === 'authority/persons.xml')).toBe(true);
  });

  it('the project’s life dates are many, and agree with each other and with the offices', async () => {
    const { registers } = await readRegisters(files(), schema);
    const persons = [...registers!.entries.values()].filter((e) => e.kind === 'person');
    const when = (e: (typeof persons)[number], name: string): string | undefined => {
      const node = e.xml.children.find((c) => typeof c !== 'string' && c.name === name);
      return node && typeof node !== 'string' ? node.attrs.find(([k]) => k === 'when')?.[1] : undefined;
    };
    /** Whether a date is before another, at the precision both have (1945 is not before 1945-08). */
    const before = (a: string, b: string): boolean => a.slice(0, Math.min(a.length, b.length)) < b.slice(0, Math.min(a.length, b.length));
    const dated = persons.filter((e) => when(e, 'birth') ?? when(e, 'death'));
    expect(dated.length).toBeGreaterThanOrEqual(100);
    const wrong: string[] = [];
    for (const e of dated) {
      const [born, died] = [when(e, 'birth'), when(e, 'death')];
      if (born && died && !before(born, died)) wrong.push(`${e.id}: died ${died} before born ${born}`);
      // Actors of 1941–1946: born after 1840, none dead before 1920, none older than 110.
      if (born && (born < '1840' || born > '1930')) wrong.push(`${e.id}: born ${born}`);
      if (died && died < '1920') wrong.push(`${e.id}: died ${died}`);
      if (born && died && Number(died.slice(0, 4)) - Number(born.slice(0, 4)) > 110) wrong.push(`${e.id}: ${born}–${died}`);
      for (const o of e.occupations) {
        // An office begins after the holder's fifteenth year and ends by his death.
        if (born && o.from && Number(o.from.slice(0, 4)) - Number(born.slice(0, 4)) < 15) wrong.push(`${e.id}: office from ${o.from}, born ${born}`);
        if (died && o.to && before(died, o.to)) wrong.push(`${e.id}: office to ${o.to}, died ${died}`);
        if (died && o.from && before(died, o.from)) wrong.push(`${e.id}: office from ${o.from}, died ${died}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
