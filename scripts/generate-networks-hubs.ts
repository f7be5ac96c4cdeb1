import { randomMobile } from './generate-corpus-networks.js';
import type { Rng } from './generate-corpus-random.js';
import { botOf, handleOf } from './generate-networks-handles.js';
import { hexOf, newPhoto, type Photo } from './generate-networks-photos.js';
import type { IdentifierValue } from './generate-networks-types.js';
import { makeWallet } from './generate-networks-wallets.js';

/**
 * Hub identifiers: one value that thousands of unrelated posts share (a bank's call centre, a popular exchanger, a
 * marketplace's support, a stock photo). Linking through them merges unrelated networks, which the evaluation
 * checks never happens. Who mentions a hub, and how often, is per audience: the rate is per post.
 */
export type Audience = 'shop' | 'legit' | 'bystander' | 'courier';

export interface Hub {
  readonly id: string;
  readonly label: string;
  readonly identifier: IdentifierValue;
  /** Sentences with `{x}` where the hub is written; empty for photos, which are attached instead. */
  readonly phrases: readonly string[];
  readonly photo: Photo | null;
  /** Per-post chance for each audience; a shop first has to be one of `shopShare` of shops that use the hub. */
  readonly rates: Readonly<Partial<Record<Audience, number>>>;
  readonly shopShare: number;
  /** Written form of a phone or wallet; handles are written with `@`. */
  readonly written: string;
}

interface HubSpec {
  readonly label: string;
  readonly make: (rng: Rng) => { identifier: IdentifierValue; written: string; photo: Photo | null };
  readonly phrases: readonly string[];
  readonly rates: Readonly<Partial<Record<Audience, number>>>;
  readonly shopShare: number;
}

function phoneHub(rng: Rng): { identifier: IdentifierValue; written: string; photo: null } {
  const digits = randomMobile(rng);
  return { identifier: { type: 'phone', value: `+7${digits}` }, written: digits, photo: null };
}

function handleHub(stem: string): () => { identifier: IdentifierValue; written: string; photo: null } {
  return () => ({
    identifier: { type: 'telegram', value: handleOf(stem) },
    written: `@${handleOf(stem)}`,
    photo: null,
  });
}

function photoHub(rng: Rng): { identifier: IdentifierValue; written: string; photo: Photo } {
  const photo = newPhoto(rng);
  return { identifier: { type: 'image_phash', value: hexOf(photo) }, written: '', photo };
}

const SPECS: readonly HubSpec[] = [
  {
    label: 'bank call centre',
    make: phoneHub,
    phrases: [
      'Оплата Kaspi, по вопросам перевода звоните в колл-центр банка {x}',
      'Номер колл-центра банка: {x}, дозвонилась за 5 минут',
      'Если перевод не прошёл — звоните в банк {x}',
      'Банктің call-орталығы {x}',
    ],
    rates: { legit: 0.03, bystander: 0.02, shop: 0.15 },
    shopShare: 0.08,
  },
  {
    label: 'city taxi dispatcher',
    make: phoneHub,
    phrases: ['Такси {x}, приехали за 5 минут', 'Вызывайте такси по номеру {x}', 'Такси шақыру {x}'],
    rates: { bystander: 0.02, legit: 0.005, courier: 0.05 },
    shopShare: 0,
  },
  {
    label: 'delivery service call centre',
    make: phoneHub,
    phrases: ['Доставка по городу через службу доставки, тел. {x}', 'Отправлю доставкой, диспетчер {x}'],
    rates: { legit: 0.03, bystander: 0.003 },
    shopShare: 0,
  },
  {
    label: 'popular exchanger',
    make: handleHub('obmen_kz'),
    phrases: ['Купить USDT: {x}', 'Обмен крипты на тенге — {x}', 'Нет крипты? Меняйте у {x}', 'USDT exchange: {x}'],
    rates: { shop: 0.3, bystander: 0.004, legit: 0.002 },
    shopShare: 0.3,
  },
  {
    label: 'exchanger bot',
    make: () => ({
      identifier: { type: 'telegram', value: botOf('swap_kz') },
      written: `@${botOf('swap_kz')}`,
      photo: null,
    }),
    phrases: ['USDT за пару минут через {x}', 'Обменник 24/7: {x}', 'Крипта через бот {x}'],
    rates: { shop: 0.35, bystander: 0.003 },
    shopShare: 0.35,
  },
  {
    label: 'exchanger deposit wallet',
    make: (rng) => {
      const wallet = makeWallet(rng, 'tron');
      return { identifier: wallet.identifier, written: wallet.written, photo: null };
    },
    phrases: ['Обмен USDT→KZT, отправляйте на {x}', 'Пополнение через обменник: {x}'],
    rates: { shop: 0.2, bystander: 0.002, legit: 0.001 },
    shopShare: 0.1,
  },
  {
    label: 'marketplace support',
    make: handleHub('olx_help'),
    phrases: ['Безопасная сделка, вопросы в поддержку {x}', 'Пишите в поддержку площадки {x}', 'Қолдау қызметі: {x}'],
    rates: { legit: 0.04, bystander: 0.01, shop: 0.1 },
    shopShare: 0.2,
  },
  {
    label: 'free VPN bot',
    make: () => ({
      identifier: { type: 'telegram', value: botOf('vpn_free') },
      written: `@${botOf('vpn_free')}`,
      photo: null,
    }),
    phrases: ['Заходите через VPN: {x}', 'Если не открывается — VPN {x}', 'VPN бесплатно {x}'],
    rates: { shop: 0.25, bystander: 0.01 },
    shopShare: 0.2,
  },
  {
    label: 'stock photo of a phone',
    make: photoHub,
    phrases: [],
    rates: { legit: 0.06 },
    shopShare: 0,
  },
  {
    label: 'stock photo of crystals',
    make: photoHub,
    phrases: [],
    rates: { shop: 0.2, legit: 0.01 },
    shopShare: 0.15,
  },
];

export function makeHubs(rng: Rng): readonly Hub[] {
  return SPECS.map((spec, i) => {
    const made = spec.make(rng);
    return {
      id: `hub-${String(i + 1).padStart(2, '0')}`,
      label: spec.label,
      identifier: made.identifier,
      phrases: spec.phrases,
      photo: made.photo,
      rates: spec.rates,
      shopShare: spec.shopShare,
      written: made.written,
    };
  });
}
