/**
 * The edition's configuration (`edition.config.json` at the project's root, checked by
 * `schema/edition-config.schema.json`): its title, publisher, editors, date of version, licence, base
 * URI and language. The TEI header, the HTML and the JSON take them from it; another collection of
 * cables needs only its own file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { jsonChecker, parseJson } from './json-schema.js';
import { loadJsonSchema } from './schemas.js';

export interface EditionConfig {
  title: string;
  publisher: string;
  editors: { name: string; role: string }[];
  /** The date of this version of the edition (ISO 8601), set by hand. */
  date: string;
  licence: { name: string; url: string };
  baseUri: string;
  language: string;
  /** The editors' contact address: the static repository's adminEmail (without it, no static repository is written). */
  email?: string;
  /** The base URL of the OAI static repository gateway that serves the edition's static repository to harvesters. */
  oaiGateway?: string;
  /** Cables renamed since they were published: old name → new name, so that their URIs can be redirected. */
  redirects?: Record<string, string>;
  /** Register entries whose id changed (or that were merged into another) since they were published: old id → new id, so that their URIs still lead to the entry. */
  registerRedirects?: Record<string, string>;
}

const ROOT = new URL('..', import.meta.url).pathname;

/** Reads and checks a configuration file; the diagnostics say where it is wrong. */
export function readEditionConfig(path: string, file = path): { config?: EditionConfig; diagnostics: Diagnostic[] } {
  if (!existsSync(path)) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'config:missing', message: 'no edition configuration here (edition.config.json: title, publisher, editors, date, licence, baseUri, language)' }] };
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, ' ');
  const parsed = parseJson(text, file, 'config:not-json');
  if ('diagnostic' in parsed) return { diagnostics: [parsed.diagnostic] };
  const value = parsed.value;
  const check = jsonChecker(loadJsonSchema(join(ROOT, 'schema'), 'edition-config.schema.json'));
  const problems = check(value, file, text).map((d) => ({ ...d, ruleId: 'config:schema' }));
  if (problems.length) return { diagnostics: problems };
  const { $schema: _, ...config } = value as EditionConfig & { $schema?: string };
  return { config, diagnostics: [] };
}

let project: EditionConfig | undefined;

/** The project's own configuration (edition.config.json at its root): what the build uses unless told otherwise. */
export function projectEdition(): EditionConfig {
  if (!project) {
    const read = readEditionConfig(join(ROOT, 'edition.config.json'), 'edition.config.json');
    if (!read.config) throw new Error(`edition.config.json: ${read.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
    project = read.config;
  }
  return project;
}

/** The URI of a thing of the edition from its base: `https://…/cable/004` for an http(s) base, `urn:…:cable:004` for a URN. */
export function uriOf(edition: EditionConfig, kind: 'cable' | 'person' | 'place' | 'org' | 'collation', id: string): string {
  return edition.baseUri.endsWith('/') ? `${edition.baseUri}${kind}/${encodeURIComponent(id)}` : `${edition.baseUri}${kind}:${encodeURIComponent(id)}`;
}
