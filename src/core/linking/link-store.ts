import type { Store } from '../../store/store.js';
import { documentFeatures, FEATURES_VERSION } from './document-features.js';
import type { LinkDocument } from './link-input.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';

const FEATURE_CHUNK = 20_000;

export interface LinkRunSummary {
  readonly newDocuments: number;
  readonly documents: number;
  readonly accounts: number;
  readonly objects: number;
  readonly networks: number;
  readonly linksByType: Readonly<Record<string, number>>;
  readonly matches: number;
  readonly matchesMerged: number;
  readonly hubs: LinkResult['hubs'];
  readonly seconds: number;
  /** Where the time went: features of new documents, reading kept features, resolving, writing results. */
  readonly phases: Readonly<Record<'features' | 'read' | 'resolve' | 'write', number>>;
}

const since = (t: number): number => Math.round((performance.now() - t) / 100) / 10;

/** Features of documents past the watermark only: a refresh reads and shingles the new documents, not all. */
async function extendFeatures(store: Store): Promise<number> {
  const watermark = await store.linkWatermark(FEATURES_VERSION);
  let buffer: LinkDocument[] = [];
  let added = 0;
  for await (const doc of store.linkSourceDocuments(watermark)) {
    buffer.push(documentFeatures(doc));
    if (buffer.length >= FEATURE_CHUNK) {
      await store.appendLinkFeatures(buffer, doc.seq, FEATURES_VERSION);
      added += buffer.length;
      buffer = [];
    }
  }
  const last = buffer.at(-1);
  if (last !== undefined) {
    await store.appendLinkFeatures(buffer, last.seq, FEATURES_VERSION);
    added += buffer.length;
  }
  return added;
}

/**
 * `qyran link`: brings the kept features up to date, then recomputes resolution over all of them in memory and
 * replaces the derived tables. Resolution itself is a full recomputation over compact features (seconds at
 * 500k documents), which keeps it exact: merges anywhere can split or join objects everywhere.
 */
export async function linkStore(store: Store): Promise<LinkRunSummary> {
  const started = performance.now();
  const newDocuments = await extendFeatures(store);
  const features = since(started);
  let t = performance.now();
  const documents: LinkDocument[] = [];
  for await (const doc of store.linkFeatures()) documents.push(doc);
  const accounts = await store.linkAccounts();
  const judgements = await store.judgements();
  const read = since(t);
  t = performance.now();
  const result = runLinking({ accounts, documents, judgements });
  const resolve = since(t);
  t = performance.now();
  await store.replaceLinkResult(result);
  const write = since(t);
  const linksByType: Record<string, number> = {};
  for (const link of result.links) linksByType[link.type] = (linksByType[link.type] ?? 0) + 1;
  return {
    newDocuments,
    documents: documents.length,
    accounts: accounts.length,
    objects: result.objects.length,
    networks: result.networks,
    linksByType,
    matches: result.matches.length,
    matchesMerged: result.matches.filter((m) => m.merged).length,
    hubs: result.hubs,
    seconds: since(started),
    phases: { features, read, resolve, write },
  };
}
