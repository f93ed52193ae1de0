/** The project's name and version, as package.json gives them: the application that encodes the cables. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const APP_NAME = pkg.name;
export const APP_VERSION = pkg.version;
