/**
 * A trie over code units whose transitions live in one open-addressing hash table of typed arrays, so that
 * walking it over a text makes no string and hashes none. Nodes are numbers; the root is 0.
 */
const EMPTY = -1;
const STRIDE = 0x10000;
/** Keys are node * STRIDE + unit and must stay below 2^31 to fit the table. */
const MAX_NODES = Math.floor(0x7fffffff / STRIDE);

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}

export class CodeTrie {
  private keys = new Int32Array(1024).fill(EMPTY);
  private values = new Int32Array(1024);
  private transitions = 0;
  private nodes = 1;

  /** The child of `node` by code unit `unit`, or -1. */
  child(node: number, unit: number): number {
    const { keys, values } = this;
    const mask = keys.length - 1;
    const key = node * STRIDE + unit;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const k = keys[slot] ?? EMPTY;
      if (k === key) return values[slot] ?? -1;
      if (k === EMPTY) return -1;
    }
  }

  /** The child of `node` by `unit`, made if missing. */
  childOrNew(node: number, unit: number): number {
    const existing = this.child(node, unit);
    if (existing >= 0) return existing;
    if (this.nodes >= MAX_NODES) throw new Error(`a trie of more than ${MAX_NODES} nodes`);
    const child = this.nodes++;
    // Half full at most, so that a missing child is found empty within a probe or two.
    if ((this.transitions + 1) * 2 > this.keys.length) this.grow();
    this.transitions++;
    this.place(node * STRIDE + unit, child);
    return child;
  }

  private place(key: number, value: number): void {
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] ?? EMPTY;
      if (key !== EMPTY) this.place(key, values[slot] ?? 0);
    }
  }
}
