import type { DetectorResult } from '../../../core/plugin.js';
import type { EvidenceSpan } from '../../../model/detection.js';
import type { LexiconReading } from './reading.js';

/** The lexicon rules' decision as a detector result, each evidence cue mapped back to the original text. */
export function detectFrom(reading: LexiconReading, original: string): DetectorResult {
  const { label, score, evidence: cues } = reading.decision;
  const evidence: EvidenceSpan[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    if (cue === undefined) continue;
    evidence.push(reading.evidence(cue.start, cue.end, cue.rule, original));
  }
  return { label, score, evidence };
}
