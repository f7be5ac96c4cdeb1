import { isBase58Address } from './base58check.js';
import { walletType } from './wallet-type.js';

/** t1… and t3…, the transparent addresses; shielded ones are never posted as payment details. */
const VERSIONS: readonly (readonly number[])[] = [
  [0x1c, 0xb8],
  [0x1c, 0xbd],
];

export const zecAddressType = walletType('zec_address', 'Zcash transparent address', (text) =>
  text.startsWith('t') && isBase58Address(text, VERSIONS) ? text : null,
);
