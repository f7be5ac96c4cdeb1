import type { CleanContext } from '../../model/identifier-type.js';
import { loadRegistry } from '../registry.js';
import type { TextAnalysis, TextToAnalyze } from './analyze-text.js';
import { createTextAnalyzer } from './analyze-text.js';
import { withRepeatCache } from './repeat-cache.js';

export interface AnalysisTask {
  readonly context: CleanContext;
  readonly items: readonly TextToAnalyze[];
}

let analyzer: ((t: TextToAnalyze) => TextAnalysis) | null = null;
let analyzerRegion: string | null = null;

/** Piscina task: one batch of texts (>= 500 in production) in, their analyses out, in order. */
export default async function analyzeBatch(task: AnalysisTask): Promise<readonly TextAnalysis[]> {
  if (analyzer === null || analyzerRegion !== task.context.defaultRegion) {
    analyzer = withRepeatCache(createTextAnalyzer(await loadRegistry(), task.context));
    analyzerRegion = task.context.defaultRegion;
  }
  const analyze = analyzer;
  return task.items.map((item) => analyze(item));
}
