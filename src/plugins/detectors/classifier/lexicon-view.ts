import { join } from 'node:path';
import { findPackageRoot } from '../../../core/package-root.js';
import type { AnalysisInput } from '../../../core/plugin.js';
import type { DetectionLabel } from '../../../model/detection.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';
import { findContacts } from '../lexicon/contact-cues.js';
import { type Cue, decide } from '../lexicon/decide.js';
import { foldObfuscation } from '../lexicon/fold-obfuscation.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { compileMatcher, type TermMatcher } from '../lexicon/matcher.js';

/**
 * One document as the lexicon reads it: the de-obfuscated text and the cues found in it. The classifier takes
 * its n-grams from the same folded text, so «3аклaдки» and «закладки» share features, and the lexicon's cues and
 * its own decision become features and evidence.
 */
export interface LexiconView {
  /** The normalised text with look-alikes and spaced letters folded (see lexicon/fold-obfuscation.ts). */
  readonly folded: string;
  /** Cues with spans in `folded`, in text order. */
  readonly cues: readonly Cue[];
  /** What the lexicon detector alone would say. */
  readonly lexiconLabel: DetectionLabel;
  /** Maps a span of `folded` to the original text. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export function lexiconDirectory(moduleUrl: string): string {
  return join(findPackageRoot(moduleUrl), 'data', 'lexicon');
}

export function loadTermMatcher(directory: string): TermMatcher {
  return compileMatcher(loadLexicon(directory));
}

export function readLexicon(matcher: TermMatcher, input: AnalysisInput): LexiconView {
  const folded = foldObfuscation(input.normalized, input.text);
  const cues: Cue[] = [];
  for (const hit of matcher.match(folded.text)) {
    for (const { rule, category, weight, requiresContext } of hit.entries) {
      cues.push({ start: hit.start, end: hit.end, rule, category, weight, requiresContext });
    }
  }
  for (const contact of findContacts(folded.text)) {
    const { start, end, rule, weight } = contact;
    cues.push({ start, end, rule, category: 'contact', weight, requiresContext: false });
  }
  cues.sort((a, b) => a.start - b.start);
  const map = folded.toNormalized;
  return {
    folded: folded.text,
    cues,
    lexiconLabel: decide(cues).label,
    toOriginal: (start, end) =>
      map === null
        ? toOriginalSpan(input.normalized, start, end)
        : toOriginalSpan(input.normalized, map[start] ?? 0, (map[Math.max(end - 1, start)] ?? 0) + 1),
  };
}
