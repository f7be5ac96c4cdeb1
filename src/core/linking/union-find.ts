/**
 * Union-find over dense indices with cannot-link constraints: a merge that would put two forbidden members in
 * one set is refused, so an analyst's `different` holds however much machine evidence says otherwise.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** Per root, the roots it may never join; kept only for sets that carry a constraint. */
  private readonly forbidden = new Map<number, Set<number>>();

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  get length(): number {
    return this.parent.length;
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = x;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Records that a and b must stay apart. */
  forbid(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.constraintsOf(ra).add(rb);
    this.constraintsOf(rb).add(ra);
  }

  canUnion(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    return ra === rb || !(this.forbidden.get(ra)?.has(rb) ?? false);
  }

  /** Joins the sets of a and b; false when a cannot-link forbids it. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    if (this.forbidden.get(ra)?.has(rb) ?? false) return false;
    if ((this.size[ra] ?? 0) < (this.size[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] ?? 0) + (this.size[rb] ?? 0);
    const moved = this.forbidden.get(rb);
    if (moved !== undefined) {
      this.forbidden.delete(rb);
      const into = this.constraintsOf(ra);
      for (const other of moved) {
        const set = this.forbidden.get(other);
        set?.delete(rb);
        set?.add(ra);
        into.add(other);
      }
    }
    return true;
  }

  private constraintsOf(root: number): Set<number> {
    let set = this.forbidden.get(root);
    if (set === undefined) {
      set = new Set();
      this.forbidden.set(root, set);
    }
    return set;
  }
}
