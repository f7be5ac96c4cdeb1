import { isBase58Address } from './base58check.js';
import { segwitAddress } from './segwit.js';
import { walletType } from './wallet-type.js';

/**
 * L… (P2PKH) and M… (P2SH). Litecoin's old 3… P2SH addresses use Bitcoin's 0x05 byte-for-byte, so one string cannot
 * tell the chains apart; they read as Bitcoin, the far commoner owner of 3… addresses.
 */
const VERSIONS: readonly (readonly number[])[] = [[0x30], [0x32]];

function cleanLtc(text: string): string | null {
  if (text.startsWith('L') || text.startsWith('M')) return isBase58Address(text, VERSIONS) ? text : null;
  return segwitAddress(text, 'ltc');
}

export const ltcAddressType = walletType('ltc_address', 'Litecoin address', cleanLtc);
