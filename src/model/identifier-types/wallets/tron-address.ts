import { isBase58Address } from './base58check.js';
import { walletType } from './wallet-type.js';

const VERSIONS: readonly (readonly number[])[] = [[0x41]];

/** T…: also where USDT-TRC20 lives, so a «USDT TRC20» payment address is a TRON address. */
export const tronAddressType = walletType('tron_address', 'TRON address', (text) =>
  text.startsWith('T') && isBase58Address(text, VERSIONS) ? text : null,
);
