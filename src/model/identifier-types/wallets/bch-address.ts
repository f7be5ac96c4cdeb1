import { bech32 } from '@scure/base';
import { walletType } from './wallet-type.js';

const PREFIX = 'bitcoincash';
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
// q… pays to a key hash, p… to a script hash; 42 characters for 160-bit hashes, 61 for 256-bit (P2SH32).
const CASHADDR =
  /^(?:bitcoincash:)?([qp][qpzry9x8gf2tvdw0s3jn54khce6mua7l]{41}(?:[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{19})?)$/;
const CHECKSUM_WORDS = 8;
/** Hash sizes in bits by the size code in the low three bits of the version byte. */
const HASH_BITS: readonly number[] = [160, 192, 224, 256, 320, 384, 448, 512];
const GENERATORS: readonly bigint[] = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

/** The cashaddr BCH-code checksum (40 bits, so BigInt); @scure/base only has bech32's 30-bit one. */
function polymod(values: readonly number[]): bigint {
  let checksum = 1n;
  for (const value of values) {
    const top = checksum >> 35n;
    checksum = ((checksum & 0x07ffffffffn) << 5n) ^ BigInt(value);
    GENERATORS.forEach((generator, bit) => {
      if ((top >> BigInt(bit)) & 1n) checksum ^= generator;
    });
  }
  return checksum ^ 1n;
}

/** Normalised lower-case with the «bitcoincash:» prefix, which the checksum covers even when a post leaves it out. */
function cleanBch(text: string): string | null {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return null;
  const payload = CASHADDR.exec(lower)?.[1];
  if (payload === undefined) return null;
  const words = Array.from(payload, (ch) => CHARSET.indexOf(ch));
  const prefixWords = Array.from(PREFIX, (ch) => ch.charCodeAt(0) & 0x1f);
  if (polymod([...prefixWords, 0, ...words]) !== 0n) return null;
  const bytes = bech32.fromWordsUnsafe(words.slice(0, -CHECKSUM_WORDS));
  if (!bytes) return null;
  const version = bytes[0] ?? 0xff;
  if (version >> 4 !== 0 || HASH_BITS[version & 0x07] !== (bytes.length - 1) * 8) return null;
  return `${PREFIX}:${payload}`;
}

export const bchAddressType = walletType('bch_address', 'Bitcoin Cash address', cleanBch);
