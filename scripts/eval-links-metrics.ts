/**
 * Pairwise and B-cubed scores of a predicted clustering against a gold clustering, in O(n) from the contingency
 * counts (how many items each predicted cluster shares with each gold cluster), never by enumerating pairs.
 *
 * Conventions:
 * - The items are the gold items. An item the prediction does not place is a predicted singleton; predicted items
 *   that are not gold items are ignored (the caller should report how many there were).
 * - A ratio with nothing to count is 1: no predicted pairs means no wrong merge (pairwise precision 1), no gold
 *   pairs means nothing to find (pairwise recall 1). With no scored item at all every figure is NaN.
 * - `include` restricts the scored items without shrinking the clusters: B-cubed averages only over included items
 *   (each still judged against its whole predicted and gold cluster), and pairwise counts the pairs that have at
 *   least one included item, so merging an included item with an excluded one still costs precision.
 */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ClusteringScores {
  /** Scored (gold, included) items. */
  readonly items: number;
  readonly pairwise: Prf;
  readonly bcubed: Prf;
}

export interface ScoreOptions {
  readonly include?: (item: string) => boolean;
}

function f1Of(precision: number, recall: number): number {
  if (Number.isNaN(precision) || Number.isNaN(recall)) return Number.NaN;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function prf(precision: number, recall: number): Prf {
  return { precision, recall, f1: f1Of(precision, recall) };
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Pairs of a group of `n` items, `m` of them scored, with at least one scored item. */
function pairsTouching(n: number, m: number): number {
  return pairs(n) - pairs(n - m);
}

function ratioOrOne(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function indexOf(indexes: Map<string, number>, label: string): number {
  let index = indexes.get(label);
  if (index === undefined) {
    index = indexes.size;
    indexes.set(label, index);
  }
  return index;
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Each item's gold cluster, predicted cluster and cell (the pair of both), with the sizes of all three. */
interface Contingency {
  readonly items: readonly string[];
  readonly goldOf: Int32Array;
  readonly predictedOf: Int32Array;
  readonly cellOf: Int32Array;
  readonly goldSize: readonly number[];
  readonly predictedSize: readonly number[];
  readonly cellSize: readonly number[];
}

function contingency(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Contingency {
  const items = [...gold.keys()];
  const goldIndex = new Map<string, number>();
  const predictedIndex = new Map<string, number>();
  const cellIndex = new Map<number, number>();
  const goldOf = new Int32Array(items.length);
  const predictedOf = new Int32Array(items.length);
  const cellOf = new Int32Array(items.length);
  items.forEach((item, i) => {
    goldOf[i] = indexOf(goldIndex, gold.get(item) ?? '');
    const label = predicted.get(item);
    // Prefixes keep the two kinds of label apart: an unplaced item is a singleton of its own.
    predictedOf[i] = indexOf(predictedIndex, label === undefined ? `\u0000${item}` : `\u0001${label}`);
  });
  const stride = goldIndex.size;
  const goldSize: number[] = new Array(goldIndex.size).fill(0);
  const predictedSize: number[] = new Array(predictedIndex.size).fill(0);
  const cellSize: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const g = goldOf[i] ?? 0;
    const p = predictedOf[i] ?? 0;
    const key = p * stride + g;
    let cell = cellIndex.get(key);
    if (cell === undefined) {
      cell = cellSize.length;
      cellIndex.set(key, cell);
      cellSize.push(0);
    }
    cellOf[i] = cell;
    cellSize[cell] = (cellSize[cell] ?? 0) + 1;
    goldSize[g] = (goldSize[g] ?? 0) + 1;
    predictedSize[p] = (predictedSize[p] ?? 0) + 1;
  }
  return { items, goldOf, predictedOf, cellOf, goldSize, predictedSize, cellSize };
}

interface GroupSums {
  scored: number;
  precision: number;
  recall: number;
  readonly cells: Map<number, number>;
  readonly golds: Map<number, number>;
  readonly predicteds: Map<number, number>;
}

function touching(counts: ReadonlyMap<number, number>, sizes: readonly number[]): number {
  let total = 0;
  for (const [index, m] of counts) total += pairsTouching(sizes[index] ?? 0, m);
  return total;
}

/**
 * Scores over the items of each group (an item may belong to several, or to none), from one contingency table:
 * cheaper than one `scoreClustering` per group when there are many.
 */
export function scoreGroups(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  groupsOf: (item: string) => readonly string[],
): Map<string, ClusteringScores> {
  const c = contingency(gold, predicted);
  const sums = new Map<string, GroupSums>();
  c.items.forEach((item, i) => {
    const g = c.goldOf[i] ?? 0;
    const p = c.predictedOf[i] ?? 0;
    const cell = c.cellOf[i] ?? 0;
    const together = c.cellSize[cell] ?? 0;
    for (const group of groupsOf(item)) {
      let s = sums.get(group);
      if (s === undefined) {
        s = { scored: 0, precision: 0, recall: 0, cells: new Map(), golds: new Map(), predicteds: new Map() };
        sums.set(group, s);
      }
      s.scored++;
      s.precision += together / (c.predictedSize[p] ?? 1);
      s.recall += together / (c.goldSize[g] ?? 1);
      bump(s.cells, cell);
      bump(s.golds, g);
      bump(s.predicteds, p);
    }
  });
  const out = new Map<string, ClusteringScores>();
  for (const [group, s] of sums) {
    const truePairs = touching(s.cells, c.cellSize);
    out.set(group, {
      items: s.scored,
      pairwise: prf(
        ratioOrOne(truePairs, touching(s.predicteds, c.predictedSize)),
        ratioOrOne(truePairs, touching(s.golds, c.goldSize)),
      ),
      bcubed: prf(s.precision / s.scored, s.recall / s.scored),
    });
  }
  return out;
}

const NOTHING_SCORED: ClusteringScores = {
  items: 0,
  pairwise: prf(Number.NaN, Number.NaN),
  bcubed: prf(Number.NaN, Number.NaN),
};

export function scoreClustering(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  options: ScoreOptions = {},
): ClusteringScores {
  const { include } = options;
  const scores = scoreGroups(gold, predicted, (item) => (include === undefined || include(item) ? ['scored'] : []));
  return scores.get('scored') ?? NOTHING_SCORED;
}
