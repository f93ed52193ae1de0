/**
 * Redirects of renamed cables (edition.config.json `redirects`, old name → new name): the old page,
 * `dist/html/<old>.html`, stays and sends the reader on to the new one (a refresh of no delay, a link for
 * those without it, and the canonical URI of the cable under its new name), so that a link or citation
 * made before the rename still leads to the cable.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { uriOf, type EditionConfig } from '../edition-config.js';
import { displayPath } from '../fsutil.js';
import { escapeAttr } from '../encode/xml.js';
import { outputNames, RESERVED } from './outputs.js';
import { guardedWrite } from './tei-files.js';

/** HTML's escaping is XML's here: every value stands in a double-quoted attribute or in text. */
const escape = escapeAttr;

/** The page that sends a reader from a cable's old name to its new one. */
export function redirectPage(edition: EditionConfig, oldName: string, newName: string): string {
  const href = outputNames(newName).href;
  const uri = uriOf(edition, 'cable', newName);
  const canonical = /^https?:\/\//.test(uri) ? `<link rel="canonical" href="${escape(uri)}">` : '';
  return (
    `<!DOCTYPE html>\n<html lang="${escape(edition.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Moved: ${escape(oldName)} · ${escape(edition.title)}</title><meta http-equiv="refresh" content="0; url=${escape(href)}">${canonical}</head>` +
    `<body><main><h1>This cable has a new name</h1><p>The cable published as ${escape(oldName)} is now <a href="${escape(href)}">${escape(newName)}</a> (${escape(uri)}).</p></main></body></html>\n`
  );
}

/**
 * Writes the redirect pages of the edition's configuration into `<distDir>/html`; returns the old names
 * they stand under. A redirect from a name a cable still has, from a name no page may have, or to no
 * cable of the edition is a warning (`output:redirect`), and writes nothing.
 */
export function writeRedirects(edition: EditionConfig, cables: ReadonlySet<string>, distDir: string, configFile: string, sink: Diagnostic[]): Set<string> {
  const written = new Set<string>();
  for (const [oldName, newName] of Object.entries(edition.redirects ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const warn = (why: string): void => {
      sink.push({ file: configFile, line: 1, column: 1, severity: 'warning', ruleId: 'output:redirect', message: `redirects: “${oldName}” → “${newName}”: ${why}; no redirect page is written` });
    };
    if (outputNames(oldName).name !== oldName || (RESERVED as readonly string[]).includes(oldName.toLowerCase())) warn('the old name cannot be a page’s name');
    else if (cables.has(oldName)) warn('a cable still has the old name');
    else if (!cables.has(newName)) warn('no cable of the edition has the new name');
    else if (guardedWrite(join(distDir, 'html', `${oldName}.html`), redirectPage(edition, oldName, newName), sink)) written.add(oldName);
    else sink.push({ file: displayPath(join(distDir, 'html', `${oldName}.html`)), line: 1, column: 1, severity: 'error', ruleId: 'output:write', message: 'the redirect page cannot be written' });
  }
  return written;
}
