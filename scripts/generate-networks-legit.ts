import type { Rng } from './generate-corpus-random.js';
import {
  CONDITIONS,
  DISTRICTS,
  ORDINARY_GOODS,
  ORDINARY_GOODS_EN,
  ORDINARY_GOODS_KK,
} from './generate-corpus-vocab.js';
import { makePerson, mutateStem } from './generate-networks-handles.js';
import type { Persona } from './generate-networks-persona.js';
import { phoneIdentifier, writePhone } from './generate-networks-phones.js';
import { hexOf, newPhoto, type Photo, repost } from './generate-networks-photos.js';
import { DAY, momentIn, skewedInt, weighted } from './generate-networks-random.js';
import { fill, personLanguage } from './generate-networks-text.js';
import { chatThread, feedOf, jobThread, olxThread } from './generate-networks-threads.js';
import type { Platform } from './generate-networks-types.js';
import { ALSO_AT, BUSINESS_SLOGANS, DELIVERY_BUSINESSES, SERVICES } from './generate-networks-vocab.js';
import { type City, END_MS, START_MS, type World } from './generate-networks-world.js';

/**
 * Legitimate sellers: people selling a thing or two with their own number, and businesses advertising from
 * several accounts that share numbers, a name and photos (as a shop does, and are one object each). Some
 * delivery services hire couriers in the open. Some sellers got a number a shop dropped.
 */
const INDIVIDUAL_PLATFORMS: readonly (readonly [Platform, number])[] = [
  ['olx-synthetic', 50],
  ['telegram', 15],
  ['vk', 15],
  ['instagram', 10],
  ['whatsapp', 10],
];

function phoneText(rng: Rng, digits: string): string {
  const phone = writePhone(rng, digits);
  return rng.pick([phone, `Тел. ${phone}`, `Звоните: ${phone}`, `WhatsApp ${phone}`]);
}

function listing(rng: Rng, item: number, phone: string | null): { text: string; title: string } {
  const language = personLanguage(rng);
  const price = `${rng.int(2, 400) * 1000} тг`;
  const contact = phone === null ? '' : ` ${phoneText(rng, phone)}`;
  if (language === 'kk') {
    const goods = ORDINARY_GOODS_KK[item % ORDINARY_GOODS_KK.length] ?? 'диван';
    return { title: `${goods} сатамын`, text: `${goods} сатамын, жағдайы жақсы. Бағасы ${price}.${contact}` };
  }
  if (language === 'en') {
    const goods = ORDINARY_GOODS_EN[item % ORDINARY_GOODS_EN.length] ?? 'bike';
    return { title: `Selling ${goods}`, text: `Selling my ${goods}, good condition, ${price}.${contact}` };
  }
  const goods = ORDINARY_GOODS[item % ORDINARY_GOODS.length] ?? 'диван';
  return {
    title: `Продам ${goods}`,
    text: rng.pick([
      `Продам ${goods}, ${rng.pick(CONDITIONS)}. Цена ${price}, торг. ${rng.pick(DISTRICTS)} р-н.${contact}`,
      `${goods} — ${rng.pick(CONDITIONS)}, ${price}. Самовывоз, ${rng.pick(DISTRICTS)}.${contact}`,
    ]),
  };
}

function threadFor(rng: Rng, persona: Persona, city: City, section: string): string {
  if (persona.platform === 'olx-synthetic') return olxThread(city, section);
  if (persona.platform === 'instagram') return feedOf(persona);
  return chatThread(rng, persona, city);
}

/** A number a shop dropped and the operator reissued, once it is free; else a fresh one. */
function individualPhone(world: World): { digits: string; from: number } {
  const reissued = world.retiredPhones.pop();
  if (reissued !== undefined) return { digits: reissued.digits, from: reissued.free };
  return { digits: world.freshPhone(), from: START_MS };
}

function individual(world: World, city: City): void {
  const { rng, book } = world;
  const network = book.newNetwork('benign', city.name);
  const object = book.newObject('legit-seller', network);
  const phone = individualPhone(world);
  let platform = weighted(rng, INDIVIDUAL_PLATFORMS);
  // A reissued number's WhatsApp account would be the shop's old account: keep the new owner off WhatsApp.
  if (phone.from > START_MS && platform === 'whatsapp') platform = 'olx-synthetic';
  const from = momentIn(rng, phone.from, END_MS - 10 * DAY);
  const person = makePerson(rng);
  const persona = world.newPersona({
    platform,
    kind: 'legit-seller',
    object,
    network,
    networkKind: 'benign',
    city: city.index,
    from,
    to: Math.min(END_MS, from + rng.int(1, 120) * DAY),
    name: person.display,
    stem: person.stem,
    ...(platform === 'whatsapp' ? { id: `7${phone.digits}` } : {}),
  });
  book.uses(object, [phoneIdentifier(phone.digits)]);
  const items = Array.from({ length: rng.int(1, 3) }, () => ({ item: rng.int(0, 99), photo: newPhoto(rng) }));
  for (let n = skewedInt(rng, 1, 6); n > 0; n--) {
    const { item, photo } = rng.pick(items);
    const withPhone = rng.chance(platform === 'olx-synthetic' ? 0.85 : 0.7);
    const ad = listing(rng, item, withPhone ? phone.digits : null);
    const hubs = world.hubsFor('legit');
    const images = rng.chance(0.8) ? [repost(rng, photo)] : [];
    for (const hub of hubs) if (hub.photo !== null) images.push(repost(rng, hub.photo));
    const extra = world.hubSentences(hubs);
    world.post({
      persona,
      time: momentIn(rng, persona.from, persona.to),
      thread: threadFor(rng, persona, city, rng.pick(['elektronika', 'dom-i-sad', 'moda-i-stil', 'detskiy-mir'])),
      text: [ad.text, ...extra].join(' '),
      title: platform === 'olx-synthetic' ? ad.title : undefined,
      images,
      hubs,
      topic: 'listing',
    });
  }
}

