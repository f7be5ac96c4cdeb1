import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CleanContext } from '../model/identifier-type.js';
import type { AnalysisTask } from './analysis/analysis-worker.js';
import analyzeBatch from './analysis/analysis-worker.js';
import type { TextAnalysis } from './analysis/analyze-text.js';
import type { IngestTask, IngestTaskResult } from './pipeline/ingest-worker.js';
import ingestBatch from './pipeline/ingest-worker.js';

/** The worker threads that do the costly per-document work, in batches (never one document per task). */
export interface WorkerPool {
  readonly threads: number;
  analyze(task: AnalysisTask): Promise<readonly TextAnalysis[]>;
  ingest(task: IngestTask): Promise<IngestTaskResult>;
  /** Starts loading the ingest analysers in every thread; a failure is left for the first batch to report. */
  prepareIngest(clean: CleanContext): void;
  close(): Promise<void>;
}

const analysisWorker = fileURLToPath(new URL('./analysis/analysis-worker.js', import.meta.url));
const ingestWorker = fileURLToPath(new URL('./pipeline/ingest-worker.js', import.meta.url));
// Under the test runner the sources are TypeScript, which worker threads cannot load: work in-thread there.
const canUseWorkers = !import.meta.url.endsWith('.ts');

export function createWorkerPool(threads: number): WorkerPool {
  if (threads === 0 || !canUseWorkers) {
    return { threads: 0, analyze: analyzeBatch, ingest: ingestBatch, prepareIngest: () => {}, close: async () => {} };
  }
  const piscina = new Piscina({
    filename: analysisWorker,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    threads,
    analyze: (task) => piscina.run(task, { filename: analysisWorker }),
    ingest: (task) => piscina.run(task, { filename: ingestWorker }),
    // One task per thread: piscina hands each to an idle thread.
    prepareIngest: (clean) => {
      for (let k = 0; k < threads; k++) {
        piscina.run(clean, { filename: ingestWorker, name: 'prepare' }).catch(() => {});
      }
    },
    close: () => piscina.destroy(),
  };
}
