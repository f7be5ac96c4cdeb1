import type { FoldedText } from './fold-pass.js';
import { type OffsetMap, OffsetMapBuilder } from './offset-map.js';

/**
 * Replacements of the word pass, never overlapping, in offsets of the first pass's text; added in any order, and
 * an insertion added before a replacement at the same offset goes first.
 * `sources[k]` is the first-pass offset that unit k of `text` came from; null when `text` replaces the range
 * unit for unit. An insertion has an empty range and maps to the offset it is inserted at.
 */
export class Edits {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly texts: string[] = [];
  private readonly sources: (readonly number[] | null)[] = [];
  private inOrder = true;

  add(from: number, to: number, text: string, sources: readonly number[] | null): void {
    this.inOrder &&= from >= (this.from.at(-1) ?? 0);
    this.from.push(from);
    this.to.push(to);
    this.texts.push(text);
    this.sources.push(sources);
  }

  /** The edited text with its map back to the original, composed through the first pass's map. */
  apply(first: FoldedText, originalLength: number): FoldedText {
    const source = new FirstPassSources(first.map);
    const pieces: string[] = [];
    const map = new OffsetMapBuilder();
    let out = 0;
    let cursor = 0;
    const count = this.from.length;
    let order: number[] | null = null;
    if (!this.inOrder) {
      order = this.from.map((_, e) => e);
      // Array.prototype.sort is stable, which keeps an insertion ahead of the replacement at its offset.
      order.sort((a, b) => (this.from[a] ?? 0) - (this.from[b] ?? 0));
    }
    for (let i = 0; i < count; i++) {
      const e = order === null ? i : (order[i] ?? i);
      const from = this.from[e] ?? 0;
      const text = this.texts[e] ?? '';
      const units = this.sources[e] ?? null;
      if (from > cursor) {
        source.copyBreaks(cursor, from, out - cursor, map);
        pieces.push(first.text.slice(cursor, from));
        out += from - cursor;
      }
      for (let k = 0; k < text.length; k++) map.map(out + k, source.at(units === null ? from + k : (units[k] ?? from)));
      pieces.push(text);
      out += text.length;
      cursor = this.to[e] ?? from;
    }
    const end = first.text.length;
    if (end > cursor) {
      source.copyBreaks(cursor, end, out - cursor, map);
      pieces.push(first.text.slice(cursor, end));
      out += end - cursor;
    }
    map.map(out, originalLength);
    return { text: pieces.join(''), map: map.build() };
  }
}

/** Source offsets of first-pass units, read in increasing order so that each lookup is amortised O(1). */
class FirstPassSources {
  private next = 0;

  constructor(private readonly map: OffsetMap) {}

  /** Source of unit `unit`; `unit` never decreases between calls. */
  at(unit: number): number {
    const { shiftAt, shiftBy } = this.map;
    while (this.next < shiftAt.length && (shiftAt[this.next] ?? 0) <= unit) this.next++;
    return unit + (this.next === 0 ? 0 : (shiftBy[this.next - 1] ?? 0));
  }

  /**
   * Maps `start` and every unit in (start, end) where the distance to the source changes to its source, each at
   * its own offset plus `shift`, into `map`: a loop rather than a callback, which made a closure per copied run
   * (the edits were a twentieth of the normaliser's time on obfuscated spam).
   */
  copyBreaks(start: number, end: number, shift: number, map: OffsetMapBuilder): void {
    map.map(start + shift, this.at(start));
    const { shiftAt } = this.map;
    while (this.next < shiftAt.length && (shiftAt[this.next] ?? 0) < end) {
      const unit = shiftAt[this.next] ?? 0;
      map.map(unit + shift, this.at(unit));
    }
  }
}
