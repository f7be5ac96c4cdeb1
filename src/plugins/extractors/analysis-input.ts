import type { AnalysisInput } from '../../core/plugin.js';
import { normalize } from '../../normalize/normalize.js';

/** An analysis input for a bare text, as the pipeline builds it for a document without title or language. */
export function analysisInput(text: string): AnalysisInput {
  return { text, normalized: normalize(text), title: null, language: null };
}
