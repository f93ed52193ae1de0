/**
 * The editor's loop (`npm run build-tei -- --watch`): after a first build, the build runs again whenever a
 * source, a sidecar or a TEI file is saved (or one is added or deleted), and says in one line what it made
 * again. The build is incremental, so a save rebuilds that cable, its neighbours' links when its date
 * changed, and the corpus pages. Saves that come while a build runs are gathered for the next one; what
 * the build itself writes into the TEI folder (a TEI it made, its manifest) does not start another.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type BuildReport } from './build.js';
import { fingerprint, readManifest, type Manifest } from './build/manifest.js';
import { readText } from './build/tei-files.js';

export interface Watcher {
  /** Stops watching; resolves when a build under way has ended. */
  close(): Promise<void>;
}

/** One line for a build the watcher ran: what was made again, and how long it took. */
export function watchLine(changed: readonly string[], report: BuildReport, ms: number): string {
  const remade = report.cables.filter((c) => !c.unchanged).map((c) => c.stem);
  const failed = report.cables.filter((c) => !c.ok).length + (report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  const what = remade.length === 0 ? 'no cable published again' : remade.length <= 3 ? `published again: ${remade.join(', ')}` : `${remade.length} cables published again`;
  return `${changed.join(', ')} changed: ${what}${report.corpusUnchanged ? '' : ', corpus pages made'}; ${failed ? `${failed} with errors` : 'no error'} (${(ms / 1000).toFixed(1)} s)`;
}

/**
 * Watches the cables' folder and the TEI folder, and builds (with `options`) after each change, `delay`
 * milliseconds after the last of a burst of saves. `onBuilt` hears each build's report and line.
 */
export function watchBuild(options: BuildOptions, onBuilt: (line: string, report: BuildReport) => void, delay = 200): Watcher {
  const pending = new Set<string>();
  // TEI files saved, told from the build's own writes only when the next build is due (the manifest is then written).
  const teiSaved = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  /** Whether a TEI file as it is now is the build's own: what the build wrote (the manifest's fingerprint), or gone with its cable. */
  const ours = (name: string, manifest: Manifest): boolean => {
    const text = readText(join(options.teiDir, name));
    const entry = manifest.cables.get(name.slice(0, -4));
    return text === undefined ? !entry : entry?.tei === fingerprint(text);
  };
  const run = (): void => {
    if (closed || running) return;
    if (teiSaved.size) {
      const manifest = readManifest(options.teiDir, []);
      for (const name of teiSaved) if (!ours(name, manifest)) pending.add(`tei/${name}`);
    }
    teiSaved.clear();
    if (pending.size === 0) return;
    const changed = [...pending].sort();
    pending.clear();
    const started = Date.now();
    running = build(options)
      .then((report) => onBuilt(watchLine(changed, report, Date.now() - started), report))
      .finally(() => {
        running = undefined;
        schedule();
      });
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const watchers: FSWatcher[] = [
    watch(options.cablesDir, (_event, name) => {
      if (!name || !(name.endsWith('.txt') || name.endsWith('.json')) || name.endsWith('.tmp')) return;
      pending.add(name);
      schedule();
    }),
    watch(options.teiDir, (_event, name) => {
      if (!name || !name.endsWith('.xml')) return;
      teiSaved.add(name);
      schedule();
    }),
  ];
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
    },
  };
}
