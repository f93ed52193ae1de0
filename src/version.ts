/** The project's name and version, as package.json gives them: the application that encodes the cables. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const APP_NAME = pkg.name;
export const APP_VERSION = pkg.version;

/** The RELAX NG validator's version (xmllint-wasm): a TEI that validated is validated again when it changes. */
export const VALIDATOR_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('xmllint-wasm/package.json'), 'utf8')) as { version: string }).version;
