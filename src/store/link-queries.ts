import type { Kysely } from 'kysely';
import type { Judgement, LinkDocument, LinkIdentifierUse } from '../core/linking/link-input.js';
import { JUDGEMENT_VERDICTS } from '../core/linking/link-input.js';
import { DETECTION_LABELS } from '../model/detection.js';
import type { Account } from '../model/document.js';
import { accountFromRow } from './row-codecs.js';
import type { QyranDatabase } from './schema.js';
import type { LinkSourceDocument, ObjectEdge, ObjectExportRecord } from './store.js';

/** Linking's reads and writes, shared by every dialect: written once against Kysely's typed builder. */
const PAGE = 5_000;
const WRITE_CHUNK = 400;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list === undefined) out.set(k, [row]);
    else list.push(row);
  }
  return out;
}

const splitList = (text: string): string[] => (text === '' ? [] : text.split(' '));

export async function* readLinkSourceDocuments(
  db: Kysely<QyranDatabase>,
  afterSeq: number,
): AsyncIterable<LinkSourceDocument> {
  let after = afterSeq;
  for (;;) {
    const docs = await db
      .selectFrom('documents')
      .select([
        'seq',
        'id',
        'external_id',
        'author_account_id',
        'published_at',
        'thread_key',
        'parent_external_id',
        'forwarded_from',
        'image_hashes',
        'body',
        'label',
      ])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    const last = docs.at(-1);
    if (last === undefined) return;
    after = last.seq;
    const first = docs[0]?.seq ?? last.seq;
    const mentions = await db
      .selectFrom('mentions')
      .innerJoin('identifiers', 'identifiers.id', 'mentions.identifier_id')
      .select(['mentions.doc_seq', 'identifiers.id', 'identifiers.type', 'identifiers.value'])
      .where('mentions.doc_seq', '>=', first)
      .where('mentions.doc_seq', '<=', last.seq)
      .execute();
    const identifiersOf = new Map<number, Map<string, LinkIdentifierUse>>();
    for (const m of mentions) {
      const map = identifiersOf.get(m.doc_seq) ?? new Map<string, LinkIdentifierUse>();
      map.set(m.id, { id: m.id, type: m.type, value: m.value });
      identifiersOf.set(m.doc_seq, map);
    }
    for (const doc of docs) {
      yield {
        seq: doc.seq,
        id: doc.id,
        externalId: doc.external_id,
        authorAccountId: doc.author_account_id,
        publishedAt: doc.published_at,
        threadKey: doc.thread_key,
        parentExternalId: doc.parent_external_id,
        forwardedFrom: doc.forwarded_from,
        imageHashes: splitList(doc.image_hashes),
        body: doc.body,
        label: DETECTION_LABELS.find((l) => l === doc.label) ?? 'none',
        identifiers: [...(identifiersOf.get(doc.seq)?.values() ?? [])],
      };
    }
  }
}

export async function writeLinkFeatures(
  db: Kysely<QyranDatabase>,
  features: readonly LinkDocument[],
  watermark: number,
  version: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < features.length; i += WRITE_CHUNK) {
      const rows = features.slice(i, i + WRITE_CHUNK).map((f) => ({
        doc_seq: f.seq,
        id: f.id,
        external_id: f.externalId,
        author_account_id: f.authorAccountId,
        time: Number.isNaN(f.time) ? null : f.time,
        thread_key: f.threadKey,
        parent_external_id: f.parentExternalId,
        forwarded_from: f.forwardedFrom,
        image_hashes: f.imageHashes.join(' '),
        // Bits: 1 or 2 the trade kind (sale, recruitment), 4 a warning reply.
        trade_kind: (f.recruitment ? 2 : f.trade ? 1 : 0) | (f.warning ? 4 : 0),
        identifier_ids: f.identifiers.map((x) => x.id).join(' '),
        bands: f.bands.map((b) => b.toString(36)).join(' '),
      }));
      await trx
        .insertInto('link_documents')
        .values(rows)
        .onConflict((oc) =>
          oc.column('doc_seq').doUpdateSet((eb) => ({
            id: eb.ref('excluded.id'),
            external_id: eb.ref('excluded.external_id'),
            author_account_id: eb.ref('excluded.author_account_id'),
            time: eb.ref('excluded.time'),
            thread_key: eb.ref('excluded.thread_key'),
            parent_external_id: eb.ref('excluded.parent_external_id'),
            forwarded_from: eb.ref('excluded.forwarded_from'),
            image_hashes: eb.ref('excluded.image_hashes'),
            trade_kind: eb.ref('excluded.trade_kind'),
            identifier_ids: eb.ref('excluded.identifier_ids'),
            bands: eb.ref('excluded.bands'),
          })),
        )
        .execute();
    }
    const state = [
      { key: 'watermark', value: String(watermark) },
      { key: 'features_version', value: version },
    ];
    for (const { key, value } of state) {
      await trx
        .insertInto('link_state')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
}

/** 0 when the kept features were read by another features version (or none, before version 2): all are reread. */
export async function readLinkWatermark(db: Kysely<QyranDatabase>, version: string): Promise<number> {
  const rows = await db.selectFrom('link_state').select(['key', 'value']).execute();
  const value = (key: string): string | undefined => rows.find((r) => r.key === key)?.value;
  const watermark = value('watermark');
  return watermark === undefined || value('features_version') !== version ? 0 : Number(watermark);
}

