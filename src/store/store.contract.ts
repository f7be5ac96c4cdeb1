import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Capture } from '../model/capture.js';
import { makeId, sha256Hex } from '../model/ids.js';
import { packBatch, serializePart } from './packed-batch.js';
import type { IngestBatch, Store, StoredDocument } from './store.js';
import { batchOf } from './store.js';

/** Rows for one document with its capture, author, one identifier and one detection. */
export function sampleBatch(n: number, body: string, overrides: { externalId?: string } = {}): IngestBatch {
  const bytes = new TextEncoder().encode(JSON.stringify({ id: n, text: body }));
  const sha256 = sha256Hex(bytes);
  const capture: Capture = {
    id: makeId('cap', sha256, `file:/tmp/x.jsonl:${n}`),
    sha256,
    byteLength: bytes.byteLength,
    mediaType: 'application/json',
    origin: { kind: 'file', path: '/tmp/x.jsonl', line: n, byteOffset: n * 100 },
    capturedAt: '2026-11-29T07:00:00.000Z',
    collector: { name: 'jsonl', version: '1.0.0' },
    stored: { blobSha256: 'b'.repeat(64), offset: n * 100 },
  };
  const accountId = makeId('acc', 'telegram', `id:user${n}`);
  const docId = makeId('doc', 'telegram', '', overrides.externalId ?? String(n));
  const document: StoredDocument = {
    id: docId,
    captureId: capture.id,
    externalId: overrides.externalId ?? String(n),
    platform: 'telegram',
    url: null,
    authorAccountId: accountId,
    publishedAt: '2024-07-01T10:00:00.000Z',
    publishedAtIsLocal: false,
    language: 'ru',
    title: null,
    body,
    threadKey: null,
    parentExternalId: null,
    forwardedFrom: null,
    imageHashes: [],
    extra: { n },
    normalizedText: body.toLowerCase().replaceAll('ё', 'е'),
    decision: { label: 'sale', score: 0.9 },
  };
  const identifierId = makeId('idf', 'phone', '+77071234567');
  return batchOf({
    captures: [capture],
    accounts: [{ id: accountId, platform: 'telegram', platformId: `user${n}`, handle: null, displayName: `User ${n}` }],
    documents: [document],
    identifiers: [{ id: identifierId, type: 'phone', value: '+77071234567' }],
    mentions: [
      {
        id: makeId('men', docId, identifierId, '0', 'phone'),
        documentId: docId,
        identifierId,
        start: 0,
        end: 12,
        raw: '+77071234567',
        extractor: 'phone',
        attributes: { country: 'KZ' },
      },
    ],
    detections: [
      {
        id: makeId('det', docId, 'lexicon', '1.0.0'),
        documentId: docId,
        label: 'sale',
        score: 0.9,
        evidence: [{ start: 13, end: 16, text: 'меф', rule: 'substance:меф' }],
        detector: 'lexicon',
        detectorVersion: '1.0.0',
      },
    ],
  });
}

