import { z } from 'zod';

/**
 * The generator's knobs, with the values the 100,000-account evaluation uses. Sizes are [min, max] ranges drawn
 * skewed towards the minimum; rates are per network unless named otherwise.
 */
export interface NetworkKnobs {
  /** Share of accounts that belong to drug networks (shops, operators, couriers). */
  readonly drugShare: number;
  /** Share of accounts that are legitimate sellers (individuals and multi-account businesses). */
  readonly legitShare: number;
  readonly shopAccounts: readonly [number, number];
  readonly operators: readonly [number, number];
  readonly operatorAccounts: readonly [number, number];
  readonly couriers: readonly [number, number];
  /** Chance that a courier also has a second account (WhatsApp, by the number they gave away). */
  readonly courierSecondAccount: number;
  readonly customers: readonly [number, number];
  /** Chance that a shop's customer is someone who already buys from another shop in the city. */
  readonly sharedCustomer: number;
  readonly phonesPerShop: readonly [number, number];
  /** Days a shop lives. */
  readonly shopLifeDays: readonly [number, number];
  /** Days between two spam waves of one network. */
  readonly waveEveryDays: readonly [number, number];
  /** Share of shops whose ad template is a public one that unrelated shops also copy. */
  readonly publicTemplate: number;
  /** Share of shops that impersonate an earlier shop: its template, brand, display names and some photos. */
  readonly clone: number;
  /** Chance that a shop's discarded number is reissued to a legitimate seller months later. */
  readonly recycledPhone: number;
  /** Share of legitimate sellers that are businesses with several accounts. */
  readonly legitBusiness: number;
  /** Share of telegram and vk accounts whose posts show only a handle, not the numeric id. */
  readonly handleOnly: number;
  /** Share of accounts seen both ways (some posts with the id, some without): two keys, one account. */
  readonly seenBothWays: number;
}

export const DEFAULT_KNOBS: NetworkKnobs = {
  drugShare: 0.3,
  legitShare: 0.25,
  shopAccounts: [3, 15],
  operators: [1, 3],
  operatorAccounts: [1, 3],
  couriers: [3, 30],
  courierSecondAccount: 0.15,
  customers: [3, 25],
  sharedCustomer: 0.25,
  phonesPerShop: [2, 8],
  shopLifeDays: [60, 540],
  waveEveryDays: [6, 20],
  publicTemplate: 0.08,
  clone: 0.03,
  recycledPhone: 0.03,
  legitBusiness: 0.15,
  handleOnly: 0.3,
  seenBothWays: 0.04,
};

const share = z.number().min(0).max(1);
const range = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([min, max]) => min <= max, 'a range is [min, max] with min <= max');

const KnobsFile = z
  .object({
    drugShare: share,
    legitShare: share,
    shopAccounts: range,
    operators: range,
    operatorAccounts: range,
    couriers: range,
    courierSecondAccount: share,
    customers: range,
    sharedCustomer: share,
    phonesPerShop: range,
    shopLifeDays: range,
    waveEveryDays: range,
    publicTemplate: share,
    clone: share,
    recycledPhone: share,
    legitBusiness: share,
    handleOnly: share,
    seenBothWays: share,
  })
  .partial()
  .strict();

/** Knobs a caller overrides; the rest keep their defaults. */
export type KnobOverrides = { readonly [K in keyof NetworkKnobs]?: NetworkKnobs[K] | undefined };

export function withKnobs(o: KnobOverrides): NetworkKnobs {
  const d = DEFAULT_KNOBS;
  return {
    drugShare: o.drugShare ?? d.drugShare,
    legitShare: o.legitShare ?? d.legitShare,
    shopAccounts: o.shopAccounts ?? d.shopAccounts,
    operators: o.operators ?? d.operators,
    operatorAccounts: o.operatorAccounts ?? d.operatorAccounts,
    couriers: o.couriers ?? d.couriers,
    courierSecondAccount: o.courierSecondAccount ?? d.courierSecondAccount,
    customers: o.customers ?? d.customers,
    sharedCustomer: o.sharedCustomer ?? d.sharedCustomer,
    phonesPerShop: o.phonesPerShop ?? d.phonesPerShop,
    shopLifeDays: o.shopLifeDays ?? d.shopLifeDays,
    waveEveryDays: o.waveEveryDays ?? d.waveEveryDays,
    publicTemplate: o.publicTemplate ?? d.publicTemplate,
    clone: o.clone ?? d.clone,
    recycledPhone: o.recycledPhone ?? d.recycledPhone,
    legitBusiness: o.legitBusiness ?? d.legitBusiness,
    handleOnly: o.handleOnly ?? d.handleOnly,
    seenBothWays: o.seenBothWays ?? d.seenBothWays,
  };
}

/** Knob overrides from a JSON file's contents; unknown knobs and out-of-range values are refused. */
export function parseKnobs(json: unknown): KnobOverrides {
  const result = KnobsFile.safeParse(json);
  if (!result.success) throw new Error(`knobs: ${z.prettifyError(result.error)}`);
  const knobs = withKnobs(result.data);
  if (knobs.drugShare + knobs.legitShare > 0.9) {
    throw new Error('knobs: drugShare + legitShare must leave at least 10% of accounts to bystanders');
  }
  if (knobs.shopAccounts[0] < 1 || knobs.phonesPerShop[0] < 1 || knobs.waveEveryDays[0] < 1) {
    throw new Error('knobs: a shop needs at least one account and one number, and waves at least a day apart');
  }
  return result.data;
}
