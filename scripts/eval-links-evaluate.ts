import { drugNetworkMerges, type HubFinding, hubFindings } from './eval-links-hubs.js';
import type { Gold } from './eval-links-input.js';
import { type ClusteringScores, scoreClustering, scoreGroups } from './eval-links-metrics.js';
import type { Prediction } from './eval-links-prediction.js';

/**
 * Every figure `npm run eval:links` prints: objects and networks scored over all gold accounts, over the accounts
 * of drug networks only (where the singletons of the noise cannot flatter the score), and per account kind; the
 * hub check; and how much of the truth the prediction covered.
 */
export interface ClusteringReport {
  readonly all: ClusteringScores;
  readonly drug: ClusteringScores;
  readonly byKind: ReadonlyMap<string, ClusteringScores>;
}

export interface LinkEvaluation {
  readonly objects: ClusteringReport;
  readonly networks: ClusteringReport;
  /** Where predicted networks came from; `objects` means none were given and each object counts as one. */
  readonly networkSource: 'network field' | 'networks file' | 'objects';
  readonly hubs: readonly HubFinding[];
  readonly drugMerges: { readonly clusters: number; readonly largest: number };
  readonly coverage: {
    readonly goldAccounts: number;
    readonly placedAccounts: number;
    readonly unknownAccounts: number;
    readonly duplicateAccounts: number;
    readonly predictedObjects: number;
  };
}

const NONE: ClusteringScores = scoreClustering(new Map(), new Map());

/** One contingency table, scored over all accounts, drug-network accounts, and each kind (groups `kind:…`). */
function report(gold: Gold, goldOf: (key: string) => string, predicted: ReadonlyMap<string, string>) {
  const goldMap = new Map<string, string>();
  for (const key of gold.accounts.keys()) goldMap.set(key, goldOf(key));
  const scores = scoreGroups(goldMap, predicted, (key) => {
    const account = gold.accounts.get(key);
    if (account === undefined) return ['all'];
    return account.drug ? ['all', 'drug', `kind:${account.kind}`] : ['all', `kind:${account.kind}`];
  });
  const byKind = new Map<string, ClusteringScores>();
  for (const group of [...scores.keys()].sort()) {
    const s = scores.get(group);
    if (group.startsWith('kind:') && s !== undefined) byKind.set(group.slice('kind:'.length), s);
  }
  return { all: scores.get('all') ?? NONE, drug: scores.get('drug') ?? NONE, byKind };
}

export function evaluateLinks(gold: Gold, prediction: Prediction, fromCsv: boolean): LinkEvaluation {
  const networkOf = prediction.networkOf ?? prediction.objectOf;
  const objectOf = (key: string) => gold.accounts.get(key)?.object ?? key;
  const goldNetworkOf = (key: string) => gold.accounts.get(key)?.network ?? key;
  return {
    objects: report(gold, objectOf, prediction.objectOf),
    networks: report(gold, goldNetworkOf, networkOf),
    networkSource: prediction.networkOf === null ? 'objects' : fromCsv ? 'networks file' : 'network field',
    hubs: hubFindings(gold, networkOf, prediction.networkIdentifiers),
    drugMerges: drugNetworkMerges(gold, networkOf),
    coverage: {
      goldAccounts: gold.accounts.size,
      placedAccounts: prediction.objectOf.size,
      unknownAccounts: prediction.unknownAccounts,
      duplicateAccounts: prediction.duplicateAccounts,
      predictedObjects: prediction.objects,
    },
  };
}
