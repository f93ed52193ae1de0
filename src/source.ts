/** A source text with a line table, so offsets turn into points. */
import type { Point, Position } from './diagnostics.js';

export class SourceText {
  /** Offsets at which each line starts. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** The point at an offset (clamped to the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  /** The position of the range [start, end). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
