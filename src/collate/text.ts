/**
 * A witness's text for collation: the words of a cable's paragraphs as tokens, each with its place in the
 * paragraph's text as the JSON edition gives it (notes left out, a gap as its reason in brackets, `[illegible]`, a line break as a
 * space), what of it the editors supplied, the editors' notes that stand in it, and the register entry a
 * one-word name points at. Pure: a Cable in, tokens out.
 */
import type { Cable, Inline } from '../model.js';

/** A piece of a token, in order: the witness's own text, text the editors supplied, a gap, or an editors' note (gloss or remark). */
export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'supplied'; text: string }
  | { kind: 'gap'; reason: 'illegible' | 'omitted' }
  | { kind: 'note'; type: 'gloss' | 'editorial'; text: string };

/** One token of a witness: a word (with the punctuation after it) or a gap. */
export interface Token {
  kind: 'word' | 'gap';
  /** What alignment compares: the word without case, accents and punctuation, `@id` for a one-word name with a register entry; a gap's key matches nothing. */
  key: string;
  /** The word as normalised, without the register (for telling an orthographic difference). */
  norm: string;
  pieces: Piece[];
  /** The paragraph's id as the HTML page and JSON edition give it (p1, p2, …). */
  paragraph: string;
  /** Whether the token opens its paragraph in this witness. */
  paragraphStart: boolean;
  /** Offsets (characters) into the paragraph's text in the JSON edition. */
  start: number;
  end: number;
}

/** A paragraph's text flattened: the JSON edition's raw text, with what stands where. */
export interface Atom {
  kind: 'text' | 'supplied' | 'gap' | 'note';
  text: string;
  start: number;
  end: number;
  reason?: 'illegible' | 'omitted';
  noteType?: 'gloss' | 'editorial';
  /** The register id of the name this text is in, and the name's extent. */
  ref?: { id: string; start: number; end: number };
}

/** The gap's text in the JSON edition's paragraphs (c:gap-text in transforms/common.xsl): its reason in brackets. */
export function gapText(reason: string): string {
  return `[${reason || 'gap'}]`;
}

/** Normalises a word for comparison: no case, accents or punctuation. */
export function normalise(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The tokens of a cable's paragraphs (its body: not the head, opener, closer or footnotes, which are the archive's or editors' framing). */
export function witnessTokens(cable: Cable): Token[] {
  const tokens: Token[] = [];
  let n = 0;
  for (const block of cable.body) {
    if (block.type !== 'p') continue;
    n++;
    tokens.push(...paragraphTokens(flatten(block.children, cable), `p${n}`));
  }
  return tokens;
}

/**
 * The atoms of a paragraph as they are pushed, each with its offsets into the paragraph's raw text (a note
 * takes no room in it): shared by the readers of a Cable (flatten) and of a TEI paragraph (tei-text.ts).
 */
export function atomWriter(): { atoms: Atom[]; push: (kind: Atom['kind'], text: string, extra?: Partial<Atom>, ref?: Atom['ref']) => void; at: () => number } {
  const atoms: Atom[] = [];
  let at = 0;
  const push = (kind: Atom['kind'], text: string, extra: Partial<Atom> = {}, ref?: Atom['ref']): void => {
    atoms.push({ kind, text, start: at, end: at + (kind === 'note' ? 0 : text.length), ...extra, ...(ref ? { ref } : {}) });
    if (kind !== 'note') at += text.length;
  };
  return { atoms, push, at: () => at };
}

/** A paragraph's inline nodes as atoms with offsets into its raw text. */
function flatten(nodes: readonly Inline[], cable: Cable): Atom[] {
  const referenced = new Set(cable.footnotes.filter((f) => f.referenced).map((f) => f.n));
  const { atoms, push, at } = atomWriter();
  const walk = (list: readonly Inline[], ref?: Atom['ref']): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          push('text', node.value.replace(/[\n\r\t]/g, ' '), {}, ref);
          break;
        case 'seg':
          push('text', node.value, {}, ref);
          break;
        case 'supplied':
          push('supplied', node.value, {}, ref);
          break;
        case 'gap':
          push('gap', gapText(node.reason), { reason: node.reason });
          break;
        case 'lb':
          push('text', ' ');
          break;
        case 'gloss':
          push('note', node.value, { noteType: 'gloss' });
          break;
        case 'editorial':
          push('note', node.value, { noteType: 'editorial' });
          break;
        case 'noteRef':
          // A footnote is the printed edition's apparatus, not the witness's text; an unmatched number is text.
          if (!referenced.has(node.n)) push('text', node.n, {}, ref);
          break;
        case 'pb':
          break;
        case 'name': {
          // Every atom of the name shares one extent, completed once the name is walked.
          const inner = node.ref ? { id: node.ref, start: at(), end: at() } : ref;
          walk(node.children, inner);
          if (node.ref && inner) inner.end = at();
          break;
        }
        default:
          walk(node.children, ref);
      }
    }
  };
  walk(nodes);
  return atoms;
}

