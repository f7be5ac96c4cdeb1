import type { AnalysisInput, DetectorResult } from '../../../core/plugin.js';
import { toOriginalSpan } from '../../../normalize/normalize.js';
import { findContacts } from './contact-cues.js';
import { type Cue, decide } from './decide.js';
import { foldObfuscation } from './fold-obfuscation.js';
import type { TermMatcher } from './matcher.js';

/** Finds the cues in one document and maps each span from the folded text back to the original. */
function findCues(input: AnalysisInput, matcher: TermMatcher): Cue[] {
  const folded = foldObfuscation(input.normalized, input.text);
  const map = folded.toNormalized;
  const toOriginal = (start: number, end: number): { start: number; end: number } =>
    map === null
      ? toOriginalSpan(input.normalized, start, end)
      : toOriginalSpan(input.normalized, map[start] ?? 0, (map[end - 1] ?? 0) + 1);

  // Plain object literals of one shape: spreads and per-hit rule strings made this loop the detector's hot spot.
  const cues: Cue[] = [];
  for (const hit of matcher.match(folded.text)) {
    const { start, end } = toOriginal(hit.start, hit.end);
    for (const entry of hit.entries) {
      const { rule, category, weight, requiresContext } = entry;
      cues.push({ start, end, rule, category, weight, requiresContext });
    }
  }
  for (const contact of findContacts(folded.text)) {
    const { start, end } = toOriginal(contact.start, contact.end);
    cues.push({ start, end, rule: contact.rule, category: 'contact', weight: contact.weight, requiresContext: false });
  }
  return cues.sort((a, b) => a.start - b.start);
}

export function detectWith(matcher: TermMatcher, input: AnalysisInput): DetectorResult {
  const decision = decide(findCues(input, matcher));
  return {
    label: decision.label,
    score: decision.score,
    evidence: decision.evidence.map((cue) => ({
      start: cue.start,
      end: cue.end,
      text: input.text.slice(cue.start, cue.end),
      rule: cue.rule,
    })),
  };
}
