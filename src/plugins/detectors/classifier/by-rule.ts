import type { Cue } from '../lexicon/decide.js';

/**
 * What the classifier makes once per lexicon rule, by the rule's number (decide.ts `Cue`): an array rather than a
 * Map keyed by rule name, grown in order so that it stays dense however many rules the lexicon holds.
 */
export class ByRule<T> {
  private readonly values: (T | undefined)[] = [];

  constructor(private readonly make: (cue: Cue) => T) {}

  of(cue: Cue): T {
    let value = this.values[cue.ruleId];
    if (value === undefined) {
      value = this.make(cue);
      while (this.values.length < cue.ruleId) this.values.push(undefined);
      this.values[cue.ruleId] = value;
    }
    return value;
  }
}
