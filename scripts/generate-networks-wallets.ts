import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { createBase58check } from '@scure/base';
import type { Rng } from './generate-corpus-random.js';
import { randomBytes } from './generate-networks-random.js';
import type { IdentifierValue } from './generate-networks-types.js';

/**
 * Checksum-valid wallet addresses, so the extractors accept them as they would a real one. The 20-byte key hash is
 * random: nobody holds a key for it, and the chance of hitting a used address is nil.
 */
const base58check = createBase58check(sha256);

function base58Address(rng: Rng, version: number): string {
  const payload = new Uint8Array(21);
  payload[0] = version;
  payload.set(randomBytes(rng, 20), 1);
  return base58check.encode(payload);
}

/** EIP-55 mixed case, as wallets display it; the extractor checks it and lower-cases. */
function ethAddress(rng: Rng): string {
  const hex = bytesToHex(randomBytes(rng, 20));
  const hash = keccak_256(utf8ToBytes(hex));
  let out = '';
  for (let i = 0; i < hex.length; i++) {
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    out += nibble >= 8 ? hex.charAt(i).toUpperCase() : hex.charAt(i);
  }
  return `0x${out}`;
}

export interface Wallet {
  /** As written in a post. */
  readonly written: string;
  readonly identifier: IdentifierValue;
}

/** USDT-TRC20 is what shops in the region mostly ask for, then BTC, then USDT-ERC20. */
export function makeWallet(rng: Rng, chain: 'tron' | 'btc' | 'eth'): Wallet {
  if (chain === 'tron') {
    const written = base58Address(rng, 0x41);
    return { written, identifier: { type: 'tron_address', value: written } };
  }
  if (chain === 'btc') {
    const written = base58Address(rng, 0x00);
    return { written, identifier: { type: 'btc_address', value: written } };
  }
  const written = ethAddress(rng);
  return { written, identifier: { type: 'eth_address', value: written.toLowerCase() } };
}
