import type { DealerNetwork } from './generate-corpus-networks.js';
import { MENTION_TEMPLATES } from './generate-corpus-templates-talk.js';
import type { Topic } from './generate-networks-board.js';
import { makePerson } from './generate-networks-handles.js';
import type { Persona } from './generate-networks-persona.js';
import { HOUR, logUniform, momentIn, skewedInt, weighted } from './generate-networks-random.js';
import { fill, line, personLanguage, sentences } from './generate-networks-text.js';
import { chatThread } from './generate-networks-threads.js';
import type { Platform } from './generate-networks-types.js';
import {
  CHAT_LINES,
  CHAT_REPLIES,
  COMPLAINTS,
  type Language,
  NEWS_CHANNELS,
  RECRUIT_REPLIES,
  SKEPTIC_REPLIES,
} from './generate-networks-vocab.js';
import { END_MS, START_MS, type World } from './generate-networks-world.js';

/**
 * Bystanders: people in the same city chats who answer whatever is there — a neighbour's question, a listing, a
 * job ad with «+», a shop's spam with a complaint that quotes its handle — forward news, and give the bank's or
 * the taxi's number. Their answers come minutes after the post, so co-activity alone does not make a courier.
 */
const PLATFORMS: readonly (readonly [Platform, number])[] = [
  ['telegram', 55],
  ['vk', 20],
  ['whatsapp', 15],
  ['instagram', 10],
];
const REPLY_TOPICS: readonly (readonly [Topic, number])[] = [
  ['chat', 50],
  ['listing', 18],
  ['sale', 12],
  ['recruit', 10],
  ['job', 10],
];
// The mention templates never read the network, but their signature wants one.
const NO_NETWORK: DealerNetwork = {
  id: '',
  shopName: '',
  city: '',
  accounts: ['@none_syn'],
  phones: ['7000000000'],
  bot: '@none_syn_bot',
  channel: '',
  wallet: null,
};

function replyText(world: World, topic: Topic, mention: string | null, language: Language): string {
  const { rng } = world;
  switch (topic) {
    case 'chat':
    case 'listing':
      return fill(rng, line(rng, CHAT_REPLIES, language));
    case 'job':
      return fill(rng, line(rng, RECRUIT_REPLIES, language));
    case 'recruit':
      return fill(rng, line(rng, rng.chance(0.4) ? RECRUIT_REPLIES : SKEPTIC_REPLIES, language));
    case 'sale':
      return mention !== null && rng.chance(0.6)
        ? fill(rng, line(rng, COMPLAINTS, language), { handle: mention })
        : fill(rng, line(rng, SKEPTIC_REPLIES, language));
  }
}

function onePost(world: World, persona: Persona, language: Language): void {
  const { rng } = world;
  const hubs = world.hubsFor('bystander').filter((h) => h.phrases.length > 0);
  const hubText = hubs.map((h) => world.hubSentence(h));
  // On Instagram one answers under someone's post; one's own posts go to one's own feed.
  const elsewhere = persona.platform === 'instagram' && world.feeds.length > 0 ? rng.pick(world.feeds) : null;
  const thread = chatThread(rng, persona);
  const roll = rng.next();
  if (roll < 0.5) {
    const replyThread = elsewhere ?? thread;
    const parent = world.board.pick(replyThread, REPLY_TOPICS);
    const time = parent === null ? 0 : parent.entry.time + logUniform(rng, 30_000, 6 * HOUR);
    if (parent !== null && time < END_MS) {
      world.post({
        persona,
        time,
        thread: replyThread,
        text: sentences([replyText(world, parent.topic, parent.entry.mention, language), ...hubText]),
        replyTo: parent.entry.id,
        hubs,
        topic: 'chat',
      });
      return;
    }
  }
  const time = momentIn(rng, persona.from, persona.to);
  if (roll > 0.88) {
    world.post({
      persona,
      time,
      thread,
      text: rng.pick(MENTION_TEMPLATES)(rng, NO_NETWORK).text,
      forwardedFrom: rng.pick(NEWS_CHANNELS),
    });
    return;
  }
  // A complaint outside any reply: someone warning the chat about a shop that spams it.
  const spam = roll > 0.82 ? world.board.pick(thread, [['sale', 1]]) : null;
  const text =
    spam !== null && spam.entry.mention !== null
      ? fill(rng, line(rng, COMPLAINTS, language), { handle: spam.entry.mention })
      : fill(rng, line(rng, CHAT_LINES, language));
  world.post({ persona, time, thread, text: sentences([text, ...hubText]), hubs, topic: 'chat' });
}

export function bystander(world: World, singleKey: boolean): void {
  const { rng, book } = world;
  const city = world.pickCity();
  const network = book.newNetwork('benign', city.name);
  const platform = weighted(rng, PLATFORMS);
  const person = makePerson(rng);
  const from = momentIn(rng, START_MS, END_MS);
  const persona = world.newPersona({
    platform,
    kind: 'bystander',
    object: book.newObject('bystander', network),
    network,
    networkKind: 'benign',
    city: city.index,
    from: rng.chance(0.5) ? START_MS : from,
    to: rng.chance(0.5) ? END_MS : Math.min(END_MS, from + rng.int(30, 400) * 86_400_000),
    name: person.display,
    stem: platform === 'instagram' || rng.chance(0.65) ? person.stem : null,
    ...(platform === 'whatsapp' ? { id: `7${world.freshPhone()}` } : {}),
    singleKey,
  });
  const language = personLanguage(rng);
  for (let n = skewedInt(rng, 1, 8, 2); n > 0; n--) onePost(world, persona, language);
}
