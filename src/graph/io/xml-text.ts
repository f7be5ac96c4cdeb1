const ESCAPES: Readonly<Record<number, string>> = {
  38: '&amp;',
  60: '&lt;',
  62: '&gt;',
  34: '&quot;',
  39: '&apos;',
};

const REPLACEMENT = '\ufffd';

/** What to write instead of the UTF-16 unit at `at`, or null to keep it. */
function replacementAt(text: string, at: number): string | null {
  const code = text.charCodeAt(at);
  const entity = ESCAPES[code];
  if (entity !== undefined) return entity;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d ? null : REPLACEMENT;
  if (code === 0xfffe || code === 0xffff) return REPLACEMENT;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(at + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : REPLACEMENT;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = at > 0 ? text.charCodeAt(at - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? null : REPLACEMENT;
  }
  return null;
}

/**
 * Text safe inside an XML 1.0 attribute or element: the five special characters escaped, and characters XML 1.0
 * cannot hold at all (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD,
 * since node names come from scraped text and a single such character makes Gephi reject the whole file.
 */
export function xmlText(text: string): string {
  let result = '';
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    const replacement = replacementAt(text, at);
    if (replacement === null) continue;
    result += text.slice(kept, at) + replacement;
    kept = at + 1;
  }
  return kept === 0 ? text : result + text.slice(kept);
}
