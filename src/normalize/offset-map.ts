/**
 * The sparse offset map shared by both normalisation passes: breakpoints where the distance between a unit and
 * its source changes. Plain text keeps it empty; a per-unit array measured half the normaliser's time allocating.
 */
export interface OffsetMap {
  /** From unit `shiftAt[k]` on, a unit comes from (its own offset + `shiftBy[k]`). */
  readonly shiftAt: readonly number[];
  readonly shiftBy: readonly number[];
}

export const NO_SHIFTS: readonly number[] = Object.freeze([]);

/** Records, in increasing unit order, where each unit came from; only changes of distance are stored. */
export class OffsetMapBuilder {
  // Allocated on the first break: most texts have none, and two arrays per text showed up in collection time.
  private at: number[] | null = null;
  private by: number[] | null = null;
  private shift = 0;

  /** Source minus unit for the units mapped last; callers on the hot path skip `map` while it holds. */
  get currentShift(): number {
    return this.shift;
  }

  map(unit: number, source: number): void {
    if (source - unit === this.shift) return;
    this.shift = source - unit;
    this.at ??= [];
    this.by ??= [];
    this.at.push(unit);
    this.by.push(this.shift);
  }

  build(): OffsetMap {
    return { shiftAt: this.at ?? NO_SHIFTS, shiftBy: this.by ?? NO_SHIFTS };
  }
}

/** Index of the last breakpoint at or before `unit`, or -1. */
export function breakpointAt(map: OffsetMap, unit: number): number {
  const { shiftAt } = map;
  let lo = 0;
  let hi = shiftAt.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((shiftAt[mid] ?? 0) <= unit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The source offset of `unit` (unclamped). */
export function sourceOf(map: OffsetMap, unit: number): number {
  const k = breakpointAt(map, unit);
  return unit + (k < 0 ? 0 : (map.shiftBy[k] ?? 0));
}
