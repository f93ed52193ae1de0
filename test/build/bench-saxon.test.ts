/** The bench's Saxon-HE driver (src/bench-saxon.java) runs each task as the task file says: its stylesheet, source, output, group and parameters. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedTools, javacCommand, parseDriverReport, saxonCommand, taskLine, type Command, type ReferenceTask } from '../../src/bench-reference.js';
import { ROOT } from '../helpers/ingest.js';

const tools = installedTools();
const ready = tools.java !== undefined && tools.javac !== undefined && tools.saxonJar !== undefined;

const run = (c: Command) => spawnSync(c.command, c.args, { encoding: 'utf8' });

// Skipped where java, javac or Saxon-HE's jar is not installed: the bench then skips the reference transforms too.
describe.skipIf(!ready)('the Saxon driver (needs java, javac and Saxon-HE)', () => {
  it('runs every task with its parameters, the tasks of a group on their one source, and counts failures and messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-saxon-'));
    const classes = join(dir, 'classes');
    expect(run(javacCommand(tools.javac!, tools.saxonJar!, join(ROOT, 'src', 'bench-saxon.java'), classes)).status).toBe(0);
    const sheet = join(dir, 'echo.xsl');
    writeFileSync(
      sheet,
      `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="xs">
  <xsl:param name="p" as="xs:string" select="'none'"/>
  <xsl:param name="n" as="xs:integer" select="0"/>
  <xsl:template match="/"><xsl:message>seen</xsl:message><out p="{$p}" n="{$n + 1}" items="{count(//item)}"/></xsl:template>
</xsl:stylesheet>`,
    );
    const source = join(dir, 'in.xml');
    writeFileSync(source, '<list><item/><item/></list>');
    const tasks: ReferenceTask[] = [
      { stylesheet: sheet, source, output: join(dir, 'out', 'a.xml'), group: '', params: { p: 'tab\there', n: '41' } },
      { stylesheet: sheet, source, output: join(dir, 'out', 'b.xml'), group: 'corpus', params: {} },
      { stylesheet: sheet, source, output: join(dir, 'out', 'c.xml'), group: 'corpus', params: { p: 'c' } },
      { stylesheet: join(dir, 'missing.xsl'), source, output: join(dir, 'out', 'd.xml'), group: '', params: {} },
    ];
    const taskFile = join(dir, 'tasks.tsv');
    writeFileSync(taskFile, tasks.map((t) => `${taskLine(t)}\n`).join(''));
    const result = run(saxonCommand(tools.java!, tools.saxonJar!, classes, taskFile, 2));
    const report = parseDriverReport(result.stdout);
    expect(report, result.stderr).toMatchObject({ tasks: 4, failed: 1, messages: 3 });
    expect(Object.keys(report!.compileErrors)).toEqual([join(dir, 'missing.xsl')]);
    expect(report!.version).toMatch(/^\d+\.\d+/);
    const out = (name: string): string => readFileSync(join(dir, 'out', name), 'utf8');
    // The untyped value of a parameter becomes the type the stylesheet declares (41 + 1); a tab survives the task file.
    expect(out('a.xml')).toContain('<out p="tab&#x9;here" n="42" items="2"/>');
    expect(out('b.xml')).toContain('<out p="none" n="1" items="2"/>');
    expect(out('c.xml')).toContain('<out p="c" n="1" items="2"/>');
    expect(existsSync(join(dir, 'out', 'd.xml'))).toBe(false);
  }, 120_000);
});
