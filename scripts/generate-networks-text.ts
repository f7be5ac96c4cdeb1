import type { Rng } from './generate-corpus-random.js';
import { CITIES, DISTRICTS, SHOP_GOODS } from './generate-corpus-vocab.js';
import { weighted } from './generate-networks-random.js';
import type { Language } from './generate-networks-vocab.js';

/** Fills `{slot}` marks; the place-name slots get a random district, city or drug word when not given. */
export function fill(rng: Rng, template: string, slots: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => {
    const given = slots[name];
    if (given !== undefined) return given;
    if (name === 'district') return rng.pick(DISTRICTS);
    if (name === 'city') return rng.pick(CITIES);
    if (name === 'goods') return rng.pick(SHOP_GOODS);
    if (name === 'money') return `${rng.int(15, 60)} 000 тг`;
    return mark;
  });
}

/** Most people write Russian, a sixth Kazakh, a few English. */
export function personLanguage(rng: Rng): Language {
  return weighted(rng, [
    ['ru', 78],
    ['kk', 16],
    ['en', 6],
  ]);
}

/** A line from a per-language pool, falling back to Russian. */
export function line(rng: Rng, pool: Readonly<Record<Language, readonly string[]>>, language: Language): string {
  const lines = pool[language].length > 0 ? pool[language] : pool.ru;
  return rng.pick(lines);
}

/** Sentences joined as a person types them: a full stop only where the last one has no closing mark. */
export function sentences(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else out += /[.!?…)]$/u.test(out) ? ` ${part}` : `. ${part}`;
  }
  return out;
}
