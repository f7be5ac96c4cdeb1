import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext, IdentifierType } from '../../../model/identifier-type.js';
import { bchAddressType } from '../../../model/identifier-types/wallets/bch-address.js';
import { btcAddressType } from '../../../model/identifier-types/wallets/btc-address.js';
import { dashAddressType } from '../../../model/identifier-types/wallets/dash-address.js';
import { ethAddressType } from '../../../model/identifier-types/wallets/eth-address.js';
import { ltcAddressType } from '../../../model/identifier-types/wallets/ltc-address.js';
import { tonAddressType } from '../../../model/identifier-types/wallets/ton-address.js';
import { tronAddressType } from '../../../model/identifier-types/wallets/tron-address.js';
import { xmrAddressType } from '../../../model/identifier-types/wallets/xmr-address.js';
import { xrpAddressType } from '../../../model/identifier-types/wallets/xrp-address.js';
import { zecAddressType } from '../../../model/identifier-types/wallets/zec-address.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';
import { forEachCandidate } from './candidates.js';

/** Each type rejects a wrong shape on its first characters before decoding, so trying all of them stays cheap. */
const WALLET_TYPES: readonly IdentifierType[] = [
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
];

/**
 * USDT has no address format of its own: USDT-TRC20 is paid to a TRON address and USDT-ERC20 to an Ethereum one, so
 * the chain is already in the type and a «USDT»/«TRC20» next to the address adds nothing to link on.
 */
function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const found: ExtractedIdentifier[] = [];
  forEachCandidate(input.normalized.text, (match, index) => {
    const { start, end } = toOriginalSpan(input.normalized, index, index + match[0].length);
    const raw = input.text.slice(start, end);
    for (const type of WALLET_TYPES) {
      const value = type.clean(raw, context);
      if (value === null) continue;
      found.push({ type: type.name, value, start, end, raw });
      break;
    }
  });
  return found;
}

const cryptoWalletExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'crypto-wallet',
    version: '1.0.0',
    description:
      'Cryptocurrency addresses with valid checksums: BTC, ETH/EVM, TRON, LTC, XMR, TON, BCH, Dash, Zcash, XRP',
    consumes: ['document.text'],
    produces: WALLET_TYPES.map((type) => `identifier:${type.name}`),
  },
  extract,
};

export default cryptoWalletExtractor;
