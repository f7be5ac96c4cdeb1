import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base58xrp } from '@scure/base';
import { walletType } from './wallet-type.js';

// Classic addresses: version 0x00 (which XRP's alphabet writes as «r»), a 20-byte account id, a 4-byte checksum.
const XRP_ADDRESS = /^r[1-9A-HJ-NP-Za-km-z]{24,34}$/;
const PAYLOAD_BYTES = 21;
const DECODED_BYTES = 25;

/** @scure/base has no base58check over XRP's alphabet, so its double-SHA-256 checksum is compared here. */
function cleanXrp(text: string): string | null {
  if (!XRP_ADDRESS.test(text)) return null;
  let bytes: Uint8Array;
  try {
    bytes = base58xrp.decode(text);
  } catch {
    return null;
  }
  if (bytes.length !== DECODED_BYTES || bytes[0] !== 0) return null;
  const checksum = sha256(sha256(bytes.subarray(0, PAYLOAD_BYTES))).subarray(0, DECODED_BYTES - PAYLOAD_BYTES);
  return bytesToHex(checksum) === bytesToHex(bytes.subarray(PAYLOAD_BYTES)) ? text : null;
}

export const xrpAddressType = walletType('xrp_address', 'XRP Ledger address', cleanXrp);
