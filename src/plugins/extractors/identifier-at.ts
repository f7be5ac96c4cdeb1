import type { AnalysisInput, ExtractedIdentifier } from '../../core/plugin.js';
import type { CleanContext, IdentifierType } from '../../model/identifier-type.js';
import { toOriginalSpan } from '../../normalize/normalize.js';

/**
 * The identifier written at a span of the normalised text, or null when its type rejects it. The value is cleaned
 * from the original text, so it always equals `type.clean(raw)` and the span points at what the analyst sees.
 */
export function identifierAt(
  input: AnalysisInput,
  type: IdentifierType,
  normalizedStart: number,
  normalizedEnd: number,
  context: CleanContext,
): ExtractedIdentifier | null {
  const { start, end } = toOriginalSpan(input.normalized, normalizedStart, normalizedEnd);
  const raw = input.text.slice(start, end);
  const value = type.clean(raw, context);
  return value === null ? null : { type: type.name, value, start, end, raw };
}
