import { describe, expect, it } from 'vitest';
import { DistinctBuckets } from './distinct-buckets.js';

function added(set: DistinctBuckets, buckets: readonly number[]): number[] {
  set.clear();
  for (const bucket of buckets) set.add(bucket);
  return [...set.buckets.subarray(0, set.count)];
}

describe('distinct buckets', () => {
  it('keeps each bucket once, in the order first added, and starts over on clear', () => {
    const set = new DistinctBuckets(8);
    expect(added(set, [5, 3, 5, 0, 3, 262143, 0])).toEqual([5, 3, 0, 262143]);
    expect(added(set, [3, 7, 3])).toEqual([3, 7]);
  });

  it('takes buckets before its first clear', () => {
    const set = new DistinctBuckets(4);
    for (const bucket of [0, 9, 0]) set.add(bucket);
    expect([...set.buckets.subarray(0, set.count)]).toEqual([0, 9]);
  });

  it('stops at its capacity, however its table crowds', () => {
    const set = new DistinctBuckets(256);
    const buckets = Array.from({ length: 600 }, (_, i) => ((i % 300) * 2654435761) >>> 14);
    const firsts = [...new Set(buckets)].slice(0, 256);
    expect(added(set, buckets)).toEqual(firsts);
    expect(added(set, [...buckets].reverse())).toEqual([...new Set([...buckets].reverse())].slice(0, 256));
  });
});
