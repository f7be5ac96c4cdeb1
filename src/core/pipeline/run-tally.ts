import { type DetectionLabel, isDetectionLabel } from '../../model/detection.js';
import type { IngestTaskResult } from './ingest-worker.js';

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

  addSummary(summary: Pick<IngestTaskResult, 'labels' | 'failures'>): void {
    for (const [label, count] of Object.entries(summary.labels)) {
      if (isDetectionLabel(label)) this.labels[label] = (this.labels[label] ?? 0) + (count ?? 0);
    }
    for (const failure of summary.failures) {
      const seen = this.failures.get(failure.pluginId);
      if (seen === undefined)
        this.failures.set(failure.pluginId, { count: failure.count, firstMessage: failure.firstMessage });
      else seen.count += failure.count;
    }
  }
}
