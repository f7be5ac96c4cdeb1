import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext, IdentifierType } from '../../../model/identifier-type.js';
import { WALLET_TYPES } from '../../../model/identifier-types/wallets/wallet-types.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';
import { forEachCandidate } from './candidates.js';

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
