import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { DetectionLabel } from '../../model/detection.js';
import type { CleanContext } from '../../model/identifier-type.js';
import { type PackedBatch, releaseParts, type SerializedBatch, serializePart } from '../../store/packed-batch.js';
import type { TextAnalysis, TextToAnalyze } from '../analysis/analyze-text.js';
import { createTextAnalyzer } from '../analysis/analyze-text.js';
import { withRepeatCache } from '../analysis/repeat-cache.js';
import type { ConnectorOptions, ConnectorPlugin } from '../plugin.js';
import { loadRegistry } from '../registry.js';
import { itemOf } from '../source/read-items.js';
import { type BadItem, type BatchContext, createBatchAssembler } from './assemble-batch.js';

/** Documents per serialised part of a batch (see SerializedBatch). */
const PART_DOCUMENTS = 100;

/**
 * A part's bytes, its columns emptied once serialised: v8.serialize's native serializer holds every object it wrote
 * until its JS wrapper is collected, so each part serialised since the last young-generation collection survived
 * it with all its strings (an ingest worker copied 2.4 MB per scavenge instead of 1.0, and promoted 32 MB per
 * 100,000 documents instead of 11; `--trace-gc-nvp`).
 */
function handOver(part: PackedBatch): Uint8Array {
  const bytes = serializePart(part);
  releaseParts([part]);
  return bytes;
}

/** Frames as they cross to a worker: their bytes back to back, and per frame where it ends and where it was. */
export interface FrameBatch {
  readonly bytes: Uint8Array;
  /** End of each frame in `bytes`; a frame starts where the previous one ends. */
  readonly ends: readonly number[];
  readonly byteOffsets: readonly number[];
  readonly lines: readonly number[];
  readonly contexts: readonly unknown[];
  /** Records the connector could not frame, reported with the batch. */
  readonly bad: readonly { readonly line: number | null; readonly reason: string }[];
}

export interface IngestTask {
  readonly connectorId: string;
  readonly options: ConnectorOptions;
  readonly clean: CleanContext;
  readonly frames: FrameBatch;
  readonly batch: BatchContext;
}

export interface PluginFailureCount {
  readonly pluginId: string;
  readonly count: number;
  readonly firstMessage: string;
}

/** A batch ready for the store, and what the run summary needs to know about it. */
export interface IngestTaskResult {
  readonly serialized: SerializedBatch;
  readonly records: number;
  readonly bad: readonly { readonly line: number | null; readonly reason: string }[];
  readonly labels: Readonly<Partial<Record<DetectionLabel, number>>>;
  readonly failures: readonly PluginFailureCount[];
}

interface Loaded {
  readonly region: string;
  readonly analyze: (item: TextToAnalyze) => TextAnalysis;
  readonly connectors: ReadonlyMap<string, ConnectorPlugin>;
}

let loaded: Loaded | null = null;

/** Nice value of an analysis thread during ingest: 5 weighs a third of the writer's 0 with the Linux scheduler. */
const ANALYSIS_NICE = 5;

/**
 * The store's writer thread sets the pace of an ingest; with as many analysis threads as cores beside it, the
 * scheduler shared the cores evenly and the writer ran 84-96% of the time in the steady state. An analysis thread
 * therefore yields to it. Linux keeps a nice value per thread, and `setPriority(0, …)` sets the calling thread's;
 * elsewhere it would be the whole process's, so there it is left alone, as it is on the main thread (no pool).
 */
function yieldToWriter(): void {
  if (isMainThread || process.platform !== 'linux') return;
  try {
    setPriority(0, ANALYSIS_NICE);
  } catch {
    // Not permitted here: the thread keeps its priority.
  }
}

async function load(clean: CleanContext): Promise<Loaded> {
  if (loaded === null || loaded.region !== clean.defaultRegion) {
    yieldToWriter();
    const registry = await loadRegistry();
    loaded = {
      region: clean.defaultRegion,
      analyze: withRepeatCache(createTextAnalyzer(registry, clean)),
      connectors: new Map(registry.connectors.map((c) => [c.meta.id, c])),
    };
  }
  return loaded;
}

/**
 * Piscina task: loads the registry and the analysers (~0.9 s, mostly the detectors' models) ahead of the first
 * batch, so that a thread does it while the main thread keeps and frames the source rather than after.
 */
export async function prepare(clean: CleanContext): Promise<void> {
  await load(clean);
}

/** What the run summary needs of a batch's analyses, counted as they pass. */
function createSummary(): {
  count(analysis: TextAnalysis): void;
  result(): Pick<IngestTaskResult, 'labels' | 'failures'>;
} {
  const labels: Partial<Record<DetectionLabel, number>> = {};
  const failures = new Map<string, { count: number; firstMessage: string }>();
  return {
    count: (analysis) => {
      labels[analysis.decision.label] = (labels[analysis.decision.label] ?? 0) + 1;
      for (const failure of analysis.failures) {
        const seen = failures.get(failure.pluginId);
        if (seen === undefined) failures.set(failure.pluginId, { count: 1, firstMessage: failure.message });
        else seen.count++;
      }
    },
    result: () => ({ labels, failures: [...failures].map(([pluginId, f]) => ({ pluginId, ...f })) }),
  };
}

/**
 * Piscina task: one batch of framed records (>= 500 in production) -> parsed, analysed, assembled into the rows of
 * one store write, packed and serialised, so the only thing the main thread does with it is pass it on.
 */
export default async function ingestBatch(task: IngestTask): Promise<IngestTaskResult> {
  const { analyze, connectors } = await load(task.clean);
  const connector = connectors.get(task.connectorId);
  if (connector === undefined) throw new Error(`connector ${task.connectorId} is not registered in this worker`);
  const { frames, batch } = task;
  const assembler = createBatchAssembler(batch);
  const parts: Uint8Array[] = [];
  const summary = createSummary();
  let records = 0;
  const bad: BadItem[] = frames.bad.map((b) => ({ kind: 'bad', line: b.line, reason: b.reason, cursor: '' }));
  let start = 0;
  for (let k = 0; k < frames.ends.length; k++) {
    const end = frames.ends[k] ?? start;
    const bytes = frames.bytes.subarray(start, end);
    start = end;
    const frame = {
      bytes,
      byteOffset: frames.byteOffsets[k] ?? 0,
      line: frames.lines[k] ?? 0,
      context: frames.contexts[k],
      sourcePath: batch.source,
    };
    const item = itemOf(connector, frame, task.options, '');
    if (item?.kind === 'record') {
      const analysis = analyze({
        text: item.document.body,
        title: item.document.title,
        language: item.document.language,
      });
      assembler.add(item, analysis);
      summary.count(analysis);
      records++;
      if (assembler.documents() >= PART_DOCUMENTS) parts.push(handOver(assembler.takePart()));
    } else if (item?.kind === 'bad') bad.push(item);
  }
  parts.push(handOver(assembler.finish(bad)));
  return {
    serialized: { parts, documents: records },
    records,
    bad: bad.map((b) => ({ line: b.line, reason: b.reason })),
    ...summary.result(),
  };
}
