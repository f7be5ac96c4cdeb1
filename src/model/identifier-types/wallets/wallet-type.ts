import { exactCompare, type IdentifierType } from '../../identifier-type.js';
import { stripFormatChars } from '../refang.js';

/**
 * A wallet is one owner's (or one shop's) payment endpoint: sharing one links two posts almost as surely as a phone.
 * Below 1.0 because exchanges and mixers hand the same deposit address to many people.
 */
const WALLET_SPECIFICITY = 0.95;
// The longest supported form is a 106-character Monero integrated address; anything much longer is not one token.
const MAX_WALLET_LENGTH = 128;

/**
 * One identifier type per chain, not one `crypto_wallet` type with a chain prefix in the value: the analyze contract
 * makes the value the address itself (what an analyst pastes into an explorer), and the type name is then the only
 * place left for the chain. `clean` receives the text with zero-width characters removed and the ends trimmed.
 */
export function walletType(name: string, label: string, clean: (text: string) => string | null): IdentifierType {
  const cleanRaw = (raw: string): string | null => {
    if (raw.length > MAX_WALLET_LENGTH * 2) return null;
    const text = stripFormatChars(raw).trim();
    return text.length > MAX_WALLET_LENGTH ? null : clean(text);
  };
  return {
    name,
    label,
    specificity: WALLET_SPECIFICITY,
    clean: cleanRaw,
    validate: (value) => cleanRaw(value) === value,
    compare: exactCompare,
  };
}
