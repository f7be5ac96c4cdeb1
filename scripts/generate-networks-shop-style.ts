import { obfuscate } from './generate-corpus-obfuscate.js';
import type { Rng } from './generate-corpus-random.js';
import {
  DISTRICTS,
  GOODS_EN,
  GOODS_KK,
  PAYMENTS,
  SHOP_EMOJI,
  SHOP_FORMS,
  SHOP_GOODS,
  SHOP_QUANTITIES,
  STASH_TYPES,
} from './generate-corpus-vocab.js';
import { weighted } from './generate-networks-random.js';
import { AD_LABELS, type Language } from './generate-networks-vocab.js';

/**
 * A shop's own ad template: the header, menu, labels and closing it keeps from post to post, so its posts are near
 * duplicates of each other whatever account writes them. Each post varies prices, drops lines, re-disguises words.
 */
interface MenuItem {
  readonly goods: string;
  readonly form: string | null;
  readonly quantity: string;
  readonly price: number;
}

export interface ShopStyle {
  readonly language: Language;
  readonly emoji: string;
  readonly tagline: string;
  readonly menu: readonly MenuItem[];
  readonly stash: string;
  readonly labels: {
    readonly contact: string;
    readonly bot: string;
    readonly pay: string;
    readonly phone: string;
    readonly stash: string;
    readonly districts: string;
    readonly channel: string;
  };
  readonly closing: string;
  readonly separator: string;
  readonly payment: string;
  /** Chance that a drug word of a post is disguised. */
  readonly obfuscation: number;
}

const GOODS_BY_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  ru: SHOP_GOODS,
  kk: GOODS_KK,
  en: GOODS_EN,
};

export function makeShopStyle(rng: Rng): ShopStyle {
  const language = weighted<Language>(rng, [
    ['ru', 80],
    ['kk', 12],
    ['en', 8],
  ]);
  const labels = AD_LABELS[language];
  return {
    language,
    emoji: rng.pick(SHOP_EMOJI),
    tagline: rng.pick(labels.taglines),
    menu: rng.pickDistinct(GOODS_BY_LANGUAGE[language], rng.int(3, 6)).map((goods) => ({
      goods,
      form: rng.chance(0.5) ? rng.pick(SHOP_FORMS) : null,
      quantity: rng.pick(SHOP_QUANTITIES),
      price: rng.int(6, 60) * 500,
    })),
    stash: rng.pick(STASH_TYPES),
    labels: {
      contact: rng.pick(labels.contact),
      bot: rng.pick(labels.bot),
      pay: rng.pick(labels.pay),
      phone: rng.pick(labels.phone),
      stash: rng.pick(labels.stash),
      districts: rng.pick(labels.districts),
      channel: rng.pick(labels.channel),
    },
    closing: rng.pick(labels.closings),
    separator: weighted(rng, [
      ['\n', 6],
      [' | ', 1.5],
      ['\n\n', 1.5],
      [' ✅ ', 1],
    ]),
    payment: rng.pick(PAYMENTS),
    obfuscation: rng.next() * 0.5,
  };
}

/** What an ad gives away; absent parts are left out of the post. */
export interface AdContacts {
  readonly brand: string;
  readonly city: string;
  readonly operator: string | null;
  readonly bot: string | null;
  readonly phone: string | null;
  readonly wallet: string | null;
  readonly channel: string | null;
  /** Further sentences (hub mentions) the ad carries. */
  readonly extra: readonly string[];
}

function disguised(rng: Rng, text: string, rate: number): string {
  return text
    .split(' ')
    .map((word) => obfuscate(rng, word, rate))
    .join(' ');
}

function priceText(rng: Rng, style: ShopStyle, base: number): string {
  const price = Math.max(500, base + rng.int(-2, 2) * 500);
  return style.language === 'en' ? `${price} KZT` : rng.pick([`${price}₸`, `${price} тг`, `${price}тг`]);
}

function menuLines(rng: Rng, style: ShopStyle): string[] {
  const kept = style.menu.filter(() => rng.chance(0.8));
  const items = kept.length === 0 ? style.menu.slice(0, 1) : kept;
  return items.map((item) => {
    const form = item.form === null ? '' : ` (${item.form})`;
    const goods = disguised(rng, item.goods, style.obfuscation);
    return `${style.emoji} ${goods}${form} - ${item.quantity} ${priceText(rng, style, item.price)}`;
  });
}

function contactLines(style: ShopStyle, contacts: AdContacts): string[] {
  const lines: string[] = [];
  if (contacts.operator !== null) lines.push(`${style.labels.contact}: ${contacts.operator}`);
  if (contacts.bot !== null) lines.push(`${style.labels.bot}: ${contacts.bot}`);
  if (contacts.phone !== null) lines.push(`${style.labels.phone}: ${contacts.phone}`);
  if (contacts.channel !== null) lines.push(`${style.labels.channel}: ${contacts.channel}`);
  const wallet = contacts.wallet === null ? '' : ` ${contacts.wallet}`;
  lines.push(`${style.labels.pay}: ${style.payment}${wallet}`);
  return lines;
}

/** The full template: header, menu, stash and districts, contacts, payment, closing. */
export function fullAd(rng: Rng, style: ShopStyle, contacts: AdContacts): string {
  const tagline = style.tagline.replace('{city}', contacts.city);
  const lines = [`${style.emoji} ${contacts.brand} | ${tagline} ${style.emoji}`, ...menuLines(rng, style)];
  if (rng.chance(0.8)) lines.push(`${style.labels.stash}: ${style.stash}`);
  if (rng.chance(0.6))
    lines.push(`${style.labels.districts}: ${rng.pickDistinct(DISTRICTS, rng.int(2, 4)).join(', ')}`);
  lines.push(...contactLines(style, contacts), ...contacts.extra);
  if (rng.chance(0.8)) lines.push(style.closing);
  return lines.join(style.separator);
}

/** A one- or two-line version, as classifieds and WhatsApp groups get. */
export function shortAd(rng: Rng, style: ShopStyle, contacts: AdContacts): string {
  const [first] = menuLines(rng, style);
  const contact = [contacts.operator, contacts.bot, contacts.phone].filter((c) => c !== null).join(', ');
  const parts = [`${first ?? contacts.brand}. ${contact}`.trim(), ...contacts.extra];
  if (rng.chance(0.4)) parts.unshift(`${contacts.brand} ${style.emoji}`);
  return parts.join(rng.chance(0.5) ? '\n' : ' ');
}
