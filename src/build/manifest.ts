/**
 * The build manifest, `tei/build-manifest.json`: for each cable, the fingerprints of its inputs and of the
 * TEI the build last wrote. It tells a hand-edited TEI (its bytes differ from what the build wrote) from a
 * generated one, and a source changed since (a conflict with the edit). Committed with tei/, so a clone
 * knows what was generated; deterministic (names sorted, no clock, no path).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { displayPath } from '../fsutil.js';

export const MANIFEST_NAME = 'build-manifest.json';

export interface ManifestEntry {
  /** Fingerprint of the source's bytes. */
  source: string;
  /** Fingerprint of the sidecar's text, when there was one. */
  sidecar?: string;
  /** Fingerprint of the TEI the build wrote. */
  tei: string;
  /** Fingerprint of the TEI and the schema when the TEI last validated with no message: it is not validated again while they are unchanged. */
  valid?: string;
  /** Fingerprint of what the cable's page, JSON and catalogue record were last made from, with no message (see publishKey): they are not made again while it is unchanged and they exist. */
  published?: string;
}

/** The fields of an entry, in the manifest's order, without those that are not set. */
function entryFields(e: ManifestEntry): ManifestEntry {
  return { source: e.source, ...(e.sidecar ? { sidecar: e.sidecar } : {}), tei: e.tei, ...(e.valid ? { valid: e.valid } : {}), ...(e.published ? { published: e.published } : {}) };
}

export interface Manifest {
  /** By cable name (the TEI file's name without `.xml`). */
  cables: Map<string, ManifestEntry>;
  /** The register ids the edition has published, by kind (see register-ids.ts); undefined when none are recorded yet. */
  registers?: Partial<Record<'person' | 'place' | 'org', string[]>>;
}

/** A fingerprint of bytes or text: `sha256:` and the hex digest. */
export function fingerprint(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** The manifest of a TEI folder; empty when there is none, and (with a warning) when it cannot be read: every TEI that differs from what the build makes then counts as hand-edited. */
export function readManifest(teiDir: string, sink: Diagnostic[]): Manifest {
  const path = join(teiDir, MANIFEST_NAME);
  const cables = new Map<string, ManifestEntry>();
  let registers: Manifest['registers'];
  if (!existsSync(path)) return { cables };
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { cables?: Record<string, ManifestEntry>; registers?: Record<string, unknown> };
    for (const [name, e] of Object.entries(value.cables ?? {})) {
      if (typeof e?.source !== 'string' || typeof e.tei !== 'string') continue;
      const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
      cables.set(name, entryFields({ source: e.source, sidecar: text(e.sidecar), tei: e.tei, valid: text(e.valid), published: text(e.published) } as ManifestEntry));
    }
    if (value.registers && typeof value.registers === 'object') {
      registers = {};
      for (const kind of ['person', 'place', 'org'] as const) {
        const ids = value.registers[kind];
        if (Array.isArray(ids)) registers[kind] = ids.filter((id): id is string => typeof id === 'string');
      }
    }
  } catch (e) {
    sink.push({ file: displayPath(path), line: 1, column: 1, severity: 'warning', ruleId: 'tei:manifest', message: `the build manifest cannot be read (${(e as Error).message}); every TEI file that differs from what the build makes is kept as hand-edited` });
  }
  return registers ? { cables, registers } : { cables };
}

/** The manifest as text: names sorted, one entry a line group, a final newline. */
export function manifestText(m: Manifest): string {
  const cables: Record<string, ManifestEntry> = {};
  for (const name of [...m.cables.keys()].sort()) {
    cables[name] = entryFields(m.cables.get(name)!);
  }
  const about =
    'Written by npm run build-tei: what it last wrote in this folder (fingerprints of each cable’s source, sidecar and TEI, and of what its validation and its pages were last made from), and the ids of the register entries the edition has published. A TEI file whose fingerprint differs was edited by hand and is never overwritten. Do not edit.';
  const registers = m.registers && Object.keys(m.registers).length ? { registers: m.registers } : {};
  return `${JSON.stringify({ about, version: 1, cables, ...registers }, null, 2)}\n`;
}

