import type { AnalysisInput } from '../../../core/plugin.js';
import type { EvidenceSpan } from '../../../model/detection.js';
import { type NormalizedText, toOriginalSpan } from '../../../normalize/normalize.js';
import { type ContactHit, findContacts } from './contact-cues.js';
import { type Cue, type Decision, decide } from './decide.js';
import { foldObfuscation } from './fold-obfuscation.js';
import type { TermMatcher } from './matcher.js';

/**
 * One document as the lexicon reads it: the de-obfuscated text, the cues found in it and the rules' decision.
 * Both detectors work from it: the lexicon detector reports the decision, and the classifier takes its n-grams
 * from the same folded text (so «3аклaдки» and «закладки» share features) and the cues and decision as features.
 */
export class LexiconReading {
  /**
   * Whether every folded offset is its own original offset, as in most texts: no fold inserted, removed or moved a
   * unit. Spans then map to themselves, without the searches through the offset map.
   */
  private readonly unmoved: boolean;

  constructor(
    /** The normalised text with look-alikes and spaced letters folded (see fold-obfuscation.ts). */
    readonly folded: string,
    /** Cues with spans in `folded`, in text order. */
    readonly cues: readonly Cue[],
    /** What the lexicon rules alone say (decide.ts); its evidence cues have spans in `folded`. */
    readonly decision: Decision,
    private readonly normalized: NormalizedText,
    /** Folded unit i came from normalised unit `toNormalized[i]`; null when folding changed nothing. */
    private readonly toNormalized: Uint32Array | null,
  ) {
    this.unmoved = toNormalized === null && normalized.shiftAt.length === 0;
  }

  /** Maps a span of `folded` to the original text. */
  private toOriginal(start: number, end: number): { start: number; end: number } {
    const map = this.toNormalized;
    if (map === null) return toOriginalSpan(this.normalized, start, end);
    return toOriginalSpan(this.normalized, map[start] ?? 0, (map[Math.max(end - 1, start)] ?? 0) + 1);
  }

  /** Evidence under `rule` for a span of `folded`, as a span of `original`, the text the reading was made from. */
  evidence(start: number, end: number, rule: string, original: string): EvidenceSpan {
    if (this.unmoved) return { start, end, text: original.slice(start, end), rule };
    const span = this.toOriginal(start, end);
    return { start: span.start, end: span.end, text: original.slice(span.start, span.end), rule };
  }
}

export function readDocument(matcher: TermMatcher, input: AnalysisInput): LexiconReading {
  const folded = foldObfuscation(input.normalized, input.text);
  const hits = matcher.match(folded.text);
  const contacts = findContacts(folded.text);
  // Terms and contacts each come in text order: merged, a term first where both start (Array.sort measured as
  // much as the rest of this function). Plain object literals of one shape: spreads made this loop a hot spot.
  const cues: Cue[] = [];
  let c = 0;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (hit === undefined) continue;
    for (; c < contacts.length && (contacts[c]?.start ?? 0) < hit.start; c++) pushContact(cues, contacts[c]);
    const { start, end, entries } = hit;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (entry === undefined) continue;
      const { rule, ruleId, category, weight, requiresContext } = entry;
      cues.push({ start, end, rule, ruleId, category, weight, requiresContext });
    }
  }
  for (; c < contacts.length; c++) pushContact(cues, contacts[c]);
  return new LexiconReading(folded.text, cues, decide(cues), input.normalized, folded.toNormalized);
}

function pushContact(cues: Cue[], contact: ContactHit | undefined): void {
  if (contact === undefined) return;
  const { start, end, rule, ruleId, weight } = contact;
  cues.push({ start, end, rule, ruleId, category: 'contact', weight, requiresContext: false });
}

/**
 * A reader that reads each document once however many detectors ask: it keeps the last document it read, by
 * identity, and the pipeline runs every detector on one input before the next (an input is never changed once
 * made). Reading twice cost the classifier a third of its time.
 */
export function createReader(matcher: TermMatcher): (input: AnalysisInput) => LexiconReading {
  let lastInput: AnalysisInput | null = null;
  let lastReading: LexiconReading | null = null;
  return (input) => {
    if (input === lastInput && lastReading !== null) return lastReading;
    const reading = readDocument(matcher, input);
    lastInput = input;
    lastReading = reading;
    return reading;
  };
}
