import { normalize } from '../../normalize/normalize.js';
import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { TELEGRAM_LINK_PREFIX } from './telegram-link.js';
import { toUsername } from './telegram-username.js';

const MAX_RAW_LENGTH = 512;
const WRITTEN_FORMS: readonly RegExp[] = [
  /^@ ?(\S+)$/,
  new RegExp(String.raw`^${TELEGRAM_LINK_PREFIX}(?:s\/)?([^/?#\s]+)(?:[/?#]\S*)?$`),
  /^tg:\/\/resolve\?domain=([^&\s]+)(?:&\S*)?$/,
  /^(\S+)$/,
];

/** «@Shop_Almaty», «t.me/s/shop_almaty», «tg://resolve?domain=shop_almaty» -> «shop_almaty». */
function cleanTelegram(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const text = normalize(raw.trim()).text;
  for (const form of WRITTEN_FORMS) {
    const written = form.exec(text)?.[1];
    if (written !== undefined) return toUsername(written);
  }
  return null;
}

export const telegramType: IdentifierType = {
  name: 'telegram',
  label: 'Telegram username',
  specificity: 0.9,
  clean: cleanTelegram,
  validate: (value) => cleanTelegram(value) === value,
  compare: exactCompare,
};
