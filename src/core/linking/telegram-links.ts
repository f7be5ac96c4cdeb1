import type { IdentifierUses } from './identifier-uses.js';

/** `https://t.me/name`, `t.me/s/name` (a channel's web view), telegram.me, telegram.dog; not invites (`+x`, joinchat). */
const TELEGRAM_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.(?:me|dog)\/(?:s\/)?([a-z][a-z0-9_]{3,31})(?:[/?#]|$)/i;

/**
 * Handles somebody wrote as a Telegram link. A bare `@name` may mean a seller's Instagram or VK account, so it
 * addresses whoever holds the handle on any platform; `t.me/name` says Telegram. A shop linking its uncaptured
 * channel («Отзывы: t.me/kapitan_plus24») otherwise addressed an unrelated shop's VK account of that name and
 * joined the two networks.
 */
export function telegramLinkedHandles(uses: Iterable<IdentifierUses>): Set<string> {
  const handles = new Set<string>();
  for (const entry of uses) {
    if (entry.type !== 'url') continue;
    const name = TELEGRAM_URL.exec(entry.value)?.[1];
    if (name !== undefined && name.toLowerCase() !== 'joinchat') handles.add(name.toLowerCase());
  }
  return handles;
}
