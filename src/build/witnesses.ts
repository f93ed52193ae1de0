/**
 * The build's witnesses stage: before encoding, every source is read once more and signed (MinHash), and
 * copies of one text are grouped (src/collate/detect.ts), so that each witness's header can name the
 * others; while encoding, the grouped cables' words are kept; after, each group is collated and its
 * apparatus written as TEI (tei/collations/) and JSON (dist/json/collations/). Reads and writes files; the
 * collation itself (src/collate/) does not.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { collate, type Apparatus } from '../collate/apparatus.js';
import { groupWitnesses, HASHES, signature, type WitnessGroup } from '../collate/detect.js';
import { relationGaps, type WitnessLinks } from '../collate/header.js';
import { collationJson, type CollationJson } from '../collate/json.js';
import { collationTei, type WitnessInfo } from '../collate/tei.js';
import { witnessTokens, type Token } from '../collate/text.js';
import { teiWitnessTokens } from '../collate/tei-text.js';
import { toXml } from '../encode/xml.js';
import { startTags } from '../validate/scan.js';
import { Reporter, describeError, type Diagnostic } from '../diagnostics.js';
import type { EditionConfig } from '../edition-config.js';
import { cableTitle } from '../encode/tei.js';
import { displayPath } from '../fsutil.js';
import { ingest } from '../ingest/index.js';
import type { Cable } from '../model.js';
import { scanFolder } from './sources.js';
import { fingerprint } from './manifest.js';
import { guardedWrite, readText } from './tei-files.js';
import { validateRng, type RngSchema } from '../validate/rng.js';

/** The folder of collations inside the TEI folder, and inside dist/json and dist/html. */
export const COLLATIONS = 'collations';

/** What the build reports of a group of witnesses. */
export interface WitnessReport extends WitnessGroup {
  counts?: Apparatus['counts'];
  /** Paths written, relative to the working folder. */
  tei?: string;
  json?: string;
  html?: string;
  /** The cables' dates, as their TEI gives them: they may confirm a group, never make one. */
  dates: (string | undefined)[];
}

/** The words of a cable for detection: its tokens' normalised words (gaps and the editors' notes left out). */
export function detectionWords(cable: Cable): string[] {
  return witnessTokens(cable).filter((t) => t.kind === 'word').map((t) => t.norm);
}

/** Signatures kept between builds, by stem: the fingerprint of the source (and the project's version) each was made from. */
export type SignatureCache = Map<string, { key: string; shape: string; size: number; mins: string }>;

/**
 * Reads and ingests each source (cheap: no annotation) and groups the copies of one text. Returns the
 * groups and, for each grouped cable, what its header says of the others. A source that cannot be read
 * is left out here (the build reports it when it encodes). With a cache, a source whose bytes (and the
 * project's version, in `version`) are as when it was signed is not ingested again; the cache is updated.
 */
export function findWitnesses(sources: readonly { stem: string; path: string }[], cache?: SignatureCache, version = ''): { groups: WitnessGroup[]; links: Map<string, WitnessLinks> } {
  const shapes = new Map<string, string>();
  const signatures = [];
  for (const { stem, path } of sources) {
    try {
      const bytes = readFileSync(path);
      const key = cache ? fingerprint(`${fingerprint(bytes)}\0${version}`) : '';
      const kept = cache?.get(stem);
      const mins = kept && kept.key === key ? Buffer.from(kept.mins, 'base64') : undefined;
      if (kept && mins?.byteLength === HASHES * 4) {
        shapes.set(stem, kept.shape);
        signatures.push({ stem, size: kept.size, mins: new Uint32Array(mins.buffer.slice(mins.byteOffset, mins.byteOffset + mins.byteLength)) });
        continue;
      }
      const parsed = ingest(bytes, stem, new Reporter(displayPath(path)));
      if (!parsed) continue;
      const sig = signature(stem, detectionWords(parsed.cable));
      shapes.set(stem, parsed.cable.shape);
      signatures.push(sig);
      cache?.set(stem, { key, shape: parsed.cable.shape, size: sig.size, mins: Buffer.from(sig.mins.buffer, sig.mins.byteOffset, sig.mins.byteLength).toString('base64') });
    } catch {
      // Reported by the encode stage.
    }
  }
  if (cache) for (const stem of [...cache.keys()]) if (!shapes.has(stem)) cache.delete(stem);
  const groups = groupWitnesses(signatures);
  const links = new Map<string, WitnessLinks>();
  for (const g of groups) {
    for (const stem of g.stems) links.set(stem, { group: g.id, others: g.stems.filter((s) => s !== stem).map((s) => ({ stem: s, shape: shapes.get(s) ?? 'plain' })) });
  }
  return { groups, links };
}

