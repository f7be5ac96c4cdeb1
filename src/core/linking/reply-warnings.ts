import { normalize } from '../../normalize/normalize.js';
import { lazyCuePattern } from './cue-pattern.js';

export const warningCues = lazyCuePattern('reply-warnings.csv');

/**
 * Whether a reply warns about, reports or mocks what it answers (data/linking/reply-warnings.csv). Read on a
 * reply's whole text: replies are short, and one that warns does so whatever else it says.
 */
export function isWarning(text: string): boolean {
  return warningCues().test(normalize(text).text);
}