export async function* readLinkFeatures(db: Kysely<QyranDatabase>): AsyncIterable<LinkDocument> {
  const identifiers = new Map<string, LinkIdentifierUse>();
  for (const row of await db.selectFrom('identifiers').selectAll().execute()) identifiers.set(row.id, row);
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom('link_documents')
      .selectAll()
      .where('doc_seq', '>', after)
      .orderBy('doc_seq')
      .limit(PAGE * 4)
      .execute();
    const last = rows.at(-1);
    if (last === undefined) return;
    after = last.doc_seq;
    for (const r of rows) {
      yield {
        seq: r.doc_seq,
        id: r.id,
        externalId: r.external_id,
        authorAccountId: r.author_account_id,
        time: r.time ?? Number.NaN,
        threadKey: r.thread_key,
        parentExternalId: r.parent_external_id,
        forwardedFrom: r.forwarded_from,
        imageHashes: splitList(r.image_hashes),
        trade: (r.trade_kind & 3) > 0,
        recruitment: (r.trade_kind & 3) === 2,
        warning: (r.trade_kind & 4) !== 0,
        identifiers: splitList(r.identifier_ids).flatMap((id) => {
          const idf = identifiers.get(id);
          return idf === undefined ? [] : [idf];
        }),
        bands: splitList(r.bands).map((b) => Number.parseInt(b, 36)),
      };
    }
  }
}

export async function readLinkAccounts(db: Kysely<QyranDatabase>): Promise<readonly Account[]> {
  const rows = await db.selectFrom('accounts').selectAll().execute();
  return rows.map(accountFromRow);
}

export async function insertJudgement(db: Kysely<QyranDatabase>, j: Judgement): Promise<void> {
  await db
    .insertInto('judgements')
    .values({
      account_a: j.accountA,
      account_b: j.accountB,
      verdict: j.verdict,
      note: j.note,
      decided_at: j.decidedAt,
    })
    .execute();
}

export async function readJudgements(db: Kysely<QyranDatabase>): Promise<readonly Judgement[]> {
  const rows = await db.selectFrom('judgements').selectAll().orderBy('seq').execute();
  return rows.flatMap((r) => {
    const verdict = JUDGEMENT_VERDICTS.find((v) => v === r.verdict);
    return verdict === undefined
      ? []
      : [{ accountA: r.account_a, accountB: r.account_b, verdict, note: r.note, decidedAt: r.decided_at }];
  });
}

export async function* readObjectExport(db: Kysely<QyranDatabase>): AsyncIterable<ObjectExportRecord> {
  const identifiers = new Map<string, { type: string; value: string }>();
  for (const row of await db.selectFrom('identifiers').selectAll().execute()) identifiers.set(row.id, row);
  let after = '';
  for (;;) {
    const objects = await db
      .selectFrom('objects')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    const last = objects.at(-1);
    if (last === undefined) return;
    after = last.id;
    const ids = objects.map((o) => o.id);
    const members = await db
      .selectFrom('object_accounts')
      .innerJoin('accounts', 'accounts.id', 'object_accounts.account_id')
      .select([
        'object_accounts.object_id',
        'accounts.id',
        'accounts.platform',
        'accounts.platform_id',
        'accounts.handle',
      ])
      .where('object_accounts.object_id', 'in', ids)
      .orderBy('accounts.id')
      .execute();
    const docs = await db
      .selectFrom('object_accounts')
      .innerJoin('documents', 'documents.author_account_id', 'object_accounts.account_id')
      .select(['object_accounts.object_id', 'documents.id', 'documents.external_id'])
      .where('object_accounts.object_id', 'in', ids)
      .orderBy('documents.seq')
      .execute();
    const accountsOf = groupBy(members, (m) => m.object_id);
    const docsOf = groupBy(docs, (d) => d.object_id);
    for (const o of objects) {
      yield {
        id: o.id,
        kind: o.kind,
        network: o.network,
        accounts: (accountsOf.get(o.id) ?? []).map((m) => ({
          platform: m.platform,
          id: m.platform_id,
          handle: m.handle,
        })),
        identifiers: splitList(o.identifier_ids).flatMap((id) => {
          const idf = identifiers.get(id);
          return idf === undefined ? [] : [{ type: idf.type, value: idf.value }];
        }),
        documents: (docsOf.get(o.id) ?? []).map((d) => d.external_id ?? d.id),
      };
    }
  }
}

export async function readObjectGraph(
  db: Kysely<QyranDatabase>,
): Promise<{ readonly nodes: readonly string[]; readonly edges: readonly ObjectEdge[] }> {
  const nodes = await db.selectFrom('objects').select('id').orderBy('id').execute();
  // Links between objects, and links between accounts seen through the objects that hold them.
  const direct = await db
    .selectFrom('links')
    .select(['source_id as source', 'target_id as target', (eb) => eb.fn.sum<number>('strength').as('weight')])
    .where('source_kind', '=', 'object')
    .where('target_kind', '=', 'object')
    .groupBy(['source_id', 'target_id'])
    .execute();
  const viaAccounts = await db
    .selectFrom('links')
    .innerJoin('object_accounts as a', 'a.account_id', 'links.source_id')
    .innerJoin('object_accounts as b', 'b.account_id', 'links.target_id')
    .select([
      'a.object_id as source',
      'b.object_id as target',
      (eb) => eb.fn.sum<number>('links.strength').as('weight'),
    ])
    .where('links.source_kind', '=', 'account')
    .where('links.target_kind', '=', 'account')
    .groupBy(['a.object_id', 'b.object_id'])
    .execute();
  const weights = new Map<string, ObjectEdge>();
  for (const e of [...direct, ...viaAccounts]) {
    if (e.source === e.target) continue;
    const [source, target] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${source} ${target}`;
    const weight = (weights.get(key)?.weight ?? 0) + Number(e.weight);
    weights.set(key, { source, target, weight });
  }
  return { nodes: nodes.map((n) => n.id), edges: [...weights.values()] };
}