/** The storage seam's contract: every Store implementation runs it against a real database. */
export function runStoreContract(name: string, openFresh: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFresh();
    });
    afterEach(async () => {
      await store.close();
    });

    it('writes a batch and reads the document back with its provenance', async () => {
      const batch = sampleBatch(1, '+77071234567 меф Ёлка в наличии');
      const result = await store.writeBatch(batch);
      expect(result).toEqual({ newDocuments: 1, newCaptures: 1 });
      const doc = batch.documents[0];
      if (doc === undefined) throw new Error('sample has a document');
      const view = await store.getDocument(doc.id);
      expect(view?.document.body).toBe(doc.body);
      expect(view?.document.extra).toEqual({ n: 1 });
      expect(view?.capture.origin).toEqual({ kind: 'file', path: '/tmp/x.jsonl', line: 1, byteOffset: 100 });
      expect(view?.capture.sha256).toBe(batch.captures[0]?.sha256);
      expect(view?.author?.displayName).toBe('User 1');
      expect(view?.detections.map((d) => [d.label, d.evidence[0]?.rule])).toEqual([['sale', 'substance:меф']]);
      expect(view?.detections[0]?.evidence).toEqual([{ start: 13, end: 16, text: 'меф', rule: 'substance:меф' }]);
      expect(view?.mentions.map((m) => [m.type, m.value, m.raw])).toEqual([['phone', '+77071234567', '+77071234567']]);
      expect(view?.capture.stored).toEqual({ blobSha256: 'b'.repeat(64), offset: 100 });
      expect(view?.decision).toEqual({ label: 'sale', score: 0.9 });
      expect(view?.mentions[0]?.attributes).toEqual({ country: 'KZ' });
    });

    it('keeps source files content-addressed and reads a capture back from the kept file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'qyran-contract-'));
      const path = join(dir, 'posts.jsonl');
      const content = '{"id":1,"text":"первая"}\n{"id":2,"text":"вторая меф"}\n';
      writeFileSync(path, content);
      const kept = await store.keepFile(path);
      expect(kept.sha256).toBe(sha256Hex(content));
      expect(kept.byteLength).toBe(Buffer.byteLength(content));
      expect(readFileSync(kept.path, 'utf8')).toBe(content);
      expect(await store.keepFile(path)).toEqual(kept);
      expect(await store.findBlob(kept.sha256)).toEqual(kept);
      expect(await store.findBlob('0'.repeat(64))).toBeNull();
      const second = Buffer.from('{"id":2,"text":"вторая меф"}');
      const offset = Buffer.byteLength('{"id":1,"text":"первая"}\n');
      const sample = sampleBatch(2, 'x').captures[0];
      if (sample === undefined) throw new Error('sample has a capture');
      const capture: Capture = {
        ...sample,
        stored: { blobSha256: kept.sha256, offset },
        byteLength: second.byteLength,
      };
      const bytes = await store.getCaptureBytes(capture);
      expect(Buffer.from(bytes ?? new Uint8Array()).toString('utf8')).toBe('{"id":2,"text":"вторая меф"}');
    });

    it('writes a batch handed over in parts as one, each part with its own rows', async () => {
      const first = sampleBatch(1, 'первая часть');
      const second = sampleBatch(2, 'вторая часть');
      const written = await store.writeSerialized({
        parts: [serializePart(packBatch(first)), serializePart(packBatch(second))],
        documents: 2,
      });
      expect(written).toEqual({ newDocuments: 2, newCaptures: 2 });
      const view = await store.getDocument(second.documents[0]?.id ?? '');
      expect(view?.document.body).toBe('вторая часть');
      expect(view?.capture.origin).toEqual({ kind: 'file', path: '/tmp/x.jsonl', line: 2, byteOffset: 200 });
      expect(view?.mentions.map((m) => [m.documentId, m.value])).toEqual([[second.documents[0]?.id, '+77071234567']]);
      expect((await store.stats()).mentions).toBe(2);
    });

    it('adds a capture when a stored document is seen again at another origin, once', async () => {
      const batch = sampleBatch(1, 'тот же текст');
      await store.writeBatch(batch);
      const first = batch.captures[0];
      const doc = batch.documents[0];
      if (first === undefined || doc === undefined) throw new Error('sample has a capture and a document');
      const elsewhere: Capture = {
        ...first,
        id: makeId('cap', first.sha256, 'file:/tmp/other.jsonl:0'),
        origin: { kind: 'file', path: '/tmp/other.jsonl', line: 1, byteOffset: 0 },
      };
      const again = { ...batch, captures: [elsewhere], documents: [{ ...doc, captureId: elsewhere.id }] };
      expect(await store.writeBatch(again)).toEqual({ newDocuments: 0, newCaptures: 1 });
      expect(await store.writeBatch(again)).toEqual({ newDocuments: 0, newCaptures: 0 });
      expect((await store.stats()).captures).toBe(2);
      expect((await store.getDocument(doc.id))?.capture.id).toBe(first.id);
    });

    it('completes an account with what later sightings add, and never blanks what it has', async () => {
      const sighting = (n: number, handle: string | null, displayName: string | null): IngestBatch => {
        const batch = sampleBatch(n, `пост ${n}`);
        const account = { id: makeId('acc', 'telegram', 'id:u7'), platform: 'telegram', platformId: 'u7' };
        return {
          ...batch,
          accounts: [{ ...account, handle, displayName }],
          documents: batch.documents.map((d) => ({ ...d, authorAccountId: account.id })),
        };
      };
      await store.writeBatch(sighting(1, null, 'Shop'));
      await store.writeBatch(sighting(2, null, null));
      await store.writeBatch(sighting(3, 'shop_kz', null));
      await store.writeBatch(sighting(4, 'other', 'Other'));
      const doc = sighting(4, null, null).documents[0];
      const view = await store.getDocument(doc?.id ?? '');
      expect(view?.author).toMatchObject({ handle: 'shop_kz', displayName: 'Shop' });
    });

    it('is idempotent: writing the same batch again changes no count', async () => {
      await store.writeBatch(sampleBatch(1, 'один'));
      await store.writeBatch(sampleBatch(2, 'два'));
      const before = await store.stats();
      const again = await store.writeBatch(sampleBatch(1, 'один'));
      expect(again).toEqual({ newDocuments: 0, newCaptures: 0 });
      expect(await store.stats()).toEqual(before);
      expect(before).toMatchObject({
        documents: 2,
        captures: 2,
        accounts: 2,
        identifiers: 1,
        mentions: 2,
        detections: 2,
      });
    });

    it('finds documents by normalised full text and by identifier', async () => {
      await store.writeBatch(sampleBatch(1, 'Продам ёлку недорого'));
      await store.writeBatch(sampleBatch(2, 'Куплю стол'));
      const byText = await store.search({ text: 'ЕЛКУ', identifiers: [], limit: 10 });
      expect(byText.map((h) => h.externalId)).toEqual(['1']);
      expect(byText[0]?.matchedBy).toEqual(['text']);
      const byPhone = await store.search({
        text: '',
        identifiers: [{ type: 'phone', value: '+77071234567' }],
        limit: 10,
      });
      expect(byPhone.map((h) => h.externalId).sort()).toEqual(['1', '2']);
      expect(await store.search({ text: 'нет такого слова', identifiers: [], limit: 10 })).toEqual([]);
    });

    it('keeps checkpoints and bad records', async () => {
      expect(await store.getCheckpoint('/data/a.jsonl')).toBeNull();
      const checkpoint = {
        sourceKey: '/data/a.jsonl',
        connector: 'jsonl',
        fingerprint: '10:1',
        cursor: '42',
        done: false,
        blobSha256: 'c'.repeat(64),
      };
      await store.writeBatch(batchOf({ checkpoint }));
      expect(await store.getCheckpoint('/data/a.jsonl')).toEqual(checkpoint);
      await store.writeBatch(batchOf({ checkpoint: { ...checkpoint, cursor: '99', done: true } }));
      expect(await store.getCheckpoint('/data/a.jsonl')).toMatchObject({ cursor: '99', done: true });
      const bad = { runId: 'r1', source: '/data/a.jsonl', line: 3, reason: 'not JSON' };
      await store.writeBatch(batchOf({ badRecords: [bad] }));
      await store.writeBatch(batchOf({ badRecords: [{ ...bad, runId: 'r2' }] }));
      expect((await store.stats()).badRecords).toBe(1);
    });

    it('looks documents up by their source id and identifiers by id', async () => {
      const batch = sampleBatch(7, 'текст', { externalId: 'post-7' });
      await store.writeBatch(batch);
      expect(await store.findDocumentIdsByExternalId('post-7')).toEqual([batch.documents[0]?.id]);
      const identifierId = batch.identifiers[0]?.id ?? '';
      const view = await store.getIdentifier(identifierId);
      expect(view?.documentIds).toEqual([batch.documents[0]?.id]);
      expect(view?.accountIds).toEqual([batch.accounts[0]?.id]);
      expect(await store.getDocument('doc_missing')).toBeNull();
    });

    it('ranks identifiers by how many accounts use them', async () => {
      await store.writeBatch(sampleBatch(1, 'один'));
      await store.writeBatch(sampleBatch(2, 'два'));
      const top = await store.topIdentifiers(5);
      expect(top).toEqual([
        { id: makeId('idf', 'phone', '+77071234567'), type: 'phone', value: '+77071234567', documents: 2, accounts: 2 },
      ]);
    });

    it('exports documents with their decision and identifiers, filtered by label', async () => {
      await store.writeBatch(sampleBatch(1, 'один'));
      await store.writeBatch(sampleBatch(2, 'два'));
      const all = [];
      for await (const record of store.exportRecords({ labels: null })) all.push(record);
      expect(all.map((r) => [r.externalId, r.label, r.identifiers])).toEqual([
        ['1', 'sale', [{ type: 'phone', value: '+77071234567' }]],
        ['2', 'sale', [{ type: 'phone', value: '+77071234567' }]],
      ]);
      expect(all[0]?.captureSha256).toMatch(/^[0-9a-f]{64}$/);
      const none = [];
      for await (const record of store.exportRecords({ labels: ['none'] })) none.push(record);
      expect(none).toEqual([]);
    });

    it('records runs', async () => {
      await store.startRun({ id: 'run-1', command: 'ingest', startedAt: new Date().toISOString() });
      await store.finishRun('run-1', { records: 3 });
    });

    it('reads documents for linking after a watermark, and keeps their features', async () => {
      await store.writeBatch(sampleBatch(1, 'один'));
      await store.writeBatch(sampleBatch(2, 'два'));
      expect(await store.linkWatermark('f1')).toBe(0);
      const docs = [];
      for await (const doc of store.linkSourceDocuments(0)) docs.push(doc);
      expect(docs.map((d) => [d.externalId, d.label, d.identifiers.map((i) => i.value)])).toEqual([
        ['1', 'sale', ['+77071234567']],
        ['2', 'sale', ['+77071234567']],
      ]);
      const first = docs[0];
      if (first === undefined) throw new Error('no document');
      const feature = {
        seq: first.seq,
        id: first.id,
        externalId: first.externalId,
        authorAccountId: first.authorAccountId,
        time: 1_700_000_000_000,
        threadKey: 'telegram:chat',
        parentExternalId: null,
        forwardedFrom: null,
        imageHashes: ['0123456789abcdef'],
        identifiers: first.identifiers,
        trade: true,
        recruitment: false,
        warning: true,
        bands: [12345, 67890],
      };
      await store.appendLinkFeatures([feature], first.seq, 'f1');
      expect(await store.linkWatermark('f1')).toBe(first.seq);
      const after = [];
      for await (const doc of store.linkSourceDocuments(first.seq)) after.push(doc.externalId);
      expect(after).toEqual(['2']);
      const kept = [];
      for await (const f of store.linkFeatures()) kept.push(f);
      expect(kept).toEqual([feature]);
      // Features read by another version are read again from the start, and replace the kept ones.
      expect(await store.linkWatermark('f2')).toBe(0);
      const reread = { ...feature, warning: false };
      await store.appendLinkFeatures([reread], first.seq, 'f2');
      expect(await store.linkWatermark('f2')).toBe(first.seq);
      const replaced = [];
      for await (const f of store.linkFeatures()) replaced.push(f);
      expect(replaced).toEqual([reread]);
    });

    it('keeps every judgement, oldest first', async () => {
      const base = { accountA: 'acc_a', accountB: 'acc_b', note: null };
      await store.recordJudgement({ ...base, verdict: 'same', decidedAt: '2026-01-01T00:00:00.000Z' });
      await store.recordJudgement({
        ...base,
        verdict: 'different',
        note: 'two people',
        decidedAt: '2026-01-02T00:00:00.000Z',
      });
      expect((await store.judgements()).map((j) => [j.verdict, j.note])).toEqual([
        ['same', null],
        ['different', 'two people'],
      ]);
    });

    it('replaces derived objects on each run and exports them with source document ids', async () => {
      await store.writeBatch(sampleBatch(1, 'один', { externalId: 'post-1' }));
      const accountId = makeId('acc', 'telegram', 'id:user1');
      const identifierId = makeId('idf', 'phone', '+77071234567');
      const result = {
        objects: [
          {
            id: 'obj_1',
            kind: 'shop' as const,
            accountIds: [accountId],
            identifierIds: [identifierId],
            network: 'net_1',
          },
        ],
        links: [],
        matches: [],
        hubs: [],
        networks: 1,
      };
      await store.replaceLinkResult(result);
      await store.replaceLinkResult(result);
      const out = [];
      for await (const o of store.exportObjects()) out.push(o);
      expect(out).toEqual([
        {
          id: 'obj_1',
          kind: 'shop',
          network: 'net_1',
          accounts: [{ platform: 'telegram', id: 'user1', handle: null }],
          identifiers: [{ type: 'phone', value: '+77071234567' }],
          documents: ['post-1'],
        },
      ]);
    });
  });
}
