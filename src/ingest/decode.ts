/** Bytes to text: refuses what is not text, says where UTF-8 breaks. */
import type { Reporter } from '../diagnostics.js';
import { SourceText } from '../source.js';
import { removedMessage, XML_CHAR_RULE, xmlChars } from '../xmlchars.js';

/** At most this many characters removed are reported one by one; the rest are counted. */
const REPORTED = 20;

/** The offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column of a byte offset, counting columns in characters of the valid prefix. */
function pointOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Decodes a source file. Returns null (with an error) when there is nothing to encode:
 * an empty file or a binary one. Invalid UTF-8 is an error, but the text is still decoded with
 * U+FFFD in place of the bad bytes, so the rest of the cable is encoded.
 */
export function decodeSource(bytes: Uint8Array, reporter: Reporter): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    reporter.error('ingest:binary', `not a text file: a NUL byte at byte ${nul}`, pointOfByte(bytes, nul));
    return null;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    reporter.error(
      'ingest:invalid-utf8',
      `not valid UTF-8 at byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')}); bad bytes are encoded as U+FFFD: convert the file to UTF-8`,
      pointOfByte(bytes, bad),
    );
  }
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls * 20 > text.length) {
    reporter.error('ingest:binary', `not a text file: ${controls} control characters`, undefined);
    return null;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    reporter.error('ingest:empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
    return null;
  }
  const filtered = xmlChars(text);
  if (filtered.removed.length) {
    const src = new SourceText(text);
    for (const r of filtered.removed.slice(0, REPORTED)) reporter.warn(XML_CHAR_RULE, removedMessage(r, 'in the source'), src.point(r.offset));
    const more = filtered.removed.length - REPORTED;
    if (more > 0) reporter.warn(XML_CHAR_RULE, `${more} more characters XML cannot hold are removed`, src.point(filtered.removed[REPORTED]!.offset));
    text = filtered.text;
  }
  return text;
}
