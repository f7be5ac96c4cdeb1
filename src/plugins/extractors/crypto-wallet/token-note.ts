import type { IdentifierAttributes } from '../../../model/identifier-type.js';
import type { Region } from '../match-regions.js';

/**
 * Stablecoin and token-standard words in normalised (lower-case) text, Russian slang included: «юсдт», «тезер».
 * Bounded by non-letters so that «тетерев» or «bscan» say nothing.
 */
const NOTE_WORDS =
  /(?<![\p{L}\p{N}])(?:(?<usdt>usdt|tether|юсдт|усдт|тезер|тетер)|(?<usdc>usdc)|(?<trc20>(?:trc|трц|трс)[- ]?20|tron|трон)|(?<erc20>(?:erc|ерц|ерс)[- ]?20)|(?<bep20>(?:bep|бэп|беп)[- ]?20|bsc))(?![\p{L}\p{N}])/gu;
const TOKENS = ['usdt', 'usdc'] as const;
const NETWORKS = ['trc20', 'erc20', 'bep20'] as const;
type Network = (typeof NETWORKS)[number];

/** Chains that carry USDT and USDC, and the token standards an address of each can receive them on. */
const NETWORKS_OF_TYPE: ReadonlyMap<string, readonly Network[]> = new Map([
  ['tron_address', ['trc20']],
  ['eth_address', ['erc20', 'bep20']],
  ['ton_address', []],
]);
/** A payment line names the token before the address («USDT (TRC20): T…») or just after it («T… (USDT)»). */
const BEFORE = 64;
const AFTER = 32;

function wordsIn(text: string, from: number, to: number): ReadonlySet<string> {
  const words = new Set<string>();
  const window = text.slice(from, to);
  NOTE_WORDS.lastIndex = 0;
  for (let match = NOTE_WORDS.exec(window); match !== null; match = NOTE_WORDS.exec(window)) {
    for (const [name, word] of Object.entries(match.groups ?? {})) if (word !== undefined) words.add(name);
  }
  return words;
}

/** The one name of `names` in `words`, or null when none or several (then the text does not say which). */
function onlyOne(words: ReadonlySet<string>, names: readonly string[]): string | null {
  const present = names.filter((name) => words.has(name));
  return present.length === 1 ? (present[0] ?? null) : null;
}

/**
 * The token and token standard the text near a wallet names, for the chains USDT lives on: «USDT TRC-20» before a
 * TRON address gives { token: 'usdt', network: 'trc20' }. `around` bounds the search (the neighbouring wallets'
 * ends), so a word between two wallets is read for both only where it fits both chains.
 */
export function tokenNote(text: string, type: string, span: Region, around: Region): IdentifierAttributes | null {
  const networks = NETWORKS_OF_TYPE.get(type);
  if (networks === undefined) return null;
  const before = wordsIn(text, Math.max(around.start, span.start - BEFORE), span.start);
  const after = wordsIn(text, span.end, Math.min(around.end, span.end + AFTER));
  const words = new Set([...before, ...after]);
  const token = onlyOne(words, TOKENS);
  const network = onlyOne(words, networks);
  if (token === null && network === null) return null;
  return { ...(token === null ? {} : { token }), ...(network === null ? {} : { network }) };
}
