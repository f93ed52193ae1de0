/** Wrapping a range of the source, given by offsets, around the inline nodes that cover it. */
import type { Cable, Container, Inline } from './model.js';
import type { SourceText } from './source.js';

/** Whether a node holds children. */
export function isContainer(n: Inline): n is Container {
  return n.type === 'hi' || n.type === 'name' || n.type === 'date' || n.type === 'said' || n.type === 'repetition';
}

/** Splits a text node at a source offset inside it. */
function splitText(src: SourceText, n: Extract<Inline, { type: 'text' }>, at: number): [Inline, Inline] {
  const k = at - n.position.start.offset;
  return [
    { type: 'text', value: n.value.slice(0, k), position: src.position(n.position.start.offset, at) },
    { type: 'text', value: n.value.slice(k), position: src.position(at, n.position.end.offset) },
  ];
}

/**
 * Wraps the nodes covering [start, end) of the source in a container made by `make`, splitting text
 * nodes at the edges. Returns the new list, or null when the range crosses the edge of a container
 * (it cannot be wrapped without breaking nesting) or covers no node.
 */
export function wrapRange(src: SourceText, nodes: readonly Inline[], start: number, end: number, make: (children: Inline[]) => Container): Inline[] | null {
  return wrapInto(src, [...nodes], start, end, make);
}

/**
 * wrapRange on a list the caller owns: the list itself is changed (and returned) when the range can be
 * wrapped, and left as it was when it cannot (null). A caller that wraps many ranges of one long list (the
 * names of a paragraph of 100,000 characters) does not copy the list for each.
 */
export function wrapInto(src: SourceText, nodes: Inline[], start: number, end: number, make: (children: Inline[]) => Container): Inline[] | null {
  // Only the nodes that touch [start, end) can change: found by binary search (nodes are in document
  // order), so that a wrap costs what the range holds, not the whole paragraph.
  const lo = firstIndex(nodes, (n) => n.position.end.offset >= start);
  const hi = Math.max(lo, firstIndex(nodes, (n) => n.position.start.offset > end));
  const changed = wrapWindow(src, nodes.slice(lo, hi), start, end, make);
  if (changed === null) return null;
  nodes.splice(lo, hi - lo, ...changed);
  return nodes;
}

/** The first index of a list in document order whose node passes a test that, once passed, stays passed. */
function firstIndex(nodes: readonly Inline[], test: (n: Inline) => boolean): number {
  let [a, b] = [0, nodes.length];
  while (a < b) {
    const m = (a + b) >> 1;
    if (test(nodes[m]!)) b = m;
    else a = m + 1;
  }
  return a;
}

/** wrapRange on the nodes that touch the range. */
function wrapWindow(src: SourceText, nodes: readonly Inline[], start: number, end: number, make: (children: Inline[]) => Container): Inline[] | null {
  // Find the list that holds the whole range: this one, or a container's.
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (isContainer(n) && n.position.start.offset <= start && end <= n.position.end.offset && !(n.position.start.offset === start && n.position.end.offset === end)) {
      const inner = wrapRange(src, n.children, start, end, make);
      if (inner === null) return null;
      const copy = [...nodes];
      copy[i] = { ...n, children: inner } as Container;
      return copy;
    }
  }
  const pieces: Inline[] = [];
  for (const n of nodes) {
    const s = n.position.start.offset;
    const e = n.position.end.offset;
    if (n.type === 'text' && s < start && start < e) {
      const [a, b] = splitText(src, n, start);
      pieces.push(a);
      if (end < e) pieces.push(...splitText(src, b as typeof n, end));
      else pieces.push(b);
    } else if (n.type === 'text' && s < end && end < e) pieces.push(...splitText(src, n, end));
    else {
      if (isContainer(n) && ((s < start && start < e) || (s < end && end < e))) return null;
      pieces.push(n);
    }
  }
  const inside = pieces.filter((n) => n.position.start.offset >= start && n.position.end.offset <= end && !(n.position.start.offset === end && n.position.end.offset === end && n.type !== 'text'));
  if (inside.length === 0) return null;
  const first = pieces.indexOf(inside[0]!);
  const out = pieces.filter((n) => !inside.includes(n));
  out.splice(first, 0, make(inside));
  return out;
}

/** Every inline node of a cable in document order, containers' children included: head, opener, paragraphs, closer, footnotes, the archive's summary. */
export function cableInline(cable: Cable): Inline[] {
  const out: Inline[] = [];
  const walk = (nodes: readonly Inline[]): void => {
    for (const n of nodes) {
      out.push(n);
      if (isContainer(n)) walk(n.children);
    }
  };
  walk(cable.head?.children ?? []);
  cable.opener.forEach((o) => walk(o.children));
  cable.body.forEach((b) => b.type === 'p' && walk(b.children));
  cable.closer.forEach((c) => walk(c.children));
  cable.footnotes.forEach((f) => walk(f.children));
  walk(cable.meta.archive?.summaryNodes ?? []);
  return out;
}
