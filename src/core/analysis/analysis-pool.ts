import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalysisTask } from './analysis-worker.js';
import analyzeBatch from './analysis-worker.js';
import type { TextAnalysis } from './analyze-text.js';

export interface AnalysisPool {
  readonly threads: number;
  analyze(task: AnalysisTask): Promise<readonly TextAnalysis[]>;
  close(): Promise<void>;
}

const workerUrl = new URL('./analysis-worker.js', import.meta.url);
// Under the test runner the sources are TypeScript, which worker threads cannot load: analyse in-thread there.
const canUseWorkers = !import.meta.url.endsWith('.ts');

export function createAnalysisPool(threads: number): AnalysisPool {
  if (threads === 0 || !canUseWorkers) {
    return { threads: 0, analyze: analyzeBatch, close: async () => {} };
  }
  const piscina = new Piscina<AnalysisTask, readonly TextAnalysis[]>({
    filename: fileURLToPath(workerUrl),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    threads,
    analyze: (task) => piscina.run(task),
    close: () => piscina.destroy(),
  };
}