/** What the apparatus says of a cable as a witness: title, archive, file number, date. */
export function witnessInfo(cable: Cable): WitnessInfo {
  const a = cable.meta.archive;
  return {
    stem: cable.stem,
    title: cableTitle(cable),
    shape: cable.shape,
    ...(cable.sourceNote?.fileNumber ? { fileNumber: cable.sourceNote.fileNumber } : {}),
    ...(cable.sourceNote?.archiveFile ? { archiveFile: cable.sourceNote.archiveFile } : {}),
    ...(a?.archive ? { archive: a.archive } : {}),
    ...(a?.url ? { url: a.url } : {}),
    ...(a?.collection ? { collection: a.collection } : {}),
    ...(cable.meta.date ? { date: cable.meta.date.when } : {}),
  };
}

/** The elements a relatedItem holds, written inline (one line of a diagnostic). */
const INLINE = new Set(['relatedItem', 'bibl', 'idno', 'ref']);

/**
 * A witness's text for its collation, read from the TEI that is published, so that an editor's correction of
 * a witness's TEI reaches the apparatus, its readings and their offsets (for a TEI the build wrote, the same
 * tokens as the source gives); its title and archive come from the source. A TEI edited by hand is never
 * rewritten: when its header does not name the other witnesses and the collation, or names a witness that is
 * no more, that is reported (`collate:relation`); when it cannot be read, the source's words stand in for it
 * (`collate:source-words`).
 */
export function witnessText(cable: Cable, xml: string, file: string, links: WitnessLinks, edited: boolean, sink: Diagnostic[]): { tokens: Token[]; info: WitnessInfo } {
  const info = witnessInfo(cable);
  const tokens = teiWitnessTokens(xml);
  const tag = startTags(xml).find((t) => t.name === 'notesStmt') ?? startTags(xml).find((t) => t.name === 'fileDesc');
  const at = { file, line: tag?.at.line ?? 1, column: tag?.at.column ?? 1 };
  if (!tokens) {
    sink.push({ ...at, severity: 'warning', ruleId: 'collate:source-words', message: `the text of this TEI cannot be read: the collation ${links.group} takes this witness's words from its source` });
    return { tokens: witnessTokens(cable), info };
  }
  const gaps = edited ? relationGaps(xml, links) : undefined;
  for (const { witness, element } of gaps?.missing ?? []) {
    const what = witness === undefined ? `the collation ${links.group}` : `the other witness ${witness}`;
    const text = toXml(element, INLINE).split('\n')[1];
    sink.push({ ...at, severity: 'warning', ruleId: 'collate:relation', message: `edited by hand: its header does not name ${what} (kept as it stands; to name it, add to notesStmt: ${text})` });
  }
  for (const stem of gaps?.stale ?? []) {
    sink.push({ ...at, severity: 'warning', ruleId: 'collate:relation', message: `edited by hand: its header names ${stem} as a witness of its text, and the build finds it is not (kept as it stands)` });
  }
  return { tokens, info };
}

/** A group's collation, made: its TEI and JSON, and the apparatus they come from. */
export interface Collation {
  group: WitnessGroup;
  apparatus: Apparatus;
  tei: string;
  json: CollationJson;
}

/** Collates every group whose witnesses all encoded (the base is the first by name). */
export function collateGroups(groups: readonly WitnessGroup[], witnesses: ReadonlyMap<string, { tokens: Token[]; info: WitnessInfo }>, edition: EditionConfig): Collation[] {
  const out: Collation[] = [];
  for (const group of groups) {
    const members = group.stems.filter((s) => witnesses.has(s));
    if (members.length < 2) continue;
    const apparatus = collate(members.map((id) => ({ id, tokens: witnesses.get(id)!.tokens })));
    const infos = members.map((s) => witnesses.get(s)!.info);
    const tokens = new Map(members.map((s) => [s, witnesses.get(s)!.tokens]));
    out.push({ group, apparatus, tei: collationTei(group.id, apparatus, infos, edition), json: collationJson(group.id, apparatus, infos, tokens, group.pairs, edition) });
  }
  return out;
}

