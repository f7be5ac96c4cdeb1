import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { stripFormatChars } from './refang.js';
import { TELEGRAM_LINK_PREFIX } from './telegram-link.js';

const MAX_RAW_LENGTH = 512;
const WRITTEN_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^${TELEGRAM_LINK_PREFIX}(?:joinchat\/|\+)([\w-]+)(?:[/?#]\S*)?$`, 'i'),
  /^tg:\/\/join\?invite=([\w-]+)(?:&\S*)?$/i,
  /^([\w-]+)$/,
];
const HASH = /^[\w-]{10,64}$/;
// Invite hashes are random base64url, so they mix cases; a lower-cased hash no longer opens the chat anyway.
const MIXED_CASE = /[a-z].*[A-Z]|[A-Z].*[a-z]/;

/** t.me/+HASH, t.me/joinchat/HASH, tg://join?invite=HASH -> HASH (case kept: hashes are case-sensitive). */
function cleanInvite(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const text = stripFormatChars(raw.trim()).normalize('NFKC');
  for (const form of WRITTEN_FORMS) {
    const hash = form.exec(text)?.[1];
    if (hash !== undefined) return HASH.test(hash) && MIXED_CASE.test(hash) ? hash : null;
  }
  return null;
}

export const telegramInviteType: IdentifierType = {
  name: 'telegram_invite',
  label: 'Telegram invite',
  specificity: 0.9,
  clean: cleanInvite,
  validate: (value) => cleanInvite(value) === value,
  compare: exactCompare,
};
