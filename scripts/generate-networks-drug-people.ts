import { activeAt, operatorAt, type PostedAd, type RecruitmentPost, shopAd } from './generate-networks-drug-ads.js';
import type { Cast } from './generate-networks-drug-cast.js';
import { makePerson } from './generate-networks-handles.js';
import { mentionOf, type Persona } from './generate-networks-persona.js';
import { phoneIdentifier, writePhone } from './generate-networks-phones.js';
import { DAY, HOUR, logUniform, MINUTE, momentIn, skewedInt } from './generate-networks-random.js';
import { fill, line, personLanguage, sentences } from './generate-networks-text.js';
import { chatThread } from './generate-networks-threads.js';
import {
  CHAT_LINES,
  COURIER_ASKS,
  COURIER_NUMBERS,
  CUSTOMER_QUESTIONS,
  OPERATOR_REPLIES,
  RECRUIT_REPLIES,
  WAVE_LINES,
} from './generate-networks-vocab.js';
import { END_MS, START_MS, type World } from './generate-networks-world.js';

/**
 * The people around a shop. Couriers answer its recruitment ads, then post in the city's chats within minutes of
 * the shop's other accounts whenever it runs a spam wave (co-activity). Customers ask in its channel and chats and
 * get an operator's answer; they belong to no network, and some buy from several shops.
 */
const MAX_CUSTOMERS_KEPT = 200;

function botOf(cast: Cast, time: number): string {
  const bot = cast.bots.find((b) => b.from <= time && time <= b.to) ?? cast.bots[0];
  return bot === undefined ? `@${cast.channel}` : `@${bot.value}`;
}

function operatorMention(world: World, cast: Cast, time: number): string {
  const operator = operatorAt(world, cast, time);
  return (operator === null ? null : mentionOf(operator, time)) ?? botOf(cast, time);
}

function chatter(world: World, persona: Persona, count: number): void {
  const { rng } = world;
  const language = personLanguage(rng);
  for (let i = 0; i < count; i++) {
    const hubs = world.hubsFor('courier');
    const text = sentences([fill(rng, line(rng, CHAT_LINES, language)), ...hubs.map((h) => world.hubSentence(h))]);
    world.post({
      persona,
      time: momentIn(rng, persona.from, persona.to),
      thread: chatThread(rng, persona),
      text,
      hubs,
      topic: 'chat',
    });
  }
}

function recruitOne(world: World, cast: Cast, post: RecruitmentPost): Persona {
  const { rng, knobs } = world;
  const object = world.book.newObject('courier', cast.network);
  const person = makePerson(rng);
  const replyTime = post.time + logUniform(rng, 2 * MINUTE, 2 * DAY);
  const courier = world.newPersona({
    platform: post.platform,
    kind: 'courier',
    object,
    network: cast.network,
    networkKind: 'drug',
    city: cast.city.index,
    from: replyTime,
    to: Math.min(END_MS, replyTime + skewedInt(rng, 14, 120) * DAY),
    name: person.display,
    stem: rng.chance(0.7) ? person.stem : null,
  });
  const language = personLanguage(rng);
  world.post({
    persona: courier,
    time: replyTime,
    thread: post.thread,
    text: fill(rng, line(rng, RECRUIT_REPLIES, language)),
    replyTo: post.id,
  });
  const phone = rng.chance(knobs.courierSecondAccount) ? world.freshPhone() : null;
  if (phone !== null || rng.chance(0.25)) {
    const time = replyTime + logUniform(rng, MINUTE, 6 * HOUR);
    const text =
      phone === null
        ? fill(rng, line(rng, COURIER_ASKS, language), { handle: operatorMention(world, cast, time) })
        : fill(rng, line(rng, COURIER_NUMBERS, language), { phone: writePhone(rng, phone) });
    world.post({ persona: courier, time, thread: post.thread, text, replyTo: post.id });
  }
  if (phone !== null) {
    world.book.uses(object, [phoneIdentifier(phone)]);
    const whatsapp = world.newPersona({
      platform: 'whatsapp',
      kind: 'courier',
      object,
      network: cast.network,
      networkKind: 'drug',
      city: cast.city.index,
      from: courier.from,
      to: courier.to,
      name: rng.chance(0.7) ? person.display : makePerson(rng).display,
      stem: null,
      id: `7${phone}`,
    });
    chatter(world, whatsapp, rng.int(1, 3));
  }
  chatter(world, courier, skewedInt(rng, 0, 2));
  return courier;
}

/** Couriers, each recruited through one of the shop's answerable recruitment posts. */
export function recruitCouriers(world: World, cast: Cast, recruitment: readonly RecruitmentPost[]): Persona[] {
  const { rng, knobs } = world;
  const answerable = recruitment.filter((p) => p.platform === 'telegram' || p.platform === 'vk');
  if (answerable.length === 0) return [];
  const count = skewedInt(rng, knobs.couriers[0], knobs.couriers[1], 1.5);
  return Array.from({ length: count }, () => recruitOne(world, cast, rng.pick(answerable)));
}