/**
 * The fingerprint of what a cable's published files are made from: its TEI, its neighbours by date (the
 * page links to them), the stylesheets, the edition's configuration and the project's version.
 */
export function publishKey(tei: string, prev: string, next: string, context: string): string {
  return fingerprint([tei, prev, next, context].join('\0'));
}

/** What the build may do with an existing TEI file. */
export type TeiState = 'absent' | 'same' | 'generated' | 'hand-edited';

/** Whether the TEI file at hand (`existing`, undefined when there is none) is what the build wrote last (by the manifest entry), the same as it would write now, or edited by hand. */
export function teiState(existing: string | undefined, fresh: string, entry: ManifestEntry | undefined): TeiState {
  if (existing === undefined) return 'absent';
  if (existing === fresh) return 'same';
  return isHandEdited(existing, entry) ? 'hand-edited' : 'generated';
}

/** Whether a TEI file's text is not what the build last wrote (by its manifest entry; without one, nothing says the build wrote it). */
export function isHandEdited(existing: string, entry: ManifestEntry | undefined): boolean {
  return !entry || fingerprint(existing) !== entry.tei;
}

/**
 * What changed between two texts, for a reader: the lines removed (`- n: …`, numbered in the first) and
 * added (`+ n: …`, numbered in the second), found by Myers' diff on the lines between the common
 * beginning and end; at most `limit` lines are shown. Costs O((N+M)·D) for D differing lines; past
 * `maxEdits` differences it shows the whole differing middle instead.
 */
export function changedLines(before: string, after: string, limit = 40, maxEdits = 2000): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const edits = myers(a.slice(start, endA), b.slice(start, endB), maxEdits) ?? [
    ...a.slice(start, endA).map((_, i) => ({ sign: '-' as const, index: i })),
    ...b.slice(start, endB).map((_, i) => ({ sign: '+' as const, index: i })),
  ];
  // A long line is shown around where it differs from the first line of the other kind next to it.
  const text = (e: { sign: '-' | '+'; index: number }): string => (e.sign === '-' ? a : b)[start + e.index]!;
  const lines = edits.map((e, i) => {
    const line = text(e);
    const near = [edits[i - 1], edits[i + 1], edits[i - 2], edits[i + 2]].find((o) => o && o.sign !== e.sign);
    let shown = line;
    if (line.length > 160) {
      const other = near ? text(near) : '';
      let d = 0;
      while (d < line.length && line[d] === other[d]) d++;
      const from = Math.max(0, Math.min(d - 60, line.length - 160));
      shown = `${from > 0 ? '…' : ''}${line.slice(from, from + 160)}${from + 160 < line.length ? '…' : ''}`;
    }
    return `${e.sign} ${start + e.index + 1}: ${shown}`;
  });
  return lines.length > limit ? [...lines.slice(0, limit), `… ${lines.length - limit} more changed lines`] : lines;
}

/** Myers' shortest edit script between two lists of lines, as removals (index in `a`) and additions (index in `b`) in order; undefined past `max` edits. */
function myers(a: readonly string[], b: readonly string[], max: number): { sign: '-' | '+'; index: number }[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, n + m); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        // Walk back through the trace to the edits.
        const out: { sign: '-' | '+'; index: number }[] = [];
        let cx = n;
        let cy = m;
        for (let e = d; e > 0; e--) {
          const pv = trace[e]!;
          const ck = cx - cy;
          const down = ck === -e || (ck !== e && pv[offset + ck - 1]! < pv[offset + ck + 1]!);
          const pk = down ? ck + 1 : ck - 1;
          const px = pv[offset + pk]!;
          const py = px - pk;
          while (cx > (down ? px : px + 1) && cy > (down ? py + 1 : py)) {
            cx--;
            cy--;
          }
          if (down) out.push({ sign: '+', index: py });
          else out.push({ sign: '-', index: px });
          cx = px;
          cy = py;
        }
        return out.reverse();
      }
    }
  }
  return undefined;
}
