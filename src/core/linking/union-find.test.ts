import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.js';

describe('UnionFind', () => {
  it('joins sets transitively', () => {
    const sets = new UnionFind(4);
    sets.union(0, 1);
    sets.union(1, 2);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(3)).not.toBe(sets.find(0));
  });

  it('refuses a merge that would join a cannot-link pair, directly or through others', () => {
    const sets = new UnionFind(4);
    sets.forbid(0, 3);
    expect(sets.union(0, 1)).toBe(true);
    expect(sets.union(2, 3)).toBe(true);
    expect(sets.canUnion(1, 2)).toBe(false);
    expect(sets.union(1, 2)).toBe(false);
    expect(sets.find(0)).not.toBe(sets.find(3));
  });

  it('keeps constraints when the constrained sets grow', () => {
    const sets = new UnionFind(5);
    sets.forbid(0, 1);
    sets.union(1, 2);
    sets.union(3, 2);
    expect(sets.union(0, 3)).toBe(false);
    expect(sets.union(0, 4)).toBe(true);
    expect(sets.union(4, 2)).toBe(false);
  });
});
