import { type Gold, keyOf, type PredictedObject } from './eval-links-input.js';

/**
 * A prediction as clusterings of account keys. Objects come from the objects export; networks from each object's
 * `network` field, else from a networks CSV, else each object is its own network. An account listed by two
 * predicted objects stays with the first (the count is reported); accounts the truth does not know are counted and
 * left out of the scores.
 */
export interface Prediction {
  readonly objectOf: ReadonlyMap<string, string>;
  /** Null when the prediction says nothing about networks. */
  readonly networkOf: ReadonlyMap<string, string> | null;
  /** `type\u001fvalue` of every identifier each predicted network (or object, without networks) lists. */
  readonly networkIdentifiers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly unknownAccounts: number;
  readonly duplicateAccounts: number;
  readonly objects: number;
}

export function identifierKey(type: string, value: string): string {
  return `${type}\u001f${value}`;
}

function addAll(map: Map<string, Set<string>>, cluster: string, values: Iterable<string>): void {
  let set = map.get(cluster);
  if (set === undefined) {
    set = new Set();
    map.set(cluster, set);
  }
  for (const value of values) set.add(value);
}

export function assemblePrediction(
  gold: Gold,
  objects: readonly PredictedObject[],
  networksCsv: ReadonlyMap<string, string> | null,
): Prediction {
  const objectOf = new Map<string, string>();
  const objectNetwork = new Map<string, string>();
  const hasNetworkField = objects.some((o) => o.network !== null && o.network !== undefined);
  const keysOfObject: string[][] = [];
  let unknownAccounts = 0;
  let duplicateAccounts = 0;
  for (const object of objects) {
    const keys: string[] = [];
    keysOfObject.push(keys);
    for (const account of object.accounts) {
      const key = keyOf(account, gold.accounts);
      if (!gold.accounts.has(key)) {
        unknownAccounts++;
        continue;
      }
      if (objectOf.has(key)) {
        duplicateAccounts++;
        continue;
      }
      keys.push(key);
      objectOf.set(key, object.id);
      if (hasNetworkField) objectNetwork.set(key, object.network ?? `object:${object.id}`);
    }
  }
  const networkOf = hasNetworkField ? objectNetwork : networksCsv;
  // Without any network information, each object stands for its own network.
  const clusterOf = networkOf ?? objectOf;
  const networkIdentifiers = new Map<string, Set<string>>();
  objects.forEach((object, i) => {
    const ids = object.identifiers.map((id) => identifierKey(id.type, id.value));
    // Once per network the object's accounts fall in, not once per account: a giant object lists many identifiers.
    const clusters = new Set((keysOfObject[i] ?? []).map((key) => clusterOf.get(key) ?? `single:${key}`));
    for (const cluster of clusters) addAll(networkIdentifiers, cluster, ids);
  });
  return {
    objectOf,
    networkOf,
    networkIdentifiers,
    unknownAccounts,
    duplicateAccounts,
    objects: objects.length,
  };
}