/** Cuts a paragraph's atoms into tokens: words (with the punctuation chunks after them) and gaps. */
export function paragraphTokens(atoms: Atom[], paragraph: string): Token[] {
  const raw = atoms.map((a) => (a.kind === 'note' ? '' : a.text)).join('');
  // Chunks: runs of non-space characters; a gap is always a chunk of its own.
  const gaps = atoms.filter((a) => a.kind === 'gap');
  const chunks: { start: number; end: number; gap?: Atom }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    let s = m.index;
    const e = m.index + m[0].length;
    for (const g of gaps.filter((g) => g.start < e && g.end > s)) {
      if (g.start > s) chunks.push({ start: s, end: g.start });
      chunks.push({ start: g.start, end: g.end, gap: g });
      s = g.end;
    }
    if (s < e) chunks.push({ start: s, end: e });
  }
  const tokens: Token[] = [];
  for (const c of chunks) {
    const text = raw.slice(c.start, c.end);
    const norm = c.gap ? '' : normalise(text);
    const last = tokens[tokens.length - 1];
    // Punctuation alone goes with the word before it.
    if (!c.gap && norm === '' && last && last.kind === 'word') {
      last.end = c.end;
      continue;
    }
    tokens.push({ kind: c.gap ? 'gap' : 'word', key: c.gap ? '' : norm || text, norm: norm || text, pieces: [], paragraph, paragraphStart: tokens.length === 0, start: c.start, end: c.end });
  }
  // Pieces: each atom's part inside a token; a note goes with the token before it (or the first).
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    for (const a of atoms) {
      if (a.kind === 'note') {
        const mine = (a.start >= t.start && (next ? a.start < next.start : true)) || (i === 0 && a.start < t.start);
        if (mine) t.pieces.push({ kind: 'note', type: a.noteType!, text: a.text });
        continue;
      }
      const s = Math.max(a.start, t.start);
      const e = Math.min(a.end, t.end);
      if (s >= e) continue;
      if (a.kind === 'gap') t.pieces.push({ kind: 'gap', reason: a.reason! });
      else pushText(t.pieces, a.kind, raw.slice(s, e));
    }
    // A word that is exactly one name of the registers is compared by its entry (Dairen, Darien: #dalian).
    if (t.kind === 'word') {
      const chunk = raw.slice(t.start, t.end);
      const word = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su.exec(chunk);
      const from = t.start + (word?.index ?? 0);
      const to = from + (word?.[0].length ?? 0);
      const named = word ? atoms.find((a) => a.ref && a.ref.start === from && a.ref.end === to) : undefined;
      if (named?.ref) t.key = `@${named.ref.id}`;
    }
  }
  return tokens;
}

function pushText(pieces: Piece[], kind: 'text' | 'supplied', text: string): void {
  const last = pieces[pieces.length - 1];
  if (last && last.kind === kind) last.text += text;
  else pieces.push({ kind, text });
}

/** What a reader sees of a token, with the editors' signs: `[un]defined`, `Darien [Dalian]`, `[illegible]`. */
export function tokenText(t: Token): string {
  return t.pieces.map((p) => (p.kind === 'text' ? p.text : p.kind === 'supplied' ? `[${p.text}]` : p.kind === 'gap' ? gapText(p.reason) : ` [${p.text}]`)).join('');
}

/** The witness's own words of a token, the editors' supplied letters taken as text and their notes left out. */
export function ownText(t: Token): string {
  return t.pieces.map((p) => (p.kind === 'text' || p.kind === 'supplied' ? p.text : p.kind === 'gap' ? gapText(p.reason) : '')).join('');
}

/** Whether the editors had a hand in a token (supplied letters, a note). */
export function isEditorial(t: Token): boolean {
  return t.pieces.some((p) => p.kind === 'supplied' || p.kind === 'note');
}
