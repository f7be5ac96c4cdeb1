import { describe, expect, it } from 'vitest';
import { deserializeBatch, packBatch, releaseParts, serializeBatch } from './packed-batch.js';
import { sampleBatch } from './store.contract.js';

describe('packed batches', () => {
  it('cross threads as bytes and come back equal', () => {
    const packed = packBatch(sampleBatch(3, 'Закладки в Алматы, пиши @shop_bot'));
    expect(deserializeBatch(serializeBatch(packed))).toEqual([packed]);
  });

  it('release empties every column of a written part, and nothing else is touched', () => {
    const packed = packBatch(sampleBatch(3, 'Закладки в Алматы, пиши @shop_bot'));
    const parts = deserializeBatch(serializeBatch(packed));
    const ids = [...(parts[0]?.documents.id ?? [])];
    releaseParts(parts);
    const part = parts[0];
    expect(part?.documents.id).toEqual([]);
    expect(part?.documents.body).toEqual([]);
    expect(part?.captures.sha256).toEqual([]);
    expect(part?.mentions.identifierId).toEqual([]);
    expect(part?.captureSources).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
    expect(packed.documents.id).toEqual(ids);
  });
});
