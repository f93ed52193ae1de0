/** Stylesheets compiled to SEF once, with xslt3, and reused while the XSLT is unchanged. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);

/** Every .xsl file under a folder, sorted. */
function xslFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xslFiles(p));
    else if (name.endsWith('.xsl')) out.push(p);
  }
  return out;
}

/** A hash of every stylesheet under the folder and of SaxonJS's version: a driver's SEF is stale when either changes. */
export function stylesheetsHash(dir: string): string {
  const h = createHash('sha256');
  // A new SaxonJS may write SEF differently: its version is part of the key.
  h.update(JSON.parse(readFileSync(require.resolve('saxon-js/package.json'), 'utf8')).version as string).update('\0');
  for (const f of xslFiles(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export interface CompiledStylesheet {
  /** The SEF, parsed. */
  sef: unknown;
  /** Whether this call compiled it (false when the cached SEF was reused). */
  compiled: boolean;
  path: string;
}

/**
 * The SEF of a driver stylesheet, from the cache folder when the stylesheets are unchanged,
 * else compiled with xslt3 and written there (by rename, so no half-written SEF is ever read).
 * Throws an Error with xslt3's message when the XSLT does not compile.
 */
export function compileStylesheet(transformsDir: string, driver: string, cacheDir: string): CompiledStylesheet {
  const hash = stylesheetsHash(transformsDir);
  const base = driver.replace(/\.xsl$/, '');
  const path = join(cacheDir, `${base}.${hash}.sef.json`);
  if (existsSync(path)) return { sef: JSON.parse(readFileSync(path, 'utf8')), compiled: false, path };
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const xslt3 = require.resolve('xslt3/xslt3.js');
  try {
    execFileSync(process.execPath, [xslt3, `-xsl:${join(transformsDir, driver)}`, `-export:${tmp}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    rmSync(tmp, { force: true });
    throw new Error(`xslt3 could not compile ${driver}: ${(err.stderr?.toString() || err.message).trim()}`);
  }
  // Old SEFs of this driver are of stylesheets that no longer exist.
  for (const name of readdirSync(cacheDir)) if (name.startsWith(`${base}.`) && name.endsWith('.sef.json')) rmSync(join(cacheDir, name), { force: true });
  renameSync(tmp, path);
  return { sef: JSON.parse(readFileSync(path, 'utf8')), compiled: true, path };
}

/**
 * Where compiled stylesheets are kept: node_modules/.cache, as npm tools do, in a folder of this checkout's
 * own (checkouts that share node_modules, such as git worktrees, would otherwise remove each other's SEFs).
 */
export function defaultCacheDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'cables-sef', createHash('sha256').update(projectRoot).digest('hex').slice(0, 12));
}

