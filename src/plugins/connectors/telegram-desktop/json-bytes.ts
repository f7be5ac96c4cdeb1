export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const COLON = 0x3a;
export const COMMA = 0x2c;
export const NEWLINE = 0x0a;

export function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === NEWLINE || byte === 0x0d || byte === 0x09;
}

/** Bytes that end a number or a literal (`true`, `false`, `null`). */
export function endsBareToken(byte: number): boolean {
  return (
    isWhitespace(byte) ||
    byte === COMMA ||
    byte === COLON ||
    byte === CLOSE_ARRAY ||
    byte === CLOSE_OBJECT ||
    byte === OPEN_ARRAY ||
    byte === OPEN_OBJECT ||
    byte === QUOTE
  );
}

const decoder = new TextDecoder('utf-8');

/** The JSON value of a token's bytes; undefined when they are not valid JSON. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return undefined;
  }
}
