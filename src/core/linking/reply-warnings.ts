import { lazyCuePattern } from './cue-pattern.js';

export const warningCues = lazyCuePattern('reply-warnings.csv');

/**
 * Whether a reply warns about, reports or mocks what it answers (data/linking/reply-warnings.csv). Read on a
 * reply's whole normalised text (`normalize`): replies are short, and one that warns does so whatever else it says.
 */
export function isWarning(normalized: string): boolean {
  return warningCues().test(normalized);
}
