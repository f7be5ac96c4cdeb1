const decoder = new TextDecoder('utf-8');

// Telegram Desktop escapes control characters other than \n \r \t as `\xHH`, which is not JSON. Pairs are
// matched left to right so an escaped backslash followed by `x` is left alone.
const ESCAPE = /\\(x[0-9A-Fa-f]{2}|[\s\S])/g;

function repairHexEscapes(text: string): string {
  return text.replace(ESCAPE, (whole: string, sequence: string) =>
    sequence.startsWith('x') && sequence.length === 3 ? `\\u00${sequence.slice(1)}` : whole,
  );
}

export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

/** Parses a message slice, accepting the `\xHH` escapes real exports contain. */
export function parseMessageJson(bytes: Uint8Array): ParsedJson {
  const text = decoder.decode(bytes);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    try {
      return { ok: true, value: JSON.parse(repairHexEscapes(text)) };
    } catch {
      return { ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
