/** `npm run eval [-- --gold DIR]`: scores the annotation against hand-made gold files (by default the fixtures' and seeds', test/fixtures/gold/; an editor's own folder with --gold, each file's `source` relative to the project or absolute). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAnnotator, PROJECT_ROOT, readSource } from './build.js';
import { describeError, type Diagnostic } from './diagnostics.js';
import { addScores, foundIn, rates, scoreCable, type GoldFile, type Score } from './eval/score.js';
import { jsonChecker } from './json-schema.js';
import { encodeSource } from './pipeline.js';
import { loadJsonSchema } from './schemas.js';

const TYPES = ['persons', 'places', 'orgs', 'dates', 'speech'] as const;

/** Scores every gold file of a folder; prints a table by type and returns the totals. */
export async function evaluate(goldDir: string, print: (line: string) => void): Promise<Record<(typeof TYPES)[number], Score>> {
  const schemaDir = join(PROJECT_ROOT, 'schema');
  const annotator = await loadAnnotator();
  const check = jsonChecker(loadJsonSchema(schemaDir, 'sidecar.schema.json'));
  const zero = (): Score => ({ gold: 0, found: 0, matched: 0 });
  const total = { persons: zero(), places: zero(), orgs: zero(), dates: zero(), speech: zero() };
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldFile;
    const source = resolve(PROJECT_ROOT, gold.source);
    const unread: Diagnostic[] = [];
    const input = readSource(source, gold.source, source.replace(/\.txt$/, '.json'), unread);
    const result = input ? encodeSource({ stem: name.replace(/\.json$/, ''), file: gold.source, ...input }, check, annotator) : undefined;
    if (!result?.xml) {
      print(`${name}: not encoded`);
      continue;
    }
    const scores = scoreCable(gold, foundIn(result.xml));
    for (const t of TYPES) total[t] = addScores(total[t], scores[t]);
    print(`${name.padEnd(40)} ${TYPES.map((t) => `${t} ${scores[t].matched}/${scores[t].gold} (${scores[t].found} found)`).join('  ')}`);
  }
  print('');
  print('type      precision  recall  right id   (matched / gold, found)');
  for (const t of TYPES) {
    const s = total[t];
    const r = rates(s);
    print(`${t.padEnd(9)} ${r.precision.toFixed(2).padStart(9)}  ${r.recall.toFixed(2).padStart(6)}  ${s.rightId !== undefined && s.matched ? (s.rightId / s.matched).toFixed(2).padStart(8) : '       -'}   (${s.matched} / ${s.gold}, ${s.found})`);
  }
  return total;
}

if (process.argv[1] && /eval-cli\.ts$/.test(process.argv[1])) {
  try {
    const args = process.argv.slice(2);
    const at = args.indexOf('--gold');
    const goldDir = at === -1 ? join(PROJECT_ROOT, 'test', 'fixtures', 'gold') : resolve(args[at + 1] ?? '.');
    await evaluate(goldDir, (l) => process.stdout.write(`${l}\n`));
  } catch (e) {
    process.stderr.write(`eval:1:1 error internal:exception ${describeError(e)}\n`);
    process.exitCode = 2;
  }
}
