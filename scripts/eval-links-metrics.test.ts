import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreClustering, scoreGroups } from './eval-links-metrics.js';

/** item -> cluster from lists of clusters: [['1', '2'], ['3']] */
function clustering(clusters: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  clusters.forEach((items, i) => {
    for (const item of items) map.set(item, `c${i}`);
  });
  return map;
}

// Bagga & Baldwin (1998), "Algorithms for scoring coreference chains", figures 1 and 2: 12 mentions in three
// gold chains; response A merges the two smaller chains, response B the two larger ones.
const BB_GOLD = clustering([
  ['1', '2', '3', '4', '5'],
  ['6', '7'],
  ['8', '9', 'A', 'B', 'C'],
]);
const BB_A = clustering([
  ['1', '2', '3', '4', '5'],
  ['6', '7', '8', '9', 'A', 'B', 'C'],
]);
const BB_B = clustering([
  ['1', '2', '3', '4', '5', '8', '9', 'A', 'B', 'C'],
  ['6', '7'],
]);

/** The definitions, pair by pair and item by item: what the O(n) version must agree with. */
function bruteForce(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>) {
  const items = [...gold.keys()];
  const p = (item: string) => predicted.get(item) ?? `single:${item}`;
  let tp = 0;
  let pp = 0;
  let gp = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] ?? '';
      const b = items[j] ?? '';
      const samePredicted = p(a) === p(b);
      const sameGold = gold.get(a) === gold.get(b);
      if (samePredicted) pp++;
      if (sameGold) gp++;
      if (samePredicted && sameGold) tp++;
    }
  }
  let precision = 0;
  let recall = 0;
  for (const a of items) {
    const inPredicted = items.filter((b) => p(b) === p(a));
    const inGold = items.filter((b) => gold.get(b) === gold.get(a));
    const both = inPredicted.filter((b) => gold.get(b) === gold.get(a)).length;
    precision += both / inPredicted.length;
    recall += both / inGold.length;
  }
  return {
    pairwise: { precision: pp === 0 ? 1 : tp / pp, recall: gp === 0 ? 1 : tp / gp },
    bcubed: { precision: precision / items.length, recall: recall / items.length },
  };
}

const clusterings = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.boolean()), {
    minLength: 1,
    maxLength: 30,
  })
  .map((rows) => ({
    gold: new Map<string, string>(rows.map(([g], i) => [`i${i}`, `g${g}`])),
    predicted: new Map<string, string>(rows.flatMap(([, p, placed], i) => (placed ? [[`i${i}`, `p${p}`]] : []))),
  }));

