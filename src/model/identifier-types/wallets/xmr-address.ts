import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base58xmr } from '@scure/base';
import { walletType } from './wallet-type.js';

// 95 characters (standard 4…, subaddress 8…) or 106 (integrated 4…, with an 8-byte payment id).
const XMR_ADDRESS = /^[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?$/;
const CHECKSUM_BYTES = 4;
/** Mainnet network byte -> decoded length: standard and subaddress carry two keys, integrated adds a payment id. */
const DECODED_LENGTH: ReadonlyMap<number, number> = new Map([
  [0x12, 69],
  [0x2a, 69],
  [0x13, 77],
]);

function cleanXmr(text: string): string | null {
  if (!XMR_ADDRESS.test(text)) return null;
  let bytes: Uint8Array;
  try {
    bytes = base58xmr.decode(text);
  } catch {
    return null;
  }
  if (DECODED_LENGTH.get(bytes[0] ?? -1) !== bytes.length) return null;
  const body = bytes.subarray(0, -CHECKSUM_BYTES);
  const checksum = keccak_256(body).subarray(0, CHECKSUM_BYTES);
  return bytesToHex(checksum) === bytesToHex(bytes.subarray(-CHECKSUM_BYTES)) ? text : null;
}

export const xmrAddressType = walletType('xmr_address', 'Monero address', cleanXmr);
