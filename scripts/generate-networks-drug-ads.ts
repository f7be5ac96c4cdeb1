import type { Template } from './generate-corpus-drafts.js';
import type { DealerNetwork } from './generate-corpus-networks.js';
import { Rng } from './generate-corpus-random.js';
import { RECRUITMENT_TEMPLATES, SALE_TEMPLATES } from './generate-corpus-templates-trade.js';
import type { Cast } from './generate-networks-drug-cast.js';
import type { Hub } from './generate-networks-hubs.js';
import { mentionOf, type Persona } from './generate-networks-persona.js';
import { phonesAt, writePhone } from './generate-networks-phones.js';
import { repost } from './generate-networks-photos.js';
import { DAY, momentIn, skewedInt, weighted } from './generate-networks-random.js';
import { type AdContacts, fullAd, shortAd } from './generate-networks-shop-style.js';
import { fill, line } from './generate-networks-text.js';
import { chatThread, feedOf, jobThread, olxShopThread, olxThread } from './generate-networks-threads.js';
import type { NetworkDocument, Platform } from './generate-networks-types.js';
import { DISGUISED_TITLES, MOVED } from './generate-networks-vocab.js';
import type { World } from './generate-networks-world.js';

/**
 * The shop's own posts: ads from each of its accounts (its template, or one of the corpus's public phrasings),
 * carrying whatever contacts that platform's ads carry, and recruitment ads that couriers later answer.
 */
interface AdProfile {
  readonly posts: readonly [number, number];
  readonly forms: readonly (readonly ['full' | 'short' | 'corpus', number])[];
  readonly operator: number;
  readonly bot: number;
  readonly phone: number;
  readonly wallet: number;
  readonly channel: number;
  readonly photo: number;
}

const CHANNEL_PROFILE: AdProfile = {
  posts: [15, 90],
  forms: [
    ['full', 75],
    ['short', 10],
    ['corpus', 15],
  ],
  operator: 0.8,
  bot: 0.85,
  phone: 0.2,
  wallet: 0.5,
  channel: 0,
  photo: 0.5,
};

const AD_PROFILES: Readonly<Record<Platform, AdProfile>> = {
  telegram: { ...CHANNEL_PROFILE, posts: [4, 30], operator: 0.7, bot: 0.6, phone: 0.35, wallet: 0.2, channel: 0.3 },
  instagram: {
    posts: [4, 25],
    forms: [
      ['full', 60],
      ['short', 30],
      ['corpus', 10],
    ],
    operator: 0.6,
    bot: 0.5,
    phone: 0.3,
    wallet: 0.05,
    channel: 0.3,
    photo: 1,
  },
  'olx-synthetic': {
    posts: [3, 15],
    forms: [
      ['full', 25],
      ['short', 60],
      ['corpus', 15],
    ],
    operator: 0.5,
    bot: 0.15,
    phone: 0.9,
    wallet: 0.02,
    channel: 0.05,
    photo: 0.9,
  },
  vk: {
    posts: [3, 15],
    forms: [
      ['full', 50],
      ['short', 30],
      ['corpus', 20],
    ],
    operator: 0.6,
    bot: 0.5,
    phone: 0.6,
    wallet: 0.1,
    channel: 0.3,
    photo: 0.7,
  },
  whatsapp: {
    posts: [3, 20],
    forms: [
      ['full', 20],
      ['short', 70],
      ['corpus', 10],
    ],
    operator: 0.4,
    bot: 0.3,
    phone: 0.5,
    wallet: 0.05,
    channel: 0.1,
    photo: 0.3,
  },
};

const PROBE: DealerNetwork = {
  id: 'probe',
  shopName: 'probe',
  city: 'Алматы',
  accounts: ['@probe_syn'],
  phones: ['7000000000'],
  bot: '@probe_syn_bot',
  channel: 't.me/probe_syn',
  wallet: null,
};

/** The corpus templates for classifieds, and for everywhere else (their venue is fixed per template). */
function byVenue(templates: readonly Template[]): { olx: readonly Template[]; other: readonly Template[] } {
  const rng = new Rng(1);
  const olx = templates.filter((t) => t(rng, PROBE).venue === 'olx');
  return { olx, other: templates.filter((t) => !olx.includes(t)) };
}

const SALE = byVenue(SALE_TEMPLATES);
const RECRUITMENT = byVenue(RECRUITMENT_TEMPLATES);

