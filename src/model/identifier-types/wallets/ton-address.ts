import { base64, base64url, hex } from '@scure/base';
import { walletType } from './wallet-type.js';

const FRIENDLY_URL_SAFE = /^[A-Za-z0-9_-]{48}$/;
const FRIENDLY_STANDARD = /^[A-Za-z0-9+/]{48}$/;
const RAW = /^(-1|0):([0-9a-fA-F]{64})$/;
const BOUNCEABLE = 0x11;
const NON_BOUNCEABLE = 0x51;
/** The signed byte of the only two workchains in use: basechain 0 and masterchain -1. */
const WORKCHAINS: ReadonlyMap<number, string> = new Map([
  [0x00, '0'],
  [0xff, '-1'],
]);
const FRIENDLY_BYTES = 36;
const CHECKED_BYTES = 34;

/** CRC-16/XMODEM, the checksum of TON user-friendly addresses; neither @scure/base nor @noble/hashes has it. */
function crc16(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = (crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1) & 0xffff;
  }
  return crc;
}

function decodeFriendly(text: string): Uint8Array | null {
  try {
    if (FRIENDLY_URL_SAFE.test(text)) return base64url.decode(text);
    if (FRIENDLY_STANDARD.test(text)) return base64.decode(text);
  } catch {
    // Not base64 after all.
  }
  return null;
}

/**
 * Normalised to the raw form «workchain:hex»: the bounceable (EQ…), non-bounceable (UQ…), url-safe and standard
 * base64 spellings are one account, and wallets show different ones for it. Testnet addresses are rejected: they
 * hold nothing of value and would alias a mainnet account with the same hash.
 */
function cleanTon(text: string): string | null {
  const raw = RAW.exec(text);
  if (raw !== null) return `${raw[1]}:${(raw[2] ?? '').toLowerCase()}`;
  const bytes = decodeFriendly(text);
  if (bytes === null || bytes.length !== FRIENDLY_BYTES) return null;
  const flags = bytes[0];
  const workchain = WORKCHAINS.get(bytes[1] ?? -1);
  if ((flags !== BOUNCEABLE && flags !== NON_BOUNCEABLE) || workchain === undefined) return null;
  const checksum = ((bytes[CHECKED_BYTES] ?? 0) << 8) | (bytes[CHECKED_BYTES + 1] ?? 0);
  if (crc16(bytes.subarray(0, CHECKED_BYTES)) !== checksum) return null;
  return `${workchain}:${hex.encode(bytes.subarray(2, CHECKED_BYTES))}`;
}

export const tonAddressType = walletType('ton_address', 'TON address', cleanTon);
