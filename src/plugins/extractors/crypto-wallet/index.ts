import type { AnalysisInput, ExtractedIdentifier, ExtractorPlugin } from '../../../core/plugin.js';
import type { CleanContext } from '../../../model/identifier-type.js';
import { WALLET_TYPES } from '../../../model/identifier-types/wallets/wallet-types.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';

import type { Region } from '../match-regions.js';
import { forEachCandidate } from './candidates.js';
import { tokenNote } from './token-note.js';

interface Found {
  readonly identifier: ExtractedIdentifier;
  /** The span in the normalised text, where the token words are looked for. */
  readonly span: Region;
}

/**
 * USDT has no address format of its own: USDT-TRC20 is paid to a TRON address and USDT-ERC20 to an Ethereum one,
 * so the chain is already in the type and a «USDT»/«TRC20» next to the address adds nothing to link on. It does
 * tell the analyst what was asked for, so it is kept on the mention as attributes, not in the value.
 */
function extract(input: AnalysisInput, context: CleanContext): readonly ExtractedIdentifier[] {
  const text = input.normalized.text;
  const found: Found[] = [];
  forEachCandidate(text, (match, index) => {
    const span = { start: index, end: index + match[0].length };
    const { start, end } = toOriginalSpan(input.normalized, span.start, span.end);
    const raw = input.text.slice(start, end);
    for (const type of WALLET_TYPES) {
      const value = type.clean(raw, context);
      if (value === null) continue;
      found.push({ identifier: { type: type.name, value, start, end, raw }, span });
      break;
    }
  });
  return found.map(({ identifier, span }, i) => {
    const around = { start: found[i - 1]?.span.end ?? 0, end: found[i + 1]?.span.start ?? text.length };
    const attributes = tokenNote(text, identifier.type, span, around);
    return attributes === null ? identifier : { ...identifier, attributes };
  });
}

const cryptoWalletExtractor: ExtractorPlugin = {
  meta: {
    kind: 'extractor',
    id: 'crypto-wallet',
    version: '1.2.0',
    description:
      'Cryptocurrency addresses with valid checksums: BTC, ETH/EVM, TRON, LTC, XMR, TON, BCH, Dash, Zcash, XRP, ' +
      'Bitcoin Gold, Dogecoin (whose D… form Verge shares); ' +
      'the stablecoin and token standard named next to a TRON, EVM or TON address',
    consumes: ['document.text'],
    produces: WALLET_TYPES.map((type) => `identifier:${type.name}`),
  },
  extract,
};

export default cryptoWalletExtractor;
