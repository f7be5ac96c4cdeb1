import { hashString } from '../src/plugins/detectors/classifier/hashing.js';
import { type Clusterable, nearDuplicateClusters } from './train-clusters.js';

/**
 * Train / dev assignment by near-duplicate cluster: a cluster's split is a hash of its key, so it is stable when
 * unrelated data is added and a cluster is never spread over two splits. Training clusters are further dealt
 * into folds, whose out-of-fold predictions fit the temperature and the thresholds; `dev` is only measured.
 */
export type Split = 'train' | 'dev';

export const FOLDS = 5;
const DEV_SHARE = 0.15;
const SPLIT_NAMESPACE = 0x5eed;
const FOLD_NAMESPACE = 0xf01d;

export function splitOfKey(key: string): Split {
  return hashString(SPLIT_NAMESPACE, key) / 2 ** 32 < DEV_SHARE ? 'dev' : 'train';
}

export function foldOfKey(key: string): number {
  return hashString(FOLD_NAMESPACE, key) % FOLDS;
}

export interface Assignment {
  readonly splits: readonly Split[];
  /** The cross-validation fold of each text, 0..FOLDS-1 (meaningful for training texts). */
  readonly folds: readonly number[];
  readonly clusterCount: number;
}

export function assignSplits(items: readonly Clusterable[]): Assignment {
  const clusters = nearDuplicateClusters(items);
  const keyOf = (root: number): string => items[root]?.groupKey ?? items[root]?.text ?? '';
  return {
    splits: Array.from(clusters, (root) => splitOfKey(keyOf(root))),
    folds: Array.from(clusters, (root) => foldOfKey(keyOf(root))),
    clusterCount: new Set(clusters).size,
  };
}