function customerFor(world: World, cast: Cast): Persona {
  const { rng, knobs, book } = world;
  const known = world.customers[cast.city.index] ?? [];
  if (known.length > 0 && rng.chance(knobs.sharedCustomer)) return rng.pick(known);
  const network = book.newNetwork('benign', cast.city.name);
  const person = makePerson(rng);
  const customer = world.newPersona({
    platform: 'telegram',
    kind: 'customer',
    object: book.newObject('customer', network),
    network,
    networkKind: 'benign',
    city: cast.city.index,
    from: START_MS,
    to: END_MS,
    name: person.display,
    stem: rng.chance(0.6) ? person.stem : null,
  });
  if (known.length < MAX_CUSTOMERS_KEPT) known.push(customer);
  else known[rng.int(0, MAX_CUSTOMERS_KEPT - 1)] = customer;
  return customer;
}

/** A customer sharing a channel post into a city chat («кто брал тут?»): a forward by someone outside the network. */
function shareChannelPost(world: World, cast: Cast, customer: Persona, ad: PostedAd): void {
  const { rng } = world;
  world.post({
    persona: customer,
    time: ad.time + logUniform(rng, 10 * MINUTE, 3 * DAY),
    thread: chatThread(rng, customer, cast.city),
    text: ad.record.text,
    forwardedFrom: cast.channel,
    images: ad.record.images,
    hubs: ad.hubs,
    topic: 'sale',
    mention: `@${cast.channel}`,
  });
}

/** Customers' questions in the channel's comments or the city chat, and the operators' answers. */
export function serveCustomers(world: World, cast: Cast, channelPosts: readonly PostedAd[]): void {
  const { rng } = world;
  const count = skewedInt(rng, world.knobs.customers[0], world.knobs.customers[1], 1.5);
  for (let i = 0; i < count; i++) {
    const customer = customerFor(world, cast);
    const language = personLanguage(rng);
    if (channelPosts.length > 0 && rng.chance(0.15)) shareChannelPost(world, cast, customer, rng.pick(channelPosts));
    for (let q = rng.int(1, 3); q > 0; q--) {
      const inChannel = cast.channelAccount !== null && rng.chance(0.6);
      const parent = inChannel ? world.board.pick(`telegram:${cast.channel}`, [['sale', 1]]) : null;
      const time =
        parent === null ? momentIn(rng, cast.from, cast.to) : parent.entry.time + logUniform(rng, MINUTE, DAY);
      const slots = { bot: botOf(cast, time), handle: rng.chance(0.5) ? `@${cast.channel}` : botOf(cast, time) };
      const question = world.post({
        persona: customer,
        time,
        thread: parent === null ? chatThread(rng, customer, cast.city) : `telegram:${cast.channel}`,
        text: fill(rng, line(rng, CUSTOMER_QUESTIONS, language), slots),
        replyTo: parent?.entry.id,
        topic: 'chat',
      });
      const operator = operatorAt(world, cast, time);
      if (operator === null || operator.platform !== 'telegram' || !rng.chance(0.6)) continue;
      const answerTime = time + logUniform(rng, MINUTE, 3 * HOUR);
      world.post({
        persona: operator,
        time: answerTime,
        thread: question.thread,
        text: fill(rng, line(rng, OPERATOR_REPLIES, cast.style.language), {
          bot: botOf(cast, answerTime),
          pay: cast.style.payment,
          handle: mentionOf(operator, answerTime) ?? botOf(cast, answerTime),
        }),
        replyTo: question.id,
      });
    }
  }
}

/**
 * Spam waves: the shop posts, and within minutes its operators, couriers and other accounts repost it or a short
 * ad into the city's chats. This is the co-activity that ties couriers to the network.
 */
export function spamWaves(world: World, cast: Cast, couriers: readonly Persona[]): void {
  const { rng, knobs } = world;
  const [minGap, maxGap] = knobs.waveEveryDays;
  const operators = cast.operatorAccounts;
  const spammers = cast.shopAccounts.filter(
    (p) => p !== cast.channelAccount && (p.platform === 'telegram' || p.platform === 'vk' || p.platform === 'whatsapp'),
  );
  for (let t = cast.from + rng.int(1, maxGap) * DAY; t < cast.to; t += rng.int(minGap, maxGap) * DAY) {
    const source = cast.channelAccount === null ? null : shopAd(world, cast, cast.channelAccount, t);
    const participants = [
      ...activeAt(operators, t).filter(() => rng.chance(0.7)),
      ...activeAt(couriers, t).filter(() => rng.chance(0.7)),
      ...activeAt(spammers, t).filter(() => rng.chance(0.4)),
    ];
    for (const persona of participants) {
      for (let n = rng.chance(0.15) ? 2 : 1; n > 0; n--) {
        const time = t + logUniform(rng, 20_000, 25 * MINUTE);
        const forward = source !== null && persona.platform === 'telegram' && rng.chance(0.6);
        const operator = operatorMention(world, cast, time);
        const text = forward
          ? source.record.text
          : fill(rng, line(rng, WAVE_LINES, cast.style.language), { handle: operator, bot: botOf(cast, time) });
        world.post({
          persona,
          time,
          thread: chatThread(rng, persona, cast.city),
          text,
          forwardedFrom: forward ? cast.channel : undefined,
          images: forward ? source.record.images : undefined,
          hubs: forward ? source.hubs : [],
          topic: 'sale',
          mention: operator,
        });
      }
    }
  }
}
