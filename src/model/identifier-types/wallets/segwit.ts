import { bech32, bech32m } from '@scure/base';

const MIN_PROGRAM_BYTES = 2;
const MAX_PROGRAM_BYTES = 40;
const MAX_WITNESS_VERSION = 16;
const V0_PROGRAM_BYTES: ReadonlySet<number> = new Set([20, 32]);

/**
 * A native segwit address of the chain with human-readable part `hrp`, lower-cased; null if invalid. BIP-350: witness
 * v0 must carry a bech32 checksum and v1+ a bech32m one, so an address valid under the other encoding is rejected.
 * Decoding the text as written lets the library reject mixed case, which BIP-173 forbids.
 */
export function segwitAddress(text: string, hrp: string): string | null {
  const lower = text.toLowerCase();
  if (!lower.startsWith(`${hrp}1`)) return null;
  const classic = bech32.decodeUnsafe(text);
  const decoded = classic && classic.words[0] === 0 ? classic : bech32m.decodeUnsafe(text);
  if (!decoded || decoded.prefix !== hrp) return null;
  const [version, ...words] = decoded.words;
  if (version === undefined || version > MAX_WITNESS_VERSION || (version === 0 && decoded !== classic)) return null;
  const program = bech32.fromWordsUnsafe(words);
  if (!program || program.length < MIN_PROGRAM_BYTES || program.length > MAX_PROGRAM_BYTES) return null;
  if (version === 0 && !V0_PROGRAM_BYTES.has(program.length)) return null;
  return lower;
}
