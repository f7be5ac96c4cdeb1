import type { DetectionLabel, EvidenceSpan } from '../../model/detection.js';
import type { IdentifierAttributes } from '../../model/identifier-type.js';
import type { WorkerPool } from '../worker-pool.js';
import type { TextToAnalyze } from './analyze-text.js';

/** One output line of `qyran analyze`: a stable contract that other tools parse. */
export interface AnalyzeResultLine {
  readonly id: unknown;
  readonly label: DetectionLabel;
  readonly score: number;
  readonly evidence: readonly EvidenceSpan[];
  readonly identifiers: readonly {
    readonly type: string;
    readonly value: string;
    readonly start: number;
    readonly end: number;
    /** Only when the text around the mention says something of it (e.g. `{"token": "usdt", "network": "trc20"}`). */
    readonly attributes?: IdentifierAttributes;
  }[];
}

export interface AnalyzeErrorLine {
  readonly id: unknown;
  readonly line: number;
  readonly error: string;
}

export interface AnalyzeJsonlSummary {
  readonly lines: number;
  readonly errors: number;
}

type Parsed =
  | { readonly ok: true; readonly id: unknown; readonly item: TextToAnalyze }
  | { readonly ok: false; readonly error: AnalyzeErrorLine };

function parseLine(raw: string, line: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      error: { id: null, line, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: { id: null, line, error: 'not a JSON object' } };
  }
  const id: unknown = 'id' in value ? value.id : null;
  const text: unknown = 'text' in value ? value.text : undefined;
  if (typeof text !== 'string') {
    return { ok: false, error: { id, line, error: 'field "text" is missing or not a string' } };
  }
  const title: unknown = 'title' in value ? value.title : null;
  const language: unknown = 'language' in value ? value.language : null;
  return {
    ok: true,
    id,
    item: {
      text,
      title: typeof title === 'string' ? title : null,
      language: typeof language === 'string' ? language : null,
    },
  };
}

/**
 * `qyran analyze`: JSONL in, one JSON line out per input line, in input order, no database. Batches go to the
 * worker pool while earlier ones are written, so output order is kept without waiting for the slowest worker.
 */
export async function analyzeJsonl(
  lines: AsyncIterable<string>,
  write: (line: string) => Promise<void>,
  pool: WorkerPool,
  options: { readonly defaultRegion: string; readonly batchSize: number },
): Promise<AnalyzeJsonlSummary> {
  const context = { defaultRegion: options.defaultRegion };
  const queue: Promise<readonly string[]>[] = [];
  const maxInFlight = Math.max(2, pool.threads + 1);
  let lineNumber = 0;
  let errors = 0;
  let pending: { parsed: Parsed }[] = [];

  const flushOldest = async (): Promise<void> => {
    const head = queue.shift();
    if (head !== undefined) await write((await head).join(''));
  };
  const dispatch = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const items = batch.flatMap(({ parsed }) => (parsed.ok ? [parsed.item] : []));
    queue.push(
      (items.length === 0 ? Promise.resolve([]) : pool.analyze({ context, items })).then((analyses) => {
        let next = 0;
        return batch.map(({ parsed }) => {
          if (!parsed.ok) return `${JSON.stringify(parsed.error)}\n`;
          const analysis = analyses[next++];
          if (analysis === undefined) throw new Error('analysis pool returned fewer results than inputs');
          const out: AnalyzeResultLine = {
            id: parsed.id,
            label: analysis.decision.label,
            score: Math.round(analysis.decision.score * 1e4) / 1e4,
            evidence: analysis.decision.evidence,
            identifiers: analysis.identifiers.map(({ type, value, start, end, attributes }) =>
              attributes === undefined || Object.keys(attributes).length === 0
                ? { type, value, start, end }
                : { type, value, start, end, attributes },
            ),
          };
          return `${JSON.stringify(out)}\n`;
        });
      }),
    );
    while (queue.length >= maxInFlight) await flushOldest();
  };

  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    const parsed = parseLine(raw, lineNumber);
    if (!parsed.ok) errors++;
    pending.push({ parsed });
    if (pending.length >= options.batchSize) await dispatch();
  }
  await dispatch();
  while (queue.length > 0) await flushOldest();
  return { lines: lineNumber, errors };
}
