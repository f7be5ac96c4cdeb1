import type { Rng } from './generate-corpus-random.js';
import { handleAt, type Persona } from './generate-networks-persona.js';
import type { Platform } from './generate-networks-types.js';
import { CITY_LIST, type City } from './generate-networks-world.js';

/**
 * Where posts are seen, namespaced by platform: a city's chats and groups, its job chats, classifieds sections,
 * and an Instagram account's own feed (comments are replies in it).
 */
const OLX_GOODS_SECTIONS = ['elektronika', 'dom-i-sad', 'moda-i-stil', 'detskiy-mir', 'hobbi', 'transport'];

function cityOf(persona: Persona): City {
  return CITY_LIST[persona.city] ?? { index: 0, name: 'Алматы', slug: 'almaty' };
}

export function feedOf(persona: Persona): string {
  return `instagram:${handleAt(persona, persona.from) ?? 'unknown_syn'}`;
}

/** A general thread of the persona's platform in its city: chat, flea market, classifieds. */
export function chatThread(rng: Rng, persona: Persona, city: City = cityOf(persona)): string {
  const slug = city.slug;
  switch (persona.platform) {
    case 'telegram':
      return rng.pick([`telegram:${slug}_chat_syn`, `telegram:${slug}_chat_syn`, `telegram:${slug}_baraholka_syn`]);
    case 'vk':
      return rng.pick([`vk:${slug}_obyavleniya_syn`, `vk:podslushano_${slug}_syn`]);
    case 'whatsapp':
      return `whatsapp:${slug}_obyavleniya_syn`;
    case 'olx-synthetic':
      return `olx-synthetic:${slug}/${rng.pick(OLX_GOODS_SECTIONS)}`;
    case 'instagram':
      return feedOf(persona);
  }
}

/** Where a shop puts a disguised classified ad. */
export function olxShopThread(rng: Rng, city: City): string {
  return `olx-synthetic:${city.slug}/${rng.pick(['dom-i-sad', 'uslugi', 'hobbi', 'krasota-i-zdorove'])}`;
}

export function olxThread(city: City, section: string): string {
  return `olx-synthetic:${city.slug}/${section}`;
}

/** A job thread: where recruitment ads, and legitimate courier jobs, are posted. */
export function jobThread(rng: Rng, platform: Platform, city: City): string {
  const slug = city.slug;
  switch (platform) {
    case 'telegram':
      return rng.chance(0.8) ? `telegram:rabota_${slug}_syn` : 'telegram:kz_rabota_syn';
    case 'vk':
      return `vk:rabota_${slug}_syn`;
    case 'whatsapp':
      return `whatsapp:rabota_${slug}_syn`;
    case 'olx-synthetic':
      return olxThread(city, 'rabota');
    case 'instagram':
      return `instagram:rabota_${slug}_syn`;
  }
}
