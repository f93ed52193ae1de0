/** The bench's arithmetic and commands: what it finds, runs and prints, never how fast anything is. */
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectTools,
  escapeField,
  findOnPath,
  formatRatio,
  gatherTimings,
  javacCommand,
  jingCommand,
  median,
  missingNotes,
  normalizeMarkup,
  outputKind,
  parseDriverReport,
  percentile,
  sameOutput,
  saxonCommand,
  stagesLine,
  stylesheetsLine,
  taskLine,
  SAXON_JARS,
} from '../../src/bench-reference.js';
import type { Timing } from '../../src/build/timings.js';

describe('finding the reference tools', () => {
  const path = ['/opt/a/bin', '', '/usr/bin'].join(delimiter);

  it('takes the first folder of the PATH that holds the command, and none when no folder does', () => {
    const executables = new Set([join('/usr/bin', 'jing'), join('/opt/a/bin', 'jing'), join('/usr/bin', 'java')]);
    expect(findOnPath('jing', path, (p) => executables.has(p))).toBe(join('/opt/a/bin', 'jing'));
    expect(findOnPath('java', path, (p) => executables.has(p))).toBe(join('/usr/bin', 'java'));
    expect(findOnPath('javac', path, (p) => executables.has(p))).toBeUndefined();
    expect(findOnPath('jing', undefined, () => true)).toBeUndefined();
  });

  it('finds Saxon’s jar by $SAXON_JAR first, else where Debian puts it', () => {
    const onlyDebian = (p: string): boolean => p === SAXON_JARS[0];
    expect(detectTools({ PATH: '' }, onlyDebian, () => false).saxonJar).toBe(SAXON_JARS[0]);
    expect(detectTools({ PATH: '', SAXON_JAR: '/x/saxon.jar' }, (p) => p === '/x/saxon.jar' || onlyDebian(p), () => false).saxonJar).toBe('/x/saxon.jar');
    // A $SAXON_JAR that does not exist is passed over.
    expect(detectTools({ PATH: '', SAXON_JAR: '/x/gone.jar' }, onlyDebian, () => false).saxonJar).toBe(SAXON_JARS[0]);
    expect(detectTools({ PATH: '' }, () => false, () => false)).toEqual({});
  });

  it('says in one line each tool that cannot run, and what it lacks', () => {
    const all = detectTools({ PATH: '/usr/bin' }, () => true, () => true);
    expect(all).toEqual({ jing: '/usr/bin/jing', java: '/usr/bin/java', javac: '/usr/bin/javac', saxonJar: SAXON_JARS[0] });
    expect(missingNotes(all)).toEqual([]);
    const noJdk = detectTools({ PATH: '/usr/bin' }, () => true, (p) => !p.endsWith('javac'));
    const notes = missingNotes(noJdk);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Saxon-HE for Java: javac .* not found/);
    expect(missingNotes({})).toHaveLength(2);
  });
});

describe('the reference commands', () => {
  it('validates every file in one jing call', () => {
    expect(jingCommand('/usr/bin/jing', 's.rng', ['a.xml', 'b.xml'])).toEqual({ command: '/usr/bin/jing', args: ['s.rng', 'a.xml', 'b.xml'] });
  });

  it('compiles the driver against the jar and runs it with the task file and the threads', () => {
    expect(javacCommand('javac', 'saxon.jar', 'd.java', 'cls').args).toEqual(['-nowarn', '-d', 'cls', '-cp', 'saxon.jar', 'd.java']);
    expect(saxonCommand('java', 'saxon.jar', 'cls', 'tasks.tsv', 2).args).toEqual(['-cp', `cls${delimiter}saxon.jar`, 'SaxonDriver', 'tasks.tsv', '2']);
  });

  it('writes a task as one line of tab-separated fields, tabs, line ends and backslashes escaped', () => {
    expect(escapeField('a\tb\nc\r\\d')).toBe('a\\tb\\nc\\r\\\\d');
    const line = taskLine({ stylesheet: 'h.xsl', source: 'in.xml', output: 'out\t1.html', group: '', params: { page: 'person', provenance: '{"a":\n1}' } });
    expect(line.split('\n')).toHaveLength(1);
    expect(line.split('\t')).toEqual(['h.xsl', 'in.xml', 'out\\t1.html', '', 'page=person', 'provenance={"a":\\n1}']);
  });

  it('reads the driver’s last line of JSON, and nothing from a line that is not its report', () => {
    const report = parseDriverReport('warming up\n{"version":"9.9","compileMs":10,"runMs":20,"tasks":3,"failed":1,"messages":0,"compileErrors":{},"firstErrors":{"json.xsl":"XPST0017"}}\n');
    expect(report).toMatchObject({ runMs: 20, tasks: 3, failed: 1, firstErrors: { 'json.xsl': 'XPST0017' } });
    expect(parseDriverReport('Exception in thread "main"')).toBeUndefined();
    expect(parseDriverReport('{"tasks":3}')).toBeUndefined();
  });
});

