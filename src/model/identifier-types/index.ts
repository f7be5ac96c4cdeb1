import {
  type CleanContext,
  type IdentifierAttributes,
  type IdentifierType,
  NO_ATTRIBUTES,
} from '../identifier-type.js';
import { bankCardType } from './bank-card.js';
import { domainType } from './domain.js';
import { emailType } from './email.js';
import { ipAddressType } from './ip-address.js';
import { kzBinType } from './kz-bin.js';
import { kzIinType } from './kz-iin.js';
import { phoneType } from './phone.js';
import { platformAccountType } from './platform-account.js';
import { telegramType } from './telegram.js';
import { telegramInviteType } from './telegram-invite.js';
import { urlType } from './url.js';
import { WALLET_TYPES } from './wallets/wallet-types.js';

export const IDENTIFIER_TYPES: readonly IdentifierType[] = [
  phoneType,
  telegramType,
  telegramInviteType,
  platformAccountType,
  urlType,
  domainType,
  emailType,
  ...WALLET_TYPES,
  bankCardType,
  kzIinType,
  kzBinType,
  ipAddressType,
];

const BY_NAME: ReadonlyMap<string, IdentifierType> = new Map(IDENTIFIER_TYPES.map((type) => [type.name, type]));

export function identifierType(name: string): IdentifierType | null {
  return BY_NAME.get(name) ?? null;
}

/** What a stored value tells of itself (IdentifierType.describe); nothing for a type that describes nothing. */
export function describeIdentifier(type: string, value: string): IdentifierAttributes {
  return identifierType(type)?.describe?.(value) ?? NO_ATTRIBUTES;
}

export interface CleanedValue {
  readonly type: string;
  readonly value: string;
}

/** Every reading of a search query: «t.me/shop_almaty» is at once a handle, a URL and a domain. */
export function cleanAny(raw: string, context: CleanContext): readonly CleanedValue[] {
  const readings: CleanedValue[] = [];
  for (const type of IDENTIFIER_TYPES) {
    const value = type.clean(raw, context);
    if (value !== null) readings.push({ type: type.name, value });
  }
  return readings;
}