export function activeAt(personas: readonly Persona[], time: number): Persona[] {
  return personas.filter((p) => p.from <= time && time <= p.to);
}

/** The operator account to give as the contact at `time`: one live then, else the nearest in time. */
export function operatorAt(world: World, cast: Cast, time: number): Persona | null {
  const all = cast.operatorAccounts;
  const live = activeAt(all, time);
  if (live.length > 0) return world.rng.pick(live);
  let best: Persona | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const p of all) {
    const d = Math.min(Math.abs(p.from - time), Math.abs(p.to - time));
    if (d < distance) [best, distance] = [p, d];
  }
  return best;
}

function botAt(cast: Cast, time: number): string | null {
  const live = cast.bots.find((b) => b.from <= time && time <= b.to) ?? cast.bots[cast.bots.length - 1];
  return live === undefined ? null : `@${live.value}`;
}

/** Contacts as an ad at `time` gives them, each kept with the platform's chance. */
function contactsFor(world: World, cast: Cast, profile: AdProfile, time: number, isChannel: boolean): AdContacts {
  const { rng } = world;
  const operator = operatorAt(world, cast, time);
  const phones = phonesAt(cast.phones, time);
  const phone = phones.length === 0 ? null : rng.pick(phones);
  const wallet = cast.wallets.length === 0 ? null : rng.pick(cast.wallets);
  return {
    brand: rng.chance(0.7) ? cast.brand.display : rng.pick(cast.brand.names),
    city: cast.city.name,
    operator: operator !== null && rng.chance(profile.operator) ? mentionOf(operator, time) : null,
    bot: rng.chance(profile.bot) ? botAt(cast, time) : null,
    phone: phone !== null && rng.chance(profile.phone) ? writePhone(rng, phone.digits) : null,
    wallet: wallet !== null && rng.chance(profile.wallet) ? wallet.written : null,
    channel:
      !isChannel && rng.chance(profile.channel)
        ? rng.pick([`t.me/${cast.channel}`, `@${cast.channel}`, `https://t.me/${cast.channel}`])
        : null,
    extra: [],
  };
}

/** The corpus's view of the shop at `time`, for its public templates. */
export function dealerView(world: World, cast: Cast, time: number): DealerNetwork {
  const operator = operatorAt(world, cast, time);
  const phones = phonesAt(cast.phones, time);
  const wallet = cast.wallets[0];
  return {
    id: cast.network,
    shopName: cast.brand.display,
    city: cast.city.name,
    accounts: [(operator === null ? null : mentionOf(operator, time)) ?? botAt(cast, time) ?? `@${cast.channel}`],
    phones: phones.length === 0 ? [world.freshPhone()] : phones.map((p) => p.digits),
    bot: botAt(cast, time) ?? `@${cast.channel}`,
    channel: `t.me/${cast.channel}`,
    wallet: wallet === undefined ? null : wallet.written,
  };
}

function adThread(world: World, cast: Cast, persona: Persona, isChannel: boolean): string {
  if (isChannel) return `telegram:${cast.channel}`;
  if (persona.platform === 'olx-synthetic') return olxShopThread(world.rng, cast.city);
  if (persona.platform === 'instagram') return feedOf(persona);
  // A few posts go to the chats of a neighbouring city.
  return chatThread(world.rng, persona, world.rng.chance(0.1) ? world.pickCity() : cast.city);
}

export interface PostedAd {
  readonly record: NetworkDocument;
  readonly time: number;
  readonly hubs: readonly Hub[];
}

export function shopAd(world: World, cast: Cast, persona: Persona, time: number, lead: string | null = null): PostedAd {
  const { rng } = world;
  const isChannel = persona === cast.channelAccount;
  const profile = isChannel ? CHANNEL_PROFILE : AD_PROFILES[persona.platform];
  const hubs = world.hubsFor('shop', cast.hubs);
  const contacts = {
    ...contactsFor(world, cast, profile, time, isChannel),
    extra: world.hubSentences(hubs),
  };
  const form = weighted(rng, profile.forms);
  let text: string;
  let title: string | undefined;
  if (form === 'corpus') {
    const templates = persona.platform === 'olx-synthetic' ? SALE.olx : SALE.other;
    const draft = rng.pick(templates)(rng, dealerView(world, cast, time));
    text = [draft.text, ...contacts.extra].join('\n');
    title = draft.title;
  } else {
    text = form === 'full' ? fullAd(rng, cast.style, contacts) : shortAd(rng, cast.style, contacts);
  }
  if (lead !== null) text = `${lead}\n${text}`;
  if (persona.platform === 'olx-synthetic') title ??= rng.pick(DISGUISED_TITLES);
  const images = rng.chance(profile.photo)
    ? rng.pickDistinct(cast.photos, rng.int(1, 3)).map((photo) => repost(rng, photo))
    : [];
  for (const hub of hubs) if (hub.photo !== null) images.push(repost(rng, hub.photo));
  const record = world.post({
    persona,
    time,
    thread: adThread(world, cast, persona, isChannel),
    text,
    title,
    images,
    hubs,
    topic: 'sale',
    mention: contacts.operator ?? contacts.bot ?? mentionOf(persona, time),
  });
  return { record, time, hubs };
}

