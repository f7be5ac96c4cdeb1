import type { DetectionLabel } from '../../model/detection.js';
import type { TextAnalysis } from '../analysis/analyze-text.js';

export interface BadRecordReport {
  readonly source: string;
  readonly line: number | null;
  readonly reason: string;
}

const MAX_SAMPLES = 20;

/** What a run has done so far, for the progress line and the summary. */
export class RunTally {
  records = 0;
  newDocuments = 0;
  newCaptures = 0;
  badRecords = 0;
  sourcesUnchanged = 0;
  sourcesResumed = 0;
  readonly samples: BadRecordReport[] = [];
  readonly failures = new Map<string, { count: number; firstMessage: string }>();
  readonly labels: Partial<Record<DetectionLabel, number>> = {};

  addBad(report: BadRecordReport): void {
    this.badRecords++;
    if (this.samples.length < MAX_SAMPLES) this.samples.push(report);
  }

  addAnalyses(analyses: readonly TextAnalysis[]): void {
    for (const analysis of analyses) {
      this.labels[analysis.decision.label] = (this.labels[analysis.decision.label] ?? 0) + 1;
      for (const failure of analysis.failures) {
        const seen = this.failures.get(failure.pluginId);
        if (seen === undefined) this.failures.set(failure.pluginId, { count: 1, firstMessage: failure.message });
        else seen.count++;
      }
    }
  }
}
