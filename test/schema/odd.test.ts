/** The ODD documents the profile exactly: what the RELAX NG allows and what the ODD describes are the same, and the README's encoding table speaks only of what they allow. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oddProfile, rngProfile, type Profile } from '../../src/schema-profile.js';
import { compileStylesheet } from '../../src/transform/compile.js';
import { runStylesheet } from '../../src/transform/run.js';
import { ROOT } from '../helpers/ingest.js';

// The corpus grammar includes the cable profile and the registers' entries: everything the edition's TEI may hold.
const rng = rngProfile(`${ROOT}schema/tei-corpus.rng`);
const odd = oddProfile(`${ROOT}schema/tei-cable.odd`);

/** Every element, element@attribute and element@attribute=value of a profile, as sorted strings. */
function facts(p: Profile): string[] {
  const out: string[] = [];
  for (const [el, atts] of p) {
    out.push(el);
    for (const [a, values] of atts) {
      out.push(`${el}@${a}${values ? ' (closed)' : ''}`);
      for (const v of values ?? []) out.push(`${el}@${a}=${v}`);
    }
  }
  return out.sort();
}

describe('the ODD and the RELAX NG profile', () => {
  it('name the same elements, attributes and closed values', () => {
    expect(rng.size).toBeGreaterThan(50);
    const [inRng, inOdd] = [facts(rng), facts(odd)];
    expect(inRng.filter((f) => !inOdd.includes(f)), 'in the RELAX NG, not documented in the ODD').toEqual([]);
    expect(inOdd.filter((f) => !inRng.includes(f)), 'in the ODD, not allowed by the RELAX NG').toEqual([]);
  });

  it('would notice a value the RELAX NG adds', () => {
    const changed: Profile = new Map([...rng].map(([el, atts]) => [el, new Map(atts)]));
    changed.get('seg')!.set('type', [...changed.get('seg')!.get('type')!, 'postscript']);
    expect(facts(changed).filter((f) => !facts(odd).includes(f))).toEqual(['seg@type=postscript']);
  });

  it('give every element and every closed value a description', () => {
    const text = readFileSync(`${ROOT}schema/tei-cable.odd`, 'utf8');
    const specs = [...text.matchAll(/<elementSpec ident="([^"]+)"[^>]*>\s*<desc>[^<]{10,}/g)].map((m) => m[1]);
    expect(specs.sort()).toEqual([...odd.keys()].sort());
    const items = [...text.matchAll(/<valItem ident="[^"]+"><desc>([^<]*)<\/desc><\/valItem>/g)].map((m) => m[1]!);
    expect(items.length).toBe(facts(odd).filter((f) => f.includes('=')).length);
    expect(items.every((d) => d.length > 5)).toBe(true);
  });
});

describe('the README’s encoding table', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const table = readme.slice(readme.indexOf('## The encoding'), readme.indexOf('## The HTML reading edition'));

  it('names only elements, attributes and values the ODD documents', () => {
    const said = [...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    // A TEI path: steps of an element (with attributes) or an @attribute, joined by slashes: `correspAction type="sent"/date/@when`.
    const step = '(?:[a-z][A-Za-z]*|TEI)(?:\\s+[a-z:A-Z]+="[^"]*"|\\s+@[a-z:A-Z]+)*|@[a-z:A-Z]+';
    const path = new RegExp(`^(?:${step})(?:/(?:${step}))*$`);
    const paths = said.filter((c) => path.test(c));
    const wrong: string[] = [];
    for (const code of paths) {
      let element: string | undefined;
      for (const part of code.split(/\/(?=[a-zA-Z@])/)) {
        const [name, ...attrs] = [...part.matchAll(/@?[a-zA-Z:]+(?:="[^"]*")?/g)].map((m) => m[0]);
        if (!name!.startsWith('@')) {
          element = name!;
          if (!odd.has(element)) wrong.push(`${code}: <${element}>`);
        }
        for (const a of name!.startsWith('@') ? [name!.slice(1)] : attrs) {
          const [att, value] = a.replace(/^@/, '').split('="');
          const values = element ? odd.get(element)?.get(att!) : undefined;
          if (element && odd.has(element) && values === undefined) wrong.push(`${code}: ${element}@${att}`);
          else if (values && value !== undefined && !values.includes(value.replace(/"$/, ''))) wrong.push(`${code}: ${element}@${att}=${value}`);
        }
      }
    }
    expect(paths.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

describe('the encoding documentation page', () => {
  it('is made from the ODD: every element, every attribute and every closed value with its meaning', () => {
    const { sef } = compileStylesheet(`${ROOT}transforms`, 'encoding.xsl', join(mkdtempSync(join(tmpdir(), 'odd-')), 'cache'));
    const { output, diagnostics } = runStylesheet(sef, readFileSync(`${ROOT}schema/tei-cable.odd`, 'utf8'), 'tei-cable.odd', { 'edition-title': 'E' });
    expect(diagnostics).toEqual([]);
    const html = output!;
    for (const el of odd.keys()) expect(html, el).toContain(`id="el-${el}"`);
    expect(html).toContain('<code>@direct</code>');
    expect(html).toContain('<code>true</code>: Direct speech');
    expect(html).toContain('<title>The encoding · E</title>');
  });
});
