/** Running the project's command lines as `npm run` does, for tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './ingest.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Runs a CLI of the project in the project's folder, with INIT_CWD the folder the user typed it in. */
export function cli(script: string, args: string[], userCwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: userCwd }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
