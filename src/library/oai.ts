/**
 * The edition's OAI-PMH static repository (`dist/oai/static-repository.xml`, made by transforms/oai.xsl): where
 * it is published, the baseURL a gateway answers at, the records' identifiers, or why the edition cannot be
 * harvested this way. An oai-identifier needs a domain name and a gateway an http URL, so the base URI must be
 * an http(s) URL; Identify needs an adminEmail and day datestamps, so the configuration must give an `email`
 * and a `date` that is a day.
 */
import type { EditionConfig } from '../edition-config.js';

/** The static repository's file, under the dist folder: `oai/static-repository.xml`. */
export const STATIC_REPOSITORY = ['oai', 'static-repository.xml'] as const;

/** What the static repository says of itself, as the stylesheet's parameters take it. */
export interface StaticRepository {
  /** Where the file is served: `<base>oai/static-repository.xml`. */
  url: string;
  /** Identify/baseURL: `<gateway>/<url without its scheme>` (the specification's form), or `url` itself without a gateway. */
  baseURL: string;
  /** What every record's identifier starts with: `oai:<host>:<path of the base>`, before `cable/<name>`. */
  identifierPrefix: string;
  adminEmail: string;
  /** Every record's datestamp and the earliest: the date of the edition's version. */
  datestamp: string;
}

/** An oai-identifier's repository identifier: a domain name (OAI, "Specification and XML Schema for the OAI Identifier Format"). */
const DOMAIN = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

/** The edition's static repository, or the reasons (as sentences) it cannot have one. */
export function staticRepository(edition: EditionConfig, cables: number): { repository: StaticRepository } | { missing: string[] } {
  const missing: string[] = [];
  let base: URL | undefined;
  if (!/^https?:\/\//.test(edition.baseUri)) missing.push(`the base URI ${edition.baseUri} is not an http(s) URL (a gateway reads the file at one, and a record's oai-identifier is made from its host)`);
  else {
    base = new URL(edition.baseUri);
    if (!DOMAIN.test(base.hostname)) missing.push(`the base URI's host ${base.hostname} is not a domain name (an oai-identifier's repository identifier must be one)`);
  }
  if (!edition.email) missing.push('edition.config.json gives no "email" (Identify must name an adminEmail)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(edition.date)) missing.push(`the edition's date ${edition.date} is not a day (a static repository's datestamps are YYYY-MM-DD)`);
  if (cables === 0) missing.push('there is no cable to list (ListRecords holds one record at least)');
  if (missing.length || !base || !edition.email) return { missing };
  const url = `${edition.baseUri}${STATIC_REPOSITORY.join('/')}`;
  const gateway = edition.oaiGateway?.replace(/\/+$/, '');
  return {
    repository: {
      url,
      baseURL: gateway ? `${gateway}/${url.replace(/^https?:\/\//, '')}` : url,
      identifierPrefix: `oai:${base.hostname}:${base.pathname.slice(1)}`,
      adminEmail: edition.email,
      datestamp: edition.date,
    },
  };
}

/** The stylesheet's parameters for a static repository. */
export function oaiParams(repository: StaticRepository): Record<string, string> {
  return { 'oai-base-url': repository.baseURL, 'oai-identifier-prefix': repository.identifierPrefix, 'oai-admin-email': repository.adminEmail };
}
