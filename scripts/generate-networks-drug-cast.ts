import { type Brand, makeBrand, makePerson, mutateStem, operatorStem } from './generate-networks-handles.js';
import type { Hub } from './generate-networks-hubs.js';
import type { Persona } from './generate-networks-persona.js';
import { type PhoneSpan, phoneChain, phoneIdentifier } from './generate-networks-phones.js';
import { hexOf, newPhoto, type Photo } from './generate-networks-photos.js';
import { DAY, skewedInt, weighted } from './generate-networks-random.js';
import { makeShopStyle, type ShopStyle } from './generate-networks-shop-style.js';
import type { IdentifierValue, Platform } from './generate-networks-types.js';
import { makeWallet, type Wallet } from './generate-networks-wallets.js';
import { type City, END_MS, START_MS, type World } from './generate-networks-world.js';

/**
 * Who a drug network is: a shop (its brand, template, numbers, bots, wallets, photos and 3-15 accounts on several
 * platforms, replaced with edited handles when banned) and its operators (people with a few accounts each, whose
 * handles the shop's ads give as the contact).
 */
export interface Span<T> {
  readonly value: T;
  readonly from: number;
  readonly to: number;
}

export interface Operator {
  readonly accounts: readonly Persona[];
  /** A personal number the operator gives in their own messages, or null. */
  readonly phone: string | null;
}

export interface Cast {
  readonly network: string;
  readonly shopObject: string;
  readonly city: City;
  readonly from: number;
  readonly to: number;
  readonly brand: Brand;
  readonly style: ShopStyle;
  readonly phones: readonly PhoneSpan[];
  readonly bots: readonly Span<string>[];
  readonly wallets: readonly Wallet[];
  readonly photos: readonly Photo[];
  /** Telegram channel handle, mentioned in ads whether or not the channel itself is among the posts. */
  readonly channel: string;
  readonly channelAccount: Persona | null;
  readonly shopAccounts: readonly Persona[];
  readonly operators: readonly Operator[];
  /** Every operator account, the list ads pick a contact from. */
  readonly operatorAccounts: readonly Persona[];
  /** The account each replacement account took over from, after a ban. */
  readonly predecessors: ReadonlyMap<Persona, Persona>;
  /** For an impersonator, the handles of the shop it copies (it claims to be that shop, moved). */
  readonly impersonated: readonly string[];
  /** Ids of the hubs this shop mentions at all. */
  readonly hubs: ReadonlySet<string>;
}

const SHOP_PLATFORMS: readonly (readonly [Platform, number])[] = [
  ['telegram', 3],
  ['instagram', 2],
  ['olx-synthetic', 3],
  ['vk', 1.5],
  ['whatsapp', 2],
];
const MAX_CATALOGUE = 500;

function lifeOf(world: World): { from: number; to: number } {
  const [min, max] = world.knobs.shopLifeDays;
  const days = skewedInt(world.rng, min, max, 1.3);
  const from = START_MS + world.rng.next() * (END_MS - START_MS - min * DAY);
  return { from, to: Math.min(END_MS, from + days * DAY) };
}

/** Consecutive windows inside [from, to] with a short gap between them: a ban, then the replacement. */
function successive(world: World, from: number, to: number, count: number): { from: number; to: number }[] {
  const step = (to - from) / count;
  return Array.from({ length: count }, (_, i) => ({
    from: from + step * i + (i === 0 ? 0 : world.rng.int(0, 5) * DAY),
    to: from + step * (i + 1),
  }));
}

function subWindow(world: World, from: number, to: number, minShare: number): { from: number; to: number } {
  const share = minShare + world.rng.next() * (1 - minShare);
  const length = (to - from) * share;
  const start = from + world.rng.next() * (to - from - length);
  return { from: start, to: start + length };
}

function botSpans(world: World, brand: Brand, from: number, to: number): Span<string>[] {
  const count = world.rng.chance(0.35) ? 2 : 1;
  let stem = world.rng.chance(0.5) ? brand.stem : mutateStem(world.rng, brand.stem);
  return successive(world, from, to, count).map((w) => {
    const value = world.claimBot(stem);
    stem = mutateStem(world.rng, stem);
    return { value, from: w.from, to: w.to };
  });
}

