import { sha3_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base32nopad } from '@scure/base';

const V2_LABEL = /^[a-z2-7]{16}$/;
const V3_LABEL = /^[a-z2-7]{56}$/;
const V3_VERSION = 3;
const PUBLIC_KEY_BYTES = 32;
const CHECKSUM_PREFIX = utf8ToBytes('.onion checksum');

/**
 * v3 (rend-spec-v3): base32(public key ‖ checksum ‖ version 3), the checksum being the first two bytes of
 * SHA3-256(".onion checksum" ‖ public key ‖ version), so a mistyped address fails here instead of linking.
 */
function isV3ServiceId(label: string): boolean {
  if (!V3_LABEL.test(label)) return false;
  const bytes = base32nopad.decode(label.toUpperCase());
  const publicKey = bytes.subarray(0, PUBLIC_KEY_BYTES);
  if (bytes[PUBLIC_KEY_BYTES + 2] !== V3_VERSION) return false;
  const checksum = sha3_256(Uint8Array.from([...CHECKSUM_PREFIX, ...publicKey, V3_VERSION]));
  return checksum[0] === bytes[PUBLIC_KEY_BYTES] && checksum[1] === bytes[PUBLIC_KEY_BYTES + 1];
}

/**
 * Whether the label before «.onion» names a Tor onion service: 56 base32 characters with a valid v3 checksum, or
 * the 16 of a v2 name, which has no checksum (v2 services are retired, but old posts and dumps still cite them).
 */
export function isOnionServiceId(label: string): boolean {
  return V2_LABEL.test(label) || isV3ServiceId(label);
}
