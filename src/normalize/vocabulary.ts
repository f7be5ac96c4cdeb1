import { VOCABULARY_FORMS } from './transliteration-vocabulary.js';

function expand(entry: string): string[] {
  const [stem = '', endings] = entry.split(':');
  return endings === undefined ? [stem] : endings.split(',').map((ending) => stem + ending);
}

/** Every word form of the vocabulary. */
export const VOCABULARY: ReadonlySet<string> = new Set(VOCABULARY_FORMS.flatMap(expand));

let shortest = Number.POSITIVE_INFINITY;
let longest = 0;
const OPENINGS = new Set<number>();
for (const word of VOCABULARY) {
  shortest = Math.min(shortest, word.length);
  longest = Math.max(longest, word.length);
  OPENINGS.add(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));
}

/**
 * A cheap test by length and first two letters before building a candidate string: most words of a Kazakh text
 * are ruled out here.
 */
export function mayBeVocabulary(length: number, first: number, second: number): boolean {
  return length >= shortest && length <= longest && OPENINGS.has(first * 0x10000 + second);
}
