/** The example workflow of the README's "Past one machine" builds every shard it lists and merges them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard } from '../../src/build/shards.js';
import { ROOT } from '../helpers/ingest.js';

const workflow = readFileSync(join(ROOT, '.ci', 'github-shards.yml'), 'utf8');

describe('.ci/github-shards.yml', () => {
  it('has one matrix job for each shard of the split its build names, and hands on the files the build lists', () => {
    const shards = /shard: \[([\d, ]+)\]/.exec(workflow)![1]!.split(',').map((s) => Number(s.trim()));
    const split = /npm run build-tei -- --shard \$\{\{ matrix\.shard \}\}\/(\d+)/.exec(workflow);
    expect(split).not.toBeNull();
    const n = Number(split![1]);
    expect(shards).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (const k of shards) expect(typeof parseShard(`${k}/${n}`)).toBe('object');
    // The list the build writes (build/shards.ts): dist/shards/K-of-N.files.
    expect(workflow).toContain(`-T dist/shards/\${{ matrix.shard }}-of-${n}.files`);
  });

  it('merges after the shards, from their files', () => {
    expect(workflow).toMatch(/merge:\n\s+needs: shard/);
    expect(workflow).toContain('npm run build-tei -- --merge');
    expect(workflow.indexOf('tar -xf')).toBeLessThan(workflow.indexOf('--merge'));
  });
});