describe('the figures', () => {
  it('takes percentiles by nearest rank, whatever the order', () => {
    const xs = [50, 10, 40, 20, 30, 100, 90, 80, 70, 60];
    expect(median(xs)).toBe(50);
    expect(percentile(xs, 0.9)).toBe(90);
    expect(percentile(xs, 1)).toBe(100);
    expect(percentile(xs, 0)).toBe(10);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
    expect(xs[0]).toBe(50); // not sorted in place
  });

  it('says a ratio as project over reference, and which is faster', () => {
    expect(formatRatio(2800, 1000)).toBe('project / reference 2.80 (the project takes 2.8× as long)');
    expect(formatRatio(1000, 4000)).toBe('project / reference 0.25 (the project is 4.0× faster)');
    expect(formatRatio(0, 1000)).toBe('project / reference: not measured');
    expect(formatRatio(1000, NaN)).toBe('project / reference: not measured');
  });

  it('sums the stages told more than once, and keeps the stylesheet runs apart', () => {
    const task = { sheet: 'html', source: '<TEI/>', file: 'a.xml', params: {} };
    const timings: Timing[] = [
      { stage: 'encode', ms: 1000 },
      { task, output: '/d/html/a.html', ms: 30 },
      { stage: 'publish', ms: 2000 },
      { stage: 'publish', ms: 500 },
    ];
    const gathered = gatherTimings(timings);
    expect(gathered.stages.get('publish')).toBe(2500);
    expect(gathered.runs).toHaveLength(1);
    expect(stagesLine(gathered.stages, 10)).toBe('stages (wall): encode 1.00 s (100.0 ms a cable), publish 2.50 s (250.0 ms a cable)');
  });

  it('tells a cable’s files from the corpus pages, and prints each kind', () => {
    const pages = ['/d/html/index.html', '/d/json/edition.json'];
    expect(outputKind('/d/html/index.html', 'html', pages)).toBe('page');
    expect(outputKind('/d/html/c1.html', 'html', pages)).toBe('html');
    expect(outputKind('/d/dc/c1.xml', 'dc', pages)).toBe('dc');
    expect(outputKind('/d/html/encoding.html', 'encoding', pages)).toBe('page');
    const run = (output: string, sheet: string, ms: number) => ({ task: { sheet, source: '', file: '', params: {} }, output, ms });
    const line = stylesheetsLine([run('/d/html/c1.html', 'html', 10), run('/d/html/c2.html', 'html', 30), run('/d/json/edition.json', 'json', 4000), run('/d/html/index.html', 'html', 1000)], '/d', pages);
    expect(line).toBe('stylesheets (time in their threads): cables’ HTML 0.04 s (median 10.0 ms, p90 30.0 ms a cable); corpus pages 5.00 s: json/edition.json 4.00 s, html/index.html 1.00 s');
  });
});

describe('comparing the outputs', () => {
  it('takes JSON as values, whatever its indentation', () => {
    expect(sameOutput('json', '{\n  "a": [1, 2]\n}\n', '{"a":[1,2]}')).toBe(true);
    expect(sameOutput('json', '{"a":[1,2]}', '{"a":[2,1]}')).toBe(false);
    expect(sameOutput('json', '{"a":', '{"a":')).toBe(true);
    expect(sameOutput('json', '{"a":', '{"a": ')).toBe(false);
  });

  it('takes markup up to the DOCTYPE’s case and the order and spacing of attributes, and nothing more', () => {
    const a = '<!DOCTYPE html>\n<html lang="en"><dc:x xmlns:dc="u1" xmlns:o="u2"\n   a=\'1\'>T</dc:x><br/></html>';
    const b = '<!DOCTYPE HTML>\n<html lang="en"><dc:x xmlns:o="u2" a=\'1\' xmlns:dc="u1">T</dc:x><br/></html>\n';
    expect(sameOutput('other', a, b)).toBe(true);
    expect(normalizeMarkup(a)).toBe(normalizeMarkup(b));
    expect(sameOutput('other', a, b.replace('>T<', '>T <'))).toBe(false);
    expect(sameOutput('other', a, b.replace('a=\'1\'', 'a=\'2\''))).toBe(false);
    expect(sameOutput('other', a, b.replace('<br/>', '<br>'))).toBe(false);
  });
});
