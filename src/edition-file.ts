/**
 * The whole edition as one TEI file for libraries to ingest: `dist/tei/edition.xml`, a teiCorpus with the
 * edition's header (from edition.config.json), every cable's TEI in date order, and the registers. Written
 * piece by piece to a temporary file and renamed, so that no string holds the whole corpus and no file is
 * left half-written.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { uriOf, type EditionConfig } from './edition-config.js';
import { readableDate } from './dates.js';
import { escapeAttr, escapeText } from './encode/xml.js';
import { TEI_NS } from './encode/tei.js';
import { APP_NAME, APP_VERSION } from './version.js';

/** A document as a member of the corpus: without its XML declaration, processing instructions and leading comments. */
export function asMember(xml: string): string {
  return xml.replace(/^\uFEFF?(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->)*\s*/, '').trimEnd();
}

/**
 * A cable as a member of the corpus, so that every xml:id of the file is unique: its standOff (copies of
 * register entries, which the corpus holds once, at its end) left out, and its application's id
 * `pipeline` left to the corpus header's, which the cable's @resp and @who then point at.
 */
export function asCableMember(xml: string): string {
  return asMember(xml)
    .replace(/\n?\s*<standOff>[\s\S]*?<\/standOff>/, '')
    .replace(/<application xml:id="pipeline" /, '<application ');
}

const ENTRY = /<(person|place|org)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g;

/**
 * A register (tei/authority/*.xml, valid against registers.rng) as the corpus holds it: each entry with its
 * URI, `idno type="URI"` (uriOf), after its other idno and before its note, as the entries' grammar orders
 * them; an entry that has that URI already is left as it is. The register file itself is not changed.
 */
export function withEntryUris(xml: string, edition: EditionConfig): string {
  const start = xml.indexOf('<standOff');
  if (start < 0) return xml;
  const entries = xml.slice(start).replace(ENTRY, (whole, kind: 'person' | 'place' | 'org', attrs: string, body: string) => {
    const id = /\bxml:id\s*=\s*(["'])(.*?)\1/.exec(attrs)?.[2];
    if (id === undefined) return whole;
    const uri = escapeText(uriOf(edition, kind, id));
    if (body.includes(`<idno type="URI">${uri}</idno>`)) return whole;
    // The white space before the first child, so that the idno stands as the entry's other children do.
    const indent = /^\s*/.exec(body)![0];
    const idno = `${indent}<idno type="URI">${uri}</idno>`;
    const note = /\s*<note\b/.exec(body);
    const at = note ? note.index : body.length - /\s*$/.exec(body)![0].length;
    return `<${kind}${attrs}>${body.slice(0, at)}${idno}${body.slice(at)}</${kind}>`;
  });
  return xml.slice(0, start) + entries;
}

/** The corpus's own header: the edition, its editors, publisher, date, licence, and what it holds. */
export function corpusHeader(edition: EditionConfig, cables: number): string {
  const t = escapeText;
  const editors = edition.editors.map((e) => `<respStmt><resp>${t(e.role)}</resp><name>${t(e.name)}</name></respStmt>`).join('');
  return (
    `<teiHeader><fileDesc><titleStmt><title>${t(edition.title)}</title>${editors}</titleStmt>` +
    `<publicationStmt><publisher>${t(edition.publisher)}</publisher><date when="${escapeAttr(edition.date)}">${t(readableDate(edition.date))}</date>` +
    `<availability status="free"><licence target="${escapeAttr(edition.licence.url)}">The encoding: ${t(edition.licence.name)}.</licence><p>The sources: works of the United States Government, in the public domain, and archives’ copies as each cable’s header says.</p></availability></publicationStmt>` +
    `<sourceDesc><p>${cables} cables, each with its own header and sources, in the order of their dates, then the registers of persons, places and organisations.</p></sourceDesc></fileDesc>` +
    `<encodingDesc><appInfo><application xml:id="pipeline" ident="${escapeAttr(APP_NAME)}" version="${escapeAttr(APP_VERSION)}"><label>The build that made this file, encoded the cables and marked their names, dates and speech</label></application></appInfo>` +
    // As each cable's header declares it: a consumer reading the root's header (the TEI Consortium's stylesheets do) adds no quotation marks around said.
    `<editorialDecl><quotation marks="all"><p>Quotation marks are the sources’ own and stay in the text; said adds none, so a consumer must not add quotation marks around said.</p></quotation></editorialDecl></encodingDesc></teiHeader>`
  );
}

/** Writes the corpus file: the header, then each member read when its turn comes. */
export function writeEditionFile(path: string, edition: EditionConfig, members: Iterable<() => string>, cables: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="${TEI_NS}" xml:lang="${escapeAttr(edition.language)}">\n${corpusHeader(edition, cables)}\n`);
    for (const member of members) writeSync(fd, `${asMember(member())}\n`);
    writeSync(fd, '</teiCorpus>\n');
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}
