import { phoneOfWhatsappDigits, phoneRegion, phoneType } from '../phone.js';
import { whatsappLinkDigits } from '../whatsapp-link.js';
import type { Platform } from './platform.js';

/**
 * A WhatsApp account is its phone number: the value is the E.164 number, so «whatsapp:+77071234567» says the number
 * is offered as a WhatsApp contact, and the phone identifier of the same link does the linking.
 */
export const whatsapp: Platform = {
  name: 'whatsapp',
  hosts: ['wa.me', 'www.wa.me', 'api.whatsapp.com', 'web.whatsapp.com', 'whatsapp.com', 'www.whatsapp.com'],
  accountOfUrl: (url, context) => {
    // Read as the phone type reads the link, so both identifiers of one link always carry the same number.
    const digits = whatsappLinkDigits(url);
    return digits === null ? null : phoneOfWhatsappDigits(digits, phoneRegion(context));
  },
  cleanAccount: (account, context) => phoneType.clean(account, context),
  profileUrl: (account) => `https://wa.me/${account.slice(1)}`,
};
