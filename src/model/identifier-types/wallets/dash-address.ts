import { isBase58Address } from './base58check.js';
import { walletType } from './wallet-type.js';

// X… (P2PKH) and 7… (P2SH).
const VERSIONS: readonly (readonly number[])[] = [[0x4c], [0x10]];

export const dashAddressType = walletType('dash_address', 'Dash address', (text) =>
  (text.startsWith('X') || text.startsWith('7')) && isBase58Address(text, VERSIONS) ? text : null,
);