/**
 * The handle a replacement account announces in its first post: the banned account it replaces, or, for an
 * impersonator, an account of the shop it pretends to be.
 */
function announced(world: World, cast: Cast, persona: Persona): string | null {
  const previous = cast.predecessors.get(persona);
  const old = previous === undefined ? null : mentionOf(previous, previous.to);
  if (old !== null && world.rng.chance(0.3)) return old;
  return cast.impersonated.length > 0 && world.rng.chance(0.3) ? world.rng.pick(cast.impersonated) : null;
}

/** Every shop account's ads, spread over its life (busier the longer it lives); returns the channel's posts. */
export function postShopAds(world: World, cast: Cast): PostedAd[] {
  const { rng } = world;
  const channelPosts: PostedAd[] = [];
  for (const persona of cast.shopAccounts) {
    const profile = persona === cast.channelAccount ? CHANNEL_PROFILE : AD_PROFILES[persona.platform];
    const lifeShare = Math.min(1.5, Math.max(0.3, (persona.to - persona.from) / (120 * DAY)));
    const count = Math.max(1, Math.round(skewedInt(rng, profile.posts[0], profile.posts[1], 1.5) * lifeShare));
    const handle = announced(world, cast, persona);
    for (let i = 0; i < count; i++) {
      const first = i === 0 && handle !== null;
      const time = first ? persona.from + rng.int(0, 3 * 24) * 3_600_000 : momentIn(rng, persona.from, persona.to);
      const lead = first ? fill(rng, line(rng, MOVED, cast.style.language), { handle }) : null;
      const ad = shopAd(world, cast, persona, Math.min(time, persona.to), lead);
      if (persona === cast.channelAccount) channelPosts.push(ad);
    }
  }
  return channelPosts;
}

/** Who posts a recruitment ad at `time`: a live shop account (not WhatsApp or Instagram) or an operator. */
function recruiter(world: World, cast: Cast, time: number): Persona | null {
  const shops = activeAt(cast.shopAccounts, time).filter(
    (p) => p.platform !== 'whatsapp' && p.platform !== 'instagram',
  );
  if (shops.length > 0 && world.rng.chance(0.6)) return world.rng.pick(shops);
  return operatorAt(world, cast, time);
}

export interface RecruitmentPost {
  readonly id: string;
  readonly time: number;
  readonly thread: string;
  readonly platform: Platform;
}

export function postRecruitment(world: World, cast: Cast, count: number): RecruitmentPost[] {
  const { rng } = world;
  const posts: RecruitmentPost[] = [];
  for (let i = 0; i < count; i++) {
    const time = momentIn(rng, cast.from, cast.to);
    const persona = recruiter(world, cast, time);
    if (persona === null) continue;
    const isChannel = persona === cast.channelAccount;
    const isOlx = persona.platform === 'olx-synthetic';
    const draft = rng.pick(isOlx ? RECRUITMENT.olx : RECRUITMENT.other)(rng, dealerView(world, cast, time));
    const header = rng.chance(0.3) ? `${cast.brand.display} ${cast.style.emoji}\n` : '';
    const thread = isChannel ? `telegram:${cast.channel}` : jobThread(rng, persona.platform, cast.city);
    const record = world.post({
      persona,
      time,
      thread: isOlx ? olxThread(cast.city, 'rabota') : thread,
      text: `${header}${draft.text}`,
      title: isOlx ? draft.title : undefined,
      topic: 'recruit',
      mention: dealerView(world, cast, time).accounts[0] ?? null,
    });
    posts.push({ id: record.id, time, thread: record.thread, platform: persona.platform });
  }
  return posts;
}