/** Removes the collations of groups that are no more (they are the build's, never edited by hand). */
export function removeStaleCollations(dirs: readonly [string, string][], current: ReadonlySet<string>, sink: Diagnostic[]): void {
  for (const [dir, ext] of dirs) {
    if (!existsSync(dir)) continue;
    for (const { path, stem } of scanFolder(dir, ext, [])) {
      if (current.has(stem)) continue;
      try {
        rmSync(path, { force: true });
        sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'info', ruleId: 'output:removed', message: `the witnesses of ${stem} are no longer a group: its collation is removed` });
      } catch (e) {
        sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: `cannot remove: ${describeError(e)}` });
      }
    }
  }
}

/** The folders a build writes collations to. */
export function collationDirs(teiDir: string, distDir: string): { tei: string; json: string; html: string } {
  return { tei: join(teiDir, COLLATIONS), json: join(distDir, 'json', COLLATIONS), html: join(distDir, 'html', COLLATIONS) };
}

/** What publishing the collations needs from the build. */
export interface PublishContext {
  /** The collation grammar (schema/tei-collation.rng). */
  schema: RngSchema;
  /** The checker of schema/collation.schema.json. */
  checkJson: (value: unknown, file: string) => Diagnostic[];
  /** A cable's date, as its TEI gives it. */
  dateOf: (stem: string) => string | undefined;
  /** Makes a collation's page from its TEI (undefined when the stylesheets did not compile); returns whether it was written. */
  page?: ((tei: string, file: string, path: string) => boolean) | undefined;
  sink: Diagnostic[];
}

/**
 * Writes each collation's TEI (tei/collations/<group>.xml, validated against the collation grammar), JSON
 * (dist/json/collations/<group>.json, checked against its schema) and page (dist/html/collations/<group>.html);
 * removes those of groups that are no more. Returns what the build reports of each group.
 */
export async function publishCollations(collations: readonly Collation[], dirs: { tei: string; json: string; html: string }, ctx: PublishContext): Promise<WitnessReport[]> {
  removeStaleCollations([[dirs.tei, '.xml'], [dirs.json, '.json'], [dirs.html, '.html']], new Set(collations.map((c) => c.group.id)), ctx.sink);
  const out: WitnessReport[] = [];
  for (const c of collations) {
    const report: WitnessReport = { ...c.group, counts: c.apparatus.counts, dates: c.group.stems.map(ctx.dateOf) };
    out.push(report);
    const teiPath = join(dirs.tei, `${c.group.id}.xml`);
    const file = displayPath(teiPath);
    const problems = await validateRng([{ path: file, contents: c.tei }], ctx.schema);
    ctx.sink.push(...problems);
    if (readText(teiPath) === c.tei || guardedWrite(teiPath, c.tei, ctx.sink)) report.tei = file;
    const jsonPath = join(dirs.json, `${c.group.id}.json`);
    ctx.sink.push(...ctx.checkJson(c.json, displayPath(jsonPath)));
    if (guardedWrite(jsonPath, `${JSON.stringify(c.json, null, 2)}\n`, ctx.sink)) report.json = displayPath(jsonPath);
    const htmlPath = join(dirs.html, `${c.group.id}.html`);
    if (ctx.page?.(c.tei, file, htmlPath)) report.html = displayPath(htmlPath);
  }
  return out;
}

/** The signature cache of a dist folder (`.cache/signatures.json`); empty when absent or unreadable. */
export function readSignatureCache(distDir: string): SignatureCache {
  try {
    const value = JSON.parse(readFileSync(join(distDir, '.cache', 'signatures.json'), 'utf8')) as Record<string, { key: string; shape: string; size: number; mins: string }>;
    return new Map(Object.entries(value).filter(([, v]) => typeof v?.key === 'string' && typeof v.mins === 'string' && typeof v.size === 'number'));
  } catch {
    return new Map();
  }
}

/** Writes the signature cache when it changed (names sorted: the same bytes for the same cables). */
export function writeSignatureCache(distDir: string, cache: SignatureCache, sink: Diagnostic[]): void {
  const path = join(distDir, '.cache', 'signatures.json');
  const text = `${JSON.stringify(Object.fromEntries([...cache].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))}\n`;
  if (readText(path) !== text) guardedWrite(path, text, sink);
}