function makeOperators(
  world: World,
  cast: { network: string; city: City; brand: Brand },
  life: { from: number; to: number },
): Operator[] {
  const { rng, knobs } = world;
  const count = skewedInt(rng, knobs.operators[0], knobs.operators[1]);
  return Array.from({ length: count }, (_, i): Operator => {
    const object = world.book.newObject('operator', cast.network);
    const person = makePerson(rng);
    const window = i === 0 ? { from: life.from, to: life.to } : subWindow(world, life.from, life.to, 0.3);
    const name = weighted(rng, [
      [person.display, 4],
      [`Оператор ${cast.brand.display}`, 2],
      ['Оператор', 1.5],
      [`${cast.brand.display} support`, 1],
      ['Manager', 1.5],
    ]);
    const platform: Platform = rng.chance(0.9) ? 'telegram' : 'vk';
    let stem = operatorStem(rng, cast.brand, person);
    const accounts = successive(
      world,
      window.from,
      window.to,
      skewedInt(rng, knobs.operatorAccounts[0], knobs.operatorAccounts[1]),
    ).map((w) => {
      const persona = world.newPersona({
        platform,
        kind: 'operator',
        object,
        network: cast.network,
        networkKind: 'drug',
        city: cast.city.index,
        from: w.from,
        to: w.to,
        name: rng.chance(0.85) ? name : makePerson(rng).display,
        stem,
        renameChance: 0.1,
      });
      stem = mutateStem(rng, stem);
      return persona;
    });
    const phone = rng.chance(0.4) ? world.freshPhone() : null;
    const ids: IdentifierValue[] = accounts.flatMap((a) =>
      a.handles.map((h) => ({ type: 'telegram', value: h.handle })),
    );
    if (phone !== null) ids.push(phoneIdentifier(phone));
    world.book.uses(object, ids);
    return { accounts, phone };
  });
}

interface ShopLine {
  readonly platform: Platform;
  readonly length: number;
}

function shopLines(world: World, total: number, hasChannel: boolean, phoneCount: number): ShopLine[] {
  const lines: ShopLine[] = [];
  let left = total;
  if (hasChannel) {
    const length = world.rng.chance(0.2) && left >= 2 ? 2 : 1;
    lines.push({ platform: 'telegram', length });
    left -= length;
  }
  // Each WhatsApp account is a number of the shop's chain, so there are at most as many as numbers.
  let whatsappLeft = phoneCount;
  while (left > 0) {
    const platform = weighted(world.rng, SHOP_PLATFORMS);
    if (platform === 'whatsapp' && whatsappLeft === 0) continue;
    const cap = platform === 'whatsapp' ? whatsappLeft : 4;
    const length = Math.min(left, cap, skewedInt(world.rng, 1, 4));
    if (platform === 'whatsapp') whatsappLeft -= length;
    lines.push({ platform, length });
    left -= length;
  }
  return lines;
}

function shopPersonas(
  world: World,
  base: Omit<
    Cast,
    'shopAccounts' | 'channelAccount' | 'operators' | 'operatorAccounts' | 'hubs' | 'predecessors' | 'impersonated'
  >,
  hasChannel: boolean,
): { channelAccount: Persona | null; shopAccounts: Persona[]; predecessors: Map<Persona, Persona> } {
  const { rng, knobs } = world;
  const total = skewedInt(rng, knobs.shopAccounts[0], knobs.shopAccounts[1], 1.8);
  const shopAccounts: Persona[] = [];
  let channelAccount: Persona | null = null;
  const predecessors = new Map<Persona, Persona>();
  const unusedPhones = [...base.phones];
  shopLines(world, total, hasChannel, base.phones.length).forEach((line, lineIndex) => {
    const isChannel = hasChannel && lineIndex === 0;
    const window = isChannel ? { from: base.from, to: base.to } : subWindow(world, base.from, base.to, 0.4);
    let stem = mutateStem(rng, base.brand.stem);
    const whatsappPhones =
      line.platform === 'whatsapp' ? rng.pickDistinct(unusedPhones, line.length).sort((a, b) => a.from - b.from) : [];
    for (const phone of whatsappPhones) unusedPhones.splice(unusedPhones.indexOf(phone), 1);
    let previous: Persona | null = null;
    successive(world, window.from, window.to, line.length).forEach((w, i) => {
      const phone = whatsappPhones[i];
      const persona = world.newPersona({
        platform: line.platform,
        kind: 'shop',
        object: base.shopObject,
        network: base.network,
        networkKind: 'drug',
        city: base.city.index,
        // A WhatsApp account lives as long as its number.
        from: line.platform === 'whatsapp' && phone !== undefined ? Math.max(base.from, phone.from) : w.from,
        to: line.platform === 'whatsapp' && phone !== undefined ? Math.min(base.to, phone.to) : w.to,
        name: isChannel ? (base.brand.names[0] ?? base.brand.display) : rng.pick(base.brand.names),
        stem,
        ...(isChannel && i === 0 ? { handle: base.channel } : {}),
        ...(line.platform === 'whatsapp' && phone !== undefined ? { id: `7${phone.digits}` } : {}),
        renameChance: 0.05,
      });
      if (isChannel && i === 0) channelAccount = persona;
      if (previous !== null) predecessors.set(persona, previous);
      previous = persona;
      shopAccounts.push(persona);
      stem = mutateStem(rng, stem);
    });
  });
  return { channelAccount, shopAccounts, predecessors };
}

