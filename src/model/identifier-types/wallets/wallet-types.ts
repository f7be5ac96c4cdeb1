import type { IdentifierType } from '../../identifier-type.js';
import { bchAddressType } from './bch-address.js';
import { btcAddressType } from './btc-address.js';
import { btgAddressType } from './btg-address.js';
import { dashAddressType } from './dash-address.js';
import { dogeAddressType } from './doge-address.js';
import { ethAddressType } from './eth-address.js';
import { ltcAddressType } from './ltc-address.js';
import { tonAddressType } from './ton-address.js';
import { tronAddressType } from './tron-address.js';
import { xmrAddressType } from './xmr-address.js';
import { xrpAddressType } from './xrp-address.js';
import { zecAddressType } from './zec-address.js';

/**
 * Every wallet chain, one identifier type each: the value is the address itself, so the chain is the type. The
 * extractor keeps the first type that accepts a token, but each base58check type accepts only its own version bytes
 * and each bech32 one only its own prefix, so no address fits two; the rarest chains come last to be tried least.
 */
export const WALLET_TYPES: readonly IdentifierType[] = [
  btcAddressType,
  ethAddressType,
  tronAddressType,
  ltcAddressType,
  xmrAddressType,
  tonAddressType,
  bchAddressType,
  dashAddressType,
  zecAddressType,
  xrpAddressType,
  btgAddressType,
  dogeAddressType,
];
