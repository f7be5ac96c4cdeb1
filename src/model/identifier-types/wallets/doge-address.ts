import { isBase58Address } from './base58check.js';
import { walletType } from './wallet-type.js';

/**
 * D… (P2PKH, 0x1e) and 9…/A… (P2SH, 0x16). Verge uses 0x1e for its D… addresses too, so a D… string cannot tell
 * Dogecoin from Verge: both read as this one type, whose label names both chains rather than guess. The 0x16 P2SH
 * form is Dogecoin's alone (Verge's P2SH is 0x21, E…, which is not supported).
 */
const VERSIONS: readonly (readonly number[])[] = [[0x1e], [0x16]];

export const dogeAddressType = walletType('doge_address', 'Dogecoin or Verge address', (text) =>
  (text.startsWith('D') || text.startsWith('9') || text.startsWith('A')) && isBase58Address(text, VERSIONS)
    ? text
    : null,
);