describe('scoreClustering', () => {
  it('gives the B-cubed figures of Bagga & Baldwin (1998)', () => {
    const a = scoreClustering(BB_GOLD, BB_A);
    expect(a.bcubed.precision).toBeCloseTo(64 / 84, 10); // 76%
    expect(a.bcubed.recall).toBe(1);
    const b = scoreClustering(BB_GOLD, BB_B);
    expect(b.bcubed.precision).toBeCloseTo(7 / 12, 10); // 58%
    expect(b.bcubed.recall).toBe(1);
    expect(b.bcubed.f1).toBeCloseTo((2 * (7 / 12)) / (7 / 12 + 1), 10);
  });

  it('counts pairs: 21 gold pairs, response A predicts 31 of which 21 are right', () => {
    const a = scoreClustering(BB_GOLD, BB_A);
    expect(a.pairwise.precision).toBeCloseTo(21 / 31, 10);
    expect(a.pairwise.recall).toBe(1);
    // Response B: 45 + 1 predicted pairs, 10 + 1 + 10 of them right.
    const b = scoreClustering(BB_GOLD, BB_B);
    expect(b.pairwise.precision).toBeCloseTo(21 / 46, 10);
  });

  it('scores a split by hand', () => {
    // Gold {a,b,c,d}; predicted {a,b} {c} and d unplaced (a singleton).
    const gold = clustering([['a', 'b', 'c', 'd']]);
    const s = scoreClustering(gold, clustering([['a', 'b'], ['c']]));
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBeCloseTo((2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4, 10);
    expect(s.pairwise.precision).toBe(1);
    expect(s.pairwise.recall).toBeCloseTo(1 / 6, 10);
  });

  it('ignores predicted items that are not gold items', () => {
    const gold = clustering([['a', 'b']]);
    const s = scoreClustering(gold, clustering([['a', 'b', 'x', 'y']]));
    expect(s.items).toBe(2);
    expect(s.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('restricts to included items but keeps judging them against whole clusters', () => {
    // Network accounts n1, n2 (one gold cluster) merged with a bystander b; another bystander c alone.
    const gold = clustering([['n1', 'n2'], ['b'], ['c']]);
    const predicted = clustering([['n1', 'n2', 'b'], ['c']]);
    const s = scoreClustering(gold, predicted, { include: (item) => item.startsWith('n') });
    expect(s.items).toBe(2);
    expect(s.bcubed.precision).toBeCloseTo(2 / 3, 10);
    expect(s.bcubed.recall).toBe(1);
    // Pairs touching n1 or n2: predicted n1n2, n1b, n2b; gold n1n2.
    expect(s.pairwise.precision).toBeCloseTo(1 / 3, 10);
    expect(s.pairwise.recall).toBe(1);
  });

  it('returns NaN when nothing is scored', () => {
    const s = scoreClustering(new Map(), new Map());
    expect(s.items).toBe(0);
    expect(Number.isNaN(s.bcubed.f1)).toBe(true);
  });

  it('agrees with the pair-by-pair and item-by-item definitions', () => {
    fc.assert(
      fc.property(clusterings, ({ gold, predicted }) => {
        const fast = scoreClustering(gold, predicted);
        const slow = bruteForce(gold, predicted);
        expect(fast.pairwise.precision).toBeCloseTo(slow.pairwise.precision, 9);
        expect(fast.pairwise.recall).toBeCloseTo(slow.pairwise.recall, 9);
        expect(fast.bcubed.precision).toBeCloseTo(slow.bcubed.precision, 9);
        expect(fast.bcubed.recall).toBeCloseTo(slow.bcubed.recall, 9);
      }),
    );
  });

  it('scores a perfect prediction 1 everywhere', () => {
    fc.assert(
      fc.property(clusterings, ({ gold }) => {
        const s = scoreClustering(gold, new Map([...gold].map(([item, label]) => [item, `renamed-${label}`])));
        expect(s.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
        expect(s.bcubed.precision).toBeCloseTo(1, 12);
        expect(s.bcubed.recall).toBeCloseTo(1, 12);
      }),
    );
  });

  it('gives all singletons precision 1, and an empty prediction the same', () => {
    fc.assert(
      fc.property(clusterings, ({ gold }) => {
        const singletons = scoreClustering(gold, new Map([...gold.keys()].map((item) => [item, item])));
        const empty = scoreClustering(gold, new Map());
        expect(singletons.bcubed.precision).toBeCloseTo(1, 12);
        expect(singletons.pairwise.precision).toBe(1);
        expect(empty).toEqual(singletons);
      }),
    );
  });

  it('swaps precision and recall when gold and prediction swap', () => {
    fc.assert(
      fc.property(clusterings, ({ gold, predicted }) => {
        const full = new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `single:${item}`]));
        const there = scoreClustering(gold, full);
        const back = scoreClustering(full, gold);
        expect(back.bcubed.precision).toBeCloseTo(there.bcubed.recall, 9);
        expect(back.pairwise.recall).toBeCloseTo(there.pairwise.precision, 9);
      }),
    );
  });

  it('scores each group as scoreClustering would with that group included', () => {
    fc.assert(
      fc.property(clusterings, ({ gold, predicted }) => {
        const groupsOf = (item: string) => (Number(item.slice(1)) % 3 === 0 ? ['even', 'third'] : ['even']);
        const groups = scoreGroups(gold, predicted, groupsOf);
        expect(groups.get('even')).toEqual(scoreClustering(gold, predicted));
        const third = scoreClustering(gold, predicted, { include: (item) => groupsOf(item).includes('third') });
        expect(groups.get('third') ?? { items: 0 }).toMatchObject({ items: third.items });
        if (third.items > 0) expect(groups.get('third')).toEqual(third);
      }),
    );
  });
});
