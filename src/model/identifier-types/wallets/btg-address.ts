import { isBase58Address } from './base58check.js';
import { segwitAddress } from './segwit.js';
import { walletType } from './wallet-type.js';

/**
 * G… (P2PKH, 0x26) and A… (P2SH, 0x17): Bitcoin Gold forked Bitcoin's chain but changed the version bytes, so its
 * addresses do not read as Bitcoin. Dogecoin's 0x16 P2SH addresses also start with A; the version byte tells them
 * apart, and each type checks only its own.
 */
const VERSIONS: readonly (readonly number[])[] = [[0x26], [0x17]];

function cleanBtg(text: string): string | null {
  if (text.startsWith('G') || text.startsWith('A')) return isBase58Address(text, VERSIONS) ? text : null;
  return segwitAddress(text, 'btg');
}

export const btgAddressType = walletType('btg_address', 'Bitcoin Gold address', cleanBtg);
