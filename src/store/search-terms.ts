import { normalize, sourceOffset } from '../normalize/normalize.js';

/** Splits a normalised query into index terms the way the full-text tokenizers split documents. */
export function searchTerms(query: string): readonly string[] {
  return normalize(query).text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A short piece of `body` around the first term found in it, for result lists. */
export function snippetAround(body: string, terms: readonly string[], width = 160): string {
  const normalized = normalize(body);
  let at = -1;
  for (const term of terms) {
    const found = normalized.text.indexOf(term);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  const origin = at < 0 ? 0 : sourceOffset(normalized, at);
  const start = Math.max(0, origin - Math.floor(width / 3));
  const piece = body
    .slice(start, start + width)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${piece}${start + width < body.length ? '…' : ''}`;
}
