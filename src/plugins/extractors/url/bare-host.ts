import type { AnalysisInput } from '../../../core/plugin.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';

const LAST_LABEL = /[\p{L}\p{N}-]+$/u;
/** Real TLDs that are mostly file extensions when written without a scheme: «archive.zip», «main.py», «lib.so». */
const FILE_LIKE_TLDS: ReadonlySet<string> = new Set(['md', 'mov', 'py', 'rs', 'sh', 'so', 'zip']);
/** «Hello.World», «Sale.Shop»: a capitalised word after a dot is a new sentence, even where it is also a gTLD. */
const CAPITALISED_TLD = /\.\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether a host written without a scheme («shop-kz.com», «site[.]ru») reads as a host rather than prose, before
 * the identifier types check the public suffix. `host` is normalised text starting at `start`.
 */
export function isPlausibleBareHost(input: AnalysisInput, start: number, host: string, hasPath: boolean): boolean {
  const tld = LAST_LABEL.exec(host)?.[0] ?? '';
  if (FILE_LIKE_TLDS.has(tld) && !host.startsWith('www')) return false;
  if (hasPath) return true;
  const span = toOriginalSpan(input.normalized, start, start + host.length);
  return !CAPITALISED_TLD.test(input.text.slice(span.start, span.end));
}