function pickOriginal(world: World, city: City) {
  const local = world.shops.filter((s) => s.city === city.index);
  const pool = local.length > 0 && world.rng.chance(0.7) ? local : world.shops;
  return pool.length === 0 ? null : world.rng.pick(pool);
}

export function makeCast(world: World): Cast {
  const { rng, knobs, book } = world;
  const city = world.pickCity();
  const life = lifeOf(world);
  const original = rng.chance(knobs.clone) ? pickOriginal(world, city) : null;
  const isPublic = original === null && rng.chance(knobs.publicTemplate);
  const network = book.newNetwork('drug', city.name, {
    template: original !== null ? 'clone' : isPublic ? 'public' : 'own',
    clone_of: original?.network,
  });
  const shopObject = book.newObject('shop', network);
  // An impersonator takes the original's look: template, display names, a near handle, some of its photos.
  const brand: Brand =
    original === null
      ? makeBrand(rng, city.slug, city.name)
      : { ...original.brand, stem: mutateStem(rng, original.brand.stem) };
  const style = original?.style ?? (isPublic ? rng.pick(world.publicStyles) : makeShopStyle(rng));
  const photos = [
    ...(original === null ? [] : rng.pickDistinct(original.photos, rng.int(1, 3))),
    ...Array.from({ length: rng.int(3, 8) }, () => newPhoto(rng)),
  ];
  const phones = phoneChain(
    rng,
    life.from,
    life.to,
    skewedInt(rng, knobs.phonesPerShop[0], knobs.phonesPerShop[1]),
    () => world.freshPhone(),
  );
  const walletCount = weighted(rng, [
    [0, 3],
    [1, 5],
    [2, 2],
  ]);
  const wallets = Array.from({ length: walletCount }, () =>
    makeWallet(
      rng,
      weighted(rng, [
        ['tron', 7],
        ['btc', 2],
        ['eth', 1],
      ]),
    ),
  );
  const channel = world.claimHandle('telegram', rng.chance(0.6) ? brand.stem : mutateStem(rng, brand.stem));
  const base = {
    network,
    shopObject,
    city,
    from: life.from,
    to: life.to,
    brand,
    style,
    phones,
    bots: botSpans(world, brand, life.from, life.to),
    wallets,
    photos,
    channel,
  };
  const { channelAccount, shopAccounts, predecessors } = shopPersonas(world, base, rng.chance(0.75));
  const operators = makeOperators(world, base, life);
  const hubs = new Set(world.hubs.filter((hub: Hub) => rng.chance(hub.shopShare)).map((hub) => hub.id));
  book.uses(shopObject, [
    ...phones.map((p) => phoneIdentifier(p.digits)),
    ...base.bots.map((b) => ({ type: 'telegram', value: b.value })),
    { type: 'telegram', value: channel },
    ...wallets.map((w) => w.identifier),
    ...photos.map((p) => ({ type: 'image_phash', value: hexOf(p) })),
  ]);
  const handles = shopAccounts.flatMap((p) => p.handles.map((h) => `@${h.handle}`));
  const catalogued = { network, city: city.index, style, brand, photos, handles };
  if (world.shops.length < MAX_CATALOGUE) world.shops.push(catalogued);
  else world.shops[rng.int(0, MAX_CATALOGUE - 1)] = catalogued;
  const operatorAccounts = operators.flatMap((o) => o.accounts);
  return {
    ...base,
    channelAccount,
    shopAccounts,
    operators,
    operatorAccounts,
    hubs,
    predecessors,
    impersonated: original?.handles ?? [],
  };
}
