import type { EvidenceSpan } from '../../../model/detection.js';
import type { LexiconReading } from '../lexicon/reading.js';

/**
 * The spans of the folded text that evidence was chosen for, with their rule names, in buffers kept from one
 * document to the next: an object per span, made to be sorted and then dropped, was ten more allocations per
 * flagged document.
 */
export class ChosenSpans {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly rules: string[];
  /** Indices of the spans in text order, filled by `evidence`. */
  private readonly order: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.rules = Array.from({ length: capacity }, () => '');
    this.order = new Int32Array(capacity);
  }

  clear(): void {
    this.count = 0;
  }

  add(start: number, end: number, rule: string): void {
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.rules[k] = rule;
  }

  /**
   * The spans as evidence in the original text, by start and then end, spans at one place in the order they were
   * added. Sorted by insertion, as there are ten spans at most (Array.prototype.sort cost more).
   */
  evidence(reading: LexiconReading, original: string): EvidenceSpan[] {
    const { starts, ends, rules, order, count } = this;
    for (let i = 0; i < count; i++) {
      const start = starts[i] ?? 0;
      const end = ends[i] ?? 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        const other = order[j] ?? 0;
        const otherStart = starts[other] ?? 0;
        if (otherStart < start || (otherStart === start && (ends[other] ?? 0) <= end)) break;
        order[j + 1] = other;
      }
      order[j + 1] = i;
    }
    const evidence: EvidenceSpan[] = [];
    for (let k = 0; k < count; k++) {
      const i = order[k] ?? 0;
      evidence.push(reading.evidence(starts[i] ?? 0, ends[i] ?? 0, rules[i] ?? '', original));
    }
    return evidence;
  }
}
