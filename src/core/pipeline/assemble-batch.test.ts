import { describe, expect, it } from 'vitest';
import { releaseParts } from '../../store/packed-batch.js';
import type { TextAnalysis } from '../analysis/analyze-text.js';
import { type BatchContext, createBatchAssembler, type RecordItem } from './assemble-batch.js';

const context: BatchContext = {
  runId: 'run-1',
  source: '/data/ads.jsonl',
  blob: { sha256: 'b'.repeat(64) },
  connector: {
    kind: 'connector',
    id: 'jsonl',
    version: '1.0.0',
    description: 'test',
    consumes: ['source.file'],
    produces: ['document'],
  },
  capturedAt: '2026-11-29T07:00:00.000Z',
  checkpoint: {
    sourceKey: '/data/ads.jsonl',
    connector: 'jsonl',
    fingerprint: 'f',
    cursor: '3',
    done: false,
    blobSha256: null,
  },
};

function record(n: number): RecordItem {
  const body = `Продам велосипед, +7 707 000 00 0${n}`;
  return {
    kind: 'record',
    bytes: new TextEncoder().encode(JSON.stringify({ id: n, text: body })),
    byteOffset: n * 100,
    mediaType: 'application/json',
    origin: { kind: 'file', path: '/data/ads.jsonl', line: n, byteOffset: n * 100 },
    cursor: String(n),
    document: {
      externalId: String(n),
      platform: 'olx',
      url: null,
      author: { platform: 'olx', platformId: null, handle: `seller${n}`, displayName: null },
      publishedAt: null,
      publishedAtIsLocal: false,
      language: null,
      title: null,
      body,
      threadKey: null,
      parentExternalId: null,
      forwardedFrom: null,
      imageHashes: [],
      extra: {},
    },
  };
}

function analysis(n: number): TextAnalysis {
  const value = `+770700000${String(n).padStart(2, '0')}`;
  return {
    normalizedText: `продам велосипед ${n}`,
    detections: [],
    decision: { label: 'none', score: 0.9, evidence: [] },
    identifiers: [{ type: 'phone', value, start: 18, end: 34, raw: value, extractor: 'phone' }],
    failures: [],
  };
}

describe('a batch assembled in parts', () => {
  it('numbers each part’s documents from 0, so its mentions point into its own rows', () => {
    const assembler = createBatchAssembler(context);
    assembler.add(record(1), analysis(1));
    assembler.add(record(2), analysis(2));
    expect(assembler.documents()).toBe(2);
    const first = assembler.takePart();
    expect(assembler.documents()).toBe(0);
    assembler.add(record(3), analysis(3));
    const last = assembler.finish([{ kind: 'bad', line: 4, reason: 'invalid JSON', cursor: '' }]);
    expect(first.documents.externalId).toEqual(['1', '2']);
    expect(first.mentions.document).toEqual([0, 1]);
    expect(first.checkpoint).toBeNull();
    expect(first.badRecords).toEqual([]);
    expect(last.documents.externalId).toEqual(['3']);
    expect(last.mentions.document).toEqual([0]);
    expect(last.identifiers.value).toEqual(['+77070000003']);
    expect(last.checkpoint).toEqual(context.checkpoint);
    expect(last.badRecords).toEqual([{ runId: 'run-1', source: '/data/ads.jsonl', line: 4, reason: 'invalid JSON' }]);
  });
});

describe('releasing taken parts', () => {
  it('empties the columns of a part taken, and only those', () => {
    const assembler = createBatchAssembler(context);
    assembler.add(record(1), analysis(1));
    const first = assembler.takePart();
    const kept = structuredClone(first);
    assembler.add(record(2), analysis(2));
    releaseParts([first]);
    expect(first.documents.id).toEqual([]);
    expect(first.mentions.identifierId).toEqual([]);
    expect(kept.documents.externalId).toEqual(['1']);
    const last = assembler.finish([]);
    expect(last.documents.externalId).toEqual(['2']);
    expect(last.identifiers.value).toEqual(['+77070000002']);
  });
});
