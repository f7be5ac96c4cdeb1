import { TELEGRAM_LINK_PREFIX } from '../../model/identifier-types/telegram-link.js';
import { toUsername } from '../../model/identifier-types/telegram-username.js';
import type { IdentifierUses } from './identifier-uses.js';

/** A whole t.me / telegram.me / telegram.dog link, a channel's web view (`s/`) included: the path's first part. */
const TELEGRAM_URL = new RegExp(String.raw`^${TELEGRAM_LINK_PREFIX}(?:s\/)?([^/?#\s]+)(?:[/?#]\S*)?$`, 'i');

/**
 * Handles somebody wrote as a Telegram link, read as the telegram identifier type reads them (`toUsername`: no
 * invites, no reserved paths such as joinchat). A bare `@name` may mean a seller's Instagram or VK account, so it
 * addresses whoever holds the handle on any platform; `t.me/name` says Telegram. A shop linking its uncaptured
 * channel («Отзывы: t.me/kapitan_plus24») otherwise addressed an unrelated shop's VK account of that name and
 * joined the two networks.
 */
export function telegramLinkedHandles(uses: Iterable<IdentifierUses>): Set<string> {
  const handles = new Set<string>();
  for (const entry of uses) {
    if (entry.type !== 'url') continue;
    const written = TELEGRAM_URL.exec(entry.value)?.[1];
    const handle = written === undefined ? null : toUsername(written.toLowerCase());
    if (handle !== null) handles.add(handle);
  }
  return handles;
}
