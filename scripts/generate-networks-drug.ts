import { postRecruitment, postShopAds } from './generate-networks-drug-ads.js';
import { type Cast, makeCast } from './generate-networks-drug-cast.js';
import { recruitCouriers, serveCustomers, spamWaves } from './generate-networks-drug-people.js';
import { mentionOf } from './generate-networks-persona.js';
import { writePhone } from './generate-networks-phones.js';
import { DAY, momentIn, skewedInt } from './generate-networks-random.js';
import { fill, line } from './generate-networks-text.js';
import { chatThread, jobThread } from './generate-networks-threads.js';
import { OPERATOR_REPLIES, WAVE_LINES } from './generate-networks-vocab.js';
import { END_MS, type World } from './generate-networks-world.js';

/** Operators also write on their own: short ads and answers in chats, some with their personal number. */
function operatorPosts(world: World, cast: Cast): void {
  const { rng } = world;
  for (const operator of cast.operators) {
    for (const persona of operator.accounts) {
      for (let n = skewedInt(rng, 1, 6); n > 0; n--) {
        const time = momentIn(rng, persona.from, persona.to);
        const handle = mentionOf(persona, time) ?? `@${cast.channel}`;
        const bot = cast.bots[0] === undefined ? `@${cast.channel}` : `@${cast.bots[0].value}`;
        const pool = rng.chance(0.5) ? WAVE_LINES : OPERATOR_REPLIES;
        let text = fill(rng, line(rng, pool, cast.style.language), { handle, bot, pay: cast.style.payment });
        if (operator.phone !== null && rng.chance(0.3)) text += `. WhatsApp ${writePhone(rng, operator.phone)}`;
        const thread = rng.chance(0.3) ? jobThread(rng, persona.platform, cast.city) : chatThread(rng, persona);
        world.post({ persona, time, thread, text, topic: 'sale', mention: handle });
      }
    }
  }
}

/** A dropped number may be reissued, months later, to someone unrelated. */
function retirePhones(world: World, cast: Cast): void {
  for (const phone of cast.phones) {
    if (phone.to >= cast.to || !world.rng.chance(world.knobs.recycledPhone)) continue;
    const free = phone.to + world.rng.int(60, 180) * DAY;
    if (free < END_MS - 30 * DAY) world.retiredPhones.push({ digits: phone.digits, free });
  }
}

/** One drug network: shop, operators, couriers, its customers' questions and its spam waves. */
export function drugNetwork(world: World): void {
  const cast = makeCast(world);
  const channelPosts = postShopAds(world, cast);
  operatorPosts(world, cast);
  const recruitment = postRecruitment(world, cast, world.rng.int(2, 6));
  const couriers = recruitCouriers(world, cast, recruitment);
  serveCustomers(world, cast, channelPosts);
  spamWaves(world, cast, couriers);
  retirePhones(world, cast);
}
