import type { Rng } from './generate-corpus-random.js';
import { CITIES } from './generate-corpus-vocab.js';

/**
 * A synthetic dealer network: one shop advertising from several accounts that share phones, a bot and a
 * wallet, which is what the linker has to find. Every handle ends in `_syn` so that no record can be mistaken
 * for a real account.
 */
export interface DealerNetwork {
  readonly id: string;
  readonly shopName: string;
  readonly city: string;
  readonly accounts: readonly string[];
  readonly phones: readonly string[];
  readonly bot: string;
  readonly channel: string;
  readonly wallet: string | null;
}

const SHOP_WORDS = ['kristal', 'snow', 'white', 'green', 'magic', 'rocket', 'ice', 'mef', 'smoke', 'drop', 'pharma'];
const SHOP_SUFFIXES = ['shop', 'store', 'market', 'house', 'club', '24', 'kz', 'team'];
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const KZ_MOBILE_PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

/** +7 7xx … in one of the spellings ads use. */
export function formatPhone(rng: Rng, digits: string): string {
  const [a, b, c, d] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 8), digits.slice(8, 10)];
  return rng.pick([
    `+7 ${a} ${b} ${c} ${d}`,
    `+7${a}${b}${c}${d}`,
    `8 (${a}) ${b}-${c}-${d}`,
    `+7-${a}-${b}-${c}-${d}`,
  ]);
}

export function randomMobile(rng: Rng): string {
  return `${rng.pick(KZ_MOBILE_PREFIXES)}${rng.digits(7)}`;
}

/** Looks like a TRON address (T + 33 base58) but its checksum is not computed: it cannot be a real wallet. */
function fakeWallet(rng: Rng): string {
  let out = 'T';
  for (let i = 0; i < 33; i++) out += BASE58.charAt(rng.int(0, BASE58.length - 1));
  return out;
}

export function makeNetwork(rng: Rng, index: number): DealerNetwork {
  const word = rng.pick(SHOP_WORDS);
  const base = `${word}_${rng.pick(SHOP_SUFFIXES)}${rng.int(1, 99)}`;
  const accountCount = rng.int(2, 5);
  const accounts = Array.from({ length: accountCount }, (_, i) =>
    i === 0
      ? `@${base}_syn`
      : `@${rng.pick(['op', 'manager', 'admin', 'support', 'sale'])}_${word}${rng.int(1, 999)}_syn`,
  );
  return {
    id: `net-${String(index + 1).padStart(4, '0')}`,
    shopName: `${word[0]?.toUpperCase() ?? ''}${word.slice(1)} ${rng.pick(SHOP_SUFFIXES)}`,
    city: rng.pick(CITIES),
    accounts,
    phones: Array.from({ length: rng.int(1, 3) }, () => randomMobile(rng)),
    bot: `@${base}_syn_bot`,
    channel: `t.me/${base}_syn`,
    wallet: rng.chance(0.6) ? fakeWallet(rng) : null,
  };
}
