/** Evidence accumulated for one unordered pair of dense indices. */
export interface PairEvidence {
  readonly a: number;
  readonly b: number;
  weight: number;
  readonly reasons: Set<string>;
  readonly documents: Set<string>;
}

const EVIDENCE_KEPT = 10;

/** Accumulates weighted evidence per pair; pairs are keyed as a * n + b with a < b (exact below 2^53). */
export class PairEvidenceMap {
  private readonly pairs = new Map<number, PairEvidence>();
  constructor(private readonly n: number) {}

  add(x: number, y: number, weight: number, reason: string, documents: readonly string[]): void {
    if (x === y) return;
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const key = a * this.n + b;
    let entry = this.pairs.get(key);
    if (entry === undefined) {
      entry = { a, b, weight: 0, reasons: new Set(), documents: new Set() };
      this.pairs.set(key, entry);
    }
    if (!entry.reasons.has(reason)) {
      entry.weight += weight;
      entry.reasons.add(reason);
    }
    for (const doc of documents) {
      if (entry.documents.size >= EVIDENCE_KEPT) break;
      entry.documents.add(doc);
    }
  }

  /** Strongest first, ties in index order, so merges under cannot-links do not depend on map order. */
  sorted(): PairEvidence[] {
    return [...this.pairs.values()].sort((p, q) => q.weight - p.weight || p.a - q.a || p.b - q.b);
  }
}
