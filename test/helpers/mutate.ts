/** Mutations of a source that keep what its layout means, for property tests. */

/** The lines of history.state.gov's page frame, as a copy may carry them before and after a document. */
export const FRUS_NAVIGATION = {
  before: ['Skip to main content', 'Office of the Historian', 'Historical Documents › Foreign Relations of the United States, 1945, Volume VII', 'Previous', 'Next'],
  after: ['Print', 'Share', 'Office of the Historian, Foreign Service Institute', 'United States Department of State'],
};

/** The lines of the Wilson Center Digital Archive's site around a document. */
export const WILSON_NAVIGATION = { before: ['Skip to content'], after: [] as string[] };

const isBlank = (line: string): boolean => /^[\s\u00a0\u200b]*$/.test(line);

/** Whether the text separates its blocks with blank lines. */
export function hasBlankLines(text: string): boolean {
  return text.split('\n').some((l, i, all) => isBlank(l) && i > 0 && i < all.length - 1 && !isBlank(all[i - 1]!));
}

export type Mutation = (text: string, pick: (n: number) => number) => string;

/** Every blank line removed: blocks separated by single newlines. */
export const removeBlankLines: Mutation = (t) => t.split('\n').filter((l) => !isBlank(l)).join('\n');
/** Every blank line doubled. */
export const doubleBlankLines: Mutation = (t) => t.replace(/\n([ \t\u00a0]*\n)+/g, (m) => `${m}${m.slice(1)}`);
/** Windows line ends. */
export const crlf: Mutation = (t) => t.replace(/\n/g, '\r\n');
/** A space or a tab at the end of some lines (two spaces would be Markdown's line break, which means something). */
export const trailingSpaces: Mutation = (t, pick) =>
  t
    .split('\n')
    .map((l) => (/[ \t]$/.test(l) || pick(3) !== 0 ? l : `${l}${pick(2) ? ' ' : '\t'}`))
    .join('\n');
/** Blank lines made of non-breaking spaces; a text with none gets such a line between its lines. */
export const nbspLines: Mutation = (t, pick) => {
  const line = '\u00a0'.repeat(1 + pick(3));
  if (!hasBlankLines(t)) return t.split('\n').filter((l) => !isBlank(l)).join(`\n${line}\n`);
  return t.replace(/\n[ \t]*\n/g, `\n${line}\n`);
};
/** Paragraphs (blocks of one line) wrapped at 70 columns; only where blocks are separated by blank lines. */
export const rewrap70: Mutation = (t) => {
  if (!hasBlankLines(t)) return t;
  const blocks = t.split(/(\n[ \t\u00a0]*\n)/);
  return blocks
    .map((b) => {
      if (b.includes('\n') || b.length <= 70 || /^\s/.test(b) || / {2}$/.test(b)) return b;
      const out: string[] = [];
      let line = '';
      for (const w of b.split(' ')) {
        if (line && line.length + 1 + w.length > 70) {
          out.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      out.push(line);
      return out.join('\n');
    })
    .join('');
};
/** The archive site's navigation before and after the document. */
export function withNavigation(nav: { before: string[]; after: string[] }): Mutation {
  return (t) => {
    const sep = hasBlankLines(t) ? '\n\n' : '\n';
    const before = nav.before.length ? `${nav.before.join('\n')}${sep}` : '';
    const after = nav.after.length ? `${sep}${nav.after.join('\n')}\n` : '';
    return `${before}${t.replace(/^\n+/, '')}${after}`;
  };
}

export const MUTATIONS: Record<string, Mutation> = { removeBlankLines, doubleBlankLines, crlf, trailingSpaces, nbspLines, rewrap70 };
