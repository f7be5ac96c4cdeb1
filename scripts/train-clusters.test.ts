import { describe, expect, it } from 'vitest';
import { nearDuplicateClusters } from './train-clusters.js';
import { assignSplits, FOLDS, foldOfKey, splitOfKey } from './train-split.js';

describe('near-duplicate clusters and splits', () => {
  const items = [
    { text: 'Меф крис 1г 17000 тг, клад магнит, оператор @shop_one', groupKey: null },
    { text: 'Меф крис 1г 18000 тг, клад магнит, оператор @shop_two', groupKey: null },
    { text: 'Кто едет завтра на шашлыки? Нужно ещё два человека', groupKey: null },
    { text: 'Совсем другой текст про погоду в горах', groupKey: 'template-a' },
    { text: 'И ещё один, ничем не похожий на соседей', groupKey: 'template-a' },
  ];

  it('joins texts that differ only in numbers and handles, and texts of one template', () => {
    const clusters = nearDuplicateClusters(items);
    expect(clusters[1]).toBe(clusters[0]);
    expect(clusters[2]).not.toBe(clusters[0]);
    expect(clusters[4]).toBe(clusters[3]);
  });

  it('puts a whole cluster in one split and one fold, the same on every run', () => {
    const { splits, folds } = assignSplits(items);
    expect(splits[1]).toBe(splits[0]);
    expect(folds[1]).toBe(folds[0]);
    expect(splits[4]).toBe(splits[3]);
    expect(folds[4]).toBe(folds[3]);
    expect(assignSplits(items)).toEqual(assignSplits(items));
  });

  it('splits keys roughly 85/15 and deals folds evenly', () => {
    let dev = 0;
    const perFold = new Array<number>(FOLDS).fill(0);
    for (let i = 0; i < 10_000; i++) {
      if (splitOfKey(`key-${i}`) === 'dev') dev++;
      const fold = foldOfKey(`key-${i}`);
      perFold[fold] = (perFold[fold] ?? 0) + 1;
    }
    expect(dev / 10_000).toBeCloseTo(0.15, 1);
    for (const count of perFold) expect(count / 10_000).toBeCloseTo(1 / FOLDS, 1);
  });
});