const BUSINESS_PLATFORMS: readonly (readonly [Platform, number])[] = [
  ['olx-synthetic', 3],
  ['instagram', 3],
  ['whatsapp', 2],
  ['telegram', 2],
  ['vk', 1],
];

function businessAd(rng: Rng, name: string, city: City, phone: string, delivery: boolean): string {
  if (delivery) {
    return rng.pick([
      `Требуются курьеры в «${name}»! Оплата ежедневно, свободный график, до ${rng.int(15, 30)} 000 тг в день. ${phoneText(rng, phone)}`,
      `«${name}» ищет пеших и авто-курьеров по ${city.name}. Без опыта, выплаты каждый день. ${phoneText(rng, phone)}`,
      `«${name}» курьерлерді жұмысқа шақырады, күнделікті төлем. ${phoneText(rng, phone)}`,
    ]);
  }
  return [
    `${name} | ${city.name}`,
    `${rng.pick(BUSINESS_SLOGANS)}. Цены от ${rng.int(2, 20) * 1000} тг.`,
    phoneText(rng, phone),
  ].join(rng.chance(0.5) ? '\n' : ' ');
}

function business(world: World, city: City): void {
  const { rng, book } = world;
  const network = book.newNetwork('benign', city.name);
  const object = book.newObject('legit-seller', network);
  const delivery = rng.chance(0.2);
  const [name, stem] = delivery ? rng.pick(DELIVERY_BUSINESSES) : rng.pick(SERVICES);
  const from = momentIn(rng, START_MS, END_MS - 60 * DAY);
  const to = Math.min(END_MS, from + rng.int(60, 700) * DAY);
  const phones = Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => world.freshPhone());
  const photos: Photo[] = Array.from({ length: rng.int(2, 5) }, () => newPhoto(rng));
  book.uses(object, [...phones.map(phoneIdentifier), ...photos.map((p) => ({ type: 'image_phash', value: hexOf(p) }))]);
  let accountStem = `${stem}_${city.slug}`;
  const platforms = rng.pickDistinct(
    BUSINESS_PLATFORMS.map(([p]) => p),
    rng.int(2, 4),
  );
  const personas = platforms.map((platform) => {
    const phone = rng.pick(phones);
    const persona = world.newPersona({
      platform,
      kind: 'legit-seller',
      object,
      network,
      networkKind: 'benign',
      city: city.index,
      from,
      to,
      name: rng.chance(0.8) ? name : `${name} ${city.name}`,
      stem: accountStem,
      ...(platform === 'whatsapp' ? { id: `7${phone}` } : {}),
    });
    accountStem = mutateStem(rng, accountStem);
    return persona;
  });
  for (const persona of personas) {
    const others = personas.flatMap((p) => (p === persona ? [] : p.handles.map((h) => `@${h.handle}`)));
    for (let n = skewedInt(rng, 3, 20); n > 0; n--) {
      const hubs = world.hubsFor('legit');
      const extra = world.hubSentences(hubs);
      if (others.length > 0 && rng.chance(0.2)) extra.push(fill(rng, rng.pick(ALSO_AT), { handle: rng.pick(others) }));
      const job = delivery && rng.chance(0.6);
      world.post({
        persona,
        time: momentIn(rng, from, to),
        thread: job ? jobThread(rng, persona.platform, city) : threadFor(rng, persona, city, 'uslugi'),
        text: [businessAd(rng, name, city, rng.pick(phones), job), ...extra].join(' '),
        title: persona.platform === 'olx-synthetic' ? name : undefined,
        images: rng.chance(0.7) ? [repost(rng, rng.pick(photos))] : [],
        hubs,
        topic: job ? 'job' : 'listing',
      });
    }
  }
}

export function legitSeller(world: World): void {
  const city = world.pickCity();
  if (world.rng.chance(world.knobs.legitBusiness)) business(world, city);
  else individual(world, city);
}
