import type { Kysely } from 'kysely';
import type { ExportRecord } from '../core/plugin.js';
import type { DetectionLabel } from '../model/detection.js';
import { DETECTION_LABELS } from '../model/detection.js';
import { makeId } from '../model/ids.js';
import { accountFromRow, captureFromRow, decodeAttributes, detectionFromRow, documentFromRow } from './row-codecs.js';
import type { QyranDatabase } from './schema.js';
import type { DocumentView, IdentifierUsage, IdentifierView, MentionView, StoreStats } from './store.js';

/** Read queries shared by every dialect: written once against Kysely's typed builder. */
export async function readDocument(db: Kysely<QyranDatabase>, id: string): Promise<DocumentView | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const capture = await db
    .selectFrom('captures')
    .innerJoin('capture_sources', 'capture_sources.seq', 'captures.source_seq')
    .selectAll('captures')
    .select([
      'capture_sources.blob_sha256',
      'capture_sources.origin_kind',
      'capture_sources.origin_path',
      'capture_sources.media_type',
      'capture_sources.captured_at',
      'capture_sources.collector',
      'capture_sources.collector_version',
    ])
    .where('captures.seq', '=', row.capture_seq)
    .executeTakeFirstOrThrow();
  const author =
    row.author_account_id === null
      ? undefined
      : await db.selectFrom('accounts').selectAll().where('id', '=', row.author_account_id).executeTakeFirst();
  const detections = await db.selectFrom('detections').selectAll().where('doc_seq', '=', row.seq).execute();
  const mentionRows = await db
    .selectFrom('mentions')
    .innerJoin('identifiers', 'identifiers.id', 'mentions.identifier_id')
    .select([
      'mentions.identifier_id',
      'mentions.start',
      'mentions.end',
      'mentions.raw',
      'mentions.extractor',
      'mentions.attributes',
      'identifiers.type',
      'identifiers.value',
    ])
    .where('mentions.doc_seq', '=', row.seq)
    .orderBy('mentions.start')
    .execute();
  const mentions: MentionView[] = mentionRows.map((m) => ({
    id: makeId('men', id, m.identifier_id, String(m.start), m.extractor),
    documentId: id,
    identifierId: m.identifier_id,
    start: m.start,
    end: m.end,
    raw: m.raw,
    extractor: m.extractor,
    attributes: decodeAttributes(m.attributes),
    type: m.type,
    value: m.value,
  }));
  return {
    document: documentFromRow(row, capture.id),
    capture: captureFromRow(capture),
    author: author === undefined ? null : accountFromRow(author),
    decision: { label: DETECTION_LABELS.find((l) => l === row.label) ?? 'none', score: row.score },
    detections: detections.map((d) => detectionFromRow(d, id, row.body)),
    mentions,
  };
}

export async function readIdentifier(db: Kysely<QyranDatabase>, id: string): Promise<IdentifierView | null> {
  const identifier = await db.selectFrom('identifiers').selectAll().where('id', '=', id).executeTakeFirst();
  if (identifier === undefined) return null;
  const uses = await db
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.seq', 'mentions.doc_seq')
    .select(['documents.id as documentId', 'documents.author_account_id as accountId'])
    .where('mentions.identifier_id', '=', id)
    .distinct()
    .execute();
  const documentIds = [...new Set(uses.map((u) => u.documentId))].sort();
  const accountIds = [...new Set(uses.flatMap((u) => (u.accountId === null ? [] : [u.accountId])))].sort();
  return { identifier, documentIds, accountIds };
}

export async function findDocumentIdsByExternalId(
  db: Kysely<QyranDatabase>,
  externalId: string,
): Promise<readonly string[]> {
  const rows = await db.selectFrom('documents').select('id').where('external_id', '=', externalId).execute();
  return rows.map((r) => r.id);
}

async function count(db: Kysely<QyranDatabase>, table: keyof QyranDatabase): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function readStats(db: Kysely<QyranDatabase>): Promise<StoreStats> {
  const byLabel = await db
    .selectFrom('documents')
    .select(['label', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('label')
    .execute();
  const byType = await db
    .selectFrom('identifiers')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
  return {
    documents: await count(db, 'documents'),
    captures: await count(db, 'captures'),
    accounts: await count(db, 'accounts'),
    identifiers: await count(db, 'identifiers'),
    mentions: await count(db, 'mentions'),
    detections: await count(db, 'detections'),
    documentsByLabel: Object.fromEntries(byLabel.map((r) => [r.label, Number(r.n)])),
    identifiersByType: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
    badRecords: await count(db, 'bad_records'),
  };
}

export async function readTopIdentifiers(
  db: Kysely<QyranDatabase>,
  limit: number,
): Promise<readonly IdentifierUsage[]> {
  const rows = await db
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.seq', 'mentions.doc_seq')
    .innerJoin('identifiers', 'identifiers.id', 'mentions.identifier_id')
    .select((eb) => [
      'identifiers.id',
      'identifiers.type',
      'identifiers.value',
      eb.fn.count<number>('documents.seq').distinct().as('documents'),
      eb.fn.count<number>('documents.author_account_id').distinct().as('accounts'),
    ])
    .groupBy(['identifiers.id', 'identifiers.type', 'identifiers.value'])
    .orderBy('accounts', 'desc')
    .orderBy('documents', 'desc')
    .orderBy('identifiers.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, documents: Number(r.documents), accounts: Number(r.accounts) }));
}

const EXPORT_PAGE = 1000;

/** Pages through documents by `seq`, so memory stays flat however large the store is. */
export async function* readExportRecords(
  db: Kysely<QyranDatabase>,
  filter: { readonly labels: readonly DetectionLabel[] | null },
): AsyncIterable<ExportRecord> {
  let after = 0;
  for (;;) {
    const docs = await db
      .selectFrom('documents')
      .innerJoin('captures', 'captures.seq', 'documents.capture_seq')
      .select([
        'documents.seq',
        'documents.id',
        'documents.external_id',
        'documents.platform',
        'documents.url',
        'documents.published_at',
        'documents.body',
        'documents.label',
        'documents.score',
        'captures.sha256',
      ])
      .where('documents.seq', '>', after)
      .orderBy('documents.seq')
      .limit(EXPORT_PAGE)
      .execute();
    const last = docs.at(-1);
    if (last === undefined) return;
    after = last.seq;
    const seqs = docs.map((d) => d.seq);
    const identifiers = await db
      .selectFrom('mentions')
      .innerJoin('identifiers', 'identifiers.id', 'mentions.identifier_id')
      .select(['mentions.doc_seq', 'identifiers.type', 'identifiers.value'])
      .where('mentions.doc_seq', 'in', seqs)
      .orderBy('mentions.start')
      .execute();
    for (const doc of docs) {
      const label = DETECTION_LABELS.find((l) => l === doc.label) ?? 'none';
      if (filter.labels !== null && !filter.labels.includes(label)) continue;
      const seen = new Set<string>();
      const own = identifiers.filter((i) => {
        const key = `${i.type}:${i.value}`;
        if (i.doc_seq !== doc.seq || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      yield {
        documentId: doc.id,
        externalId: doc.external_id,
        platform: doc.platform,
        url: doc.url,
        publishedAt: doc.published_at,
        body: doc.body,
        label,
        score: doc.score,
        identifiers: own.map((i) => ({ type: i.type, value: i.value })),
        captureSha256: doc.sha256,
      };
    }
  }
}
