/** The one filter every string from outside passes on its way to XML: sources, sidecars, registers, file names. */

/**
 * The characters XML 1.0 cannot hold (its production Char): the C0 controls other than tab, line feed
 * and carriage return (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF, and a surrogate
 * that is not half of a pair.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character the filter removed: where it stood in the text given, and which it was. */
export interface Removed {
  offset: number;
  /** `U+0001`. */
  code: string;
}

/** The text without the characters XML cannot hold, and what was removed where. Text that holds none is returned as it is. */
export function xmlChars(text: string): { text: string; removed: Removed[] } {
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(text)) return { text, removed: [] };
  const removed: Removed[] = [];
  const clean = text.replace(FORBIDDEN, (c, offset: number) => {
    removed.push({ offset, code: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    return '';
  });
  return { text: clean, removed };
}

/** The message for a removed character, the same wherever it was found. */
export function removedMessage(r: Removed, where: string): string {
  return `a character XML cannot hold (${r.code}) ${where} is removed`;
}

/** The rule id of every such message. */
export const XML_CHAR_RULE = 'ingest:control-character';
