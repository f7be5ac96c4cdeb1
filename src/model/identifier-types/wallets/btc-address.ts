import { isBase58Address } from './base58check.js';
import { segwitAddress } from './segwit.js';
import { walletType } from './wallet-type.js';

// P2PKH (1…) and P2SH (3…). Bitcoin SV and Bitcoin Cash legacy addresses share these bytes and read as Bitcoin.
const VERSIONS: readonly (readonly number[])[] = [[0x00], [0x05]];

function cleanBtc(text: string): string | null {
  if (text.startsWith('1') || text.startsWith('3')) return isBase58Address(text, VERSIONS) ? text : null;
  return segwitAddress(text, 'bc');
}

export const btcAddressType = walletType('btc_address', 'Bitcoin address', cleanBtc);
