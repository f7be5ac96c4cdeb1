import { validE164 } from '../../model/identifier-types/phone-e164.js';
import type { LinkAccount } from './link-input.js';
import { handleSkeleton } from './weak-matches.js';

/**
 * WhatsApp's account id is the subscriber's number, in international form: the account *is* that phone, read as
 * the phone type reads a written one, so that an extracted mention of it is the same value.
 */
export function ownPhone(account: LinkAccount): string | null {
  if (account.platform !== 'whatsapp' || account.platformId === null) return null;
  return validE164(`+${account.platformId.replace(/^\+/, '')}`, undefined);
}

/** The identifier values that name this account itself, so that writing one addresses it. */
export function ownAddresses(account: LinkAccount): { type: string; value: string }[] {
  const out: { type: string; value: string }[] = [];
  if (account.handle !== null) {
    // `@name` is read as a Telegram handle wherever it is written, but sellers write it for their Instagram or VK
    // account too: a written @name addresses whoever holds that handle on any platform.
    out.push({ type: 'telegram', value: account.handle });
    out.push({ type: 'platform_account', value: `${account.platform}:${account.handle}` });
  }
  const phone = ownPhone(account);
  if (phone !== null) out.push({ type: 'phone', value: phone });
  return out;
}

/** Whether `handle` is `own` spelt with other separators (`baron_support` / `baronsupport`), not `own` itself. */
export function respells(own: string | null, handle: string): boolean {
  return own !== null && own !== handle && handleSkeleton(own) === handleSkeleton(handle);
}

export const addressKey = (type: string, value: string): string => `${type}\u001f${value}`;

/**
 * Accounts seen both ways (posts with the numeric id, posts with only the handle) are stored under two keys.
 * The handle-only key is the id key's account when exactly one id-keyed account on the platform has that handle;
 * with two, the handle changed hands and the pair is left for an analyst.
 */
export function sameAccountPairs(accounts: readonly LinkAccount[]): [number, number][] {
  const withId = new Map<string, number[]>();
  const handleOnly = new Map<string, number[]>();
  accounts.forEach((a, i) => {
    if (a.handle === null) return;
    const key = `${a.platform}\u001f${a.handle}`;
    const into = a.platformId === null ? handleOnly : withId;
    const list = into.get(key) ?? [];
    list.push(i);
    into.set(key, list);
  });
  const pairs: [number, number][] = [];
  for (const [key, bare] of handleOnly) {
    const owners = withId.get(key);
    if (owners?.length !== 1) continue;
    const owner = owners[0];
    if (owner === undefined) continue;
    for (const b of bare) pairs.push([owner, b]);
  }
  return pairs;
}
