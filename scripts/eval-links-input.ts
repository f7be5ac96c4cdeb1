import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * Reads the ground truth (truth.jsonl from generate-networks) and a prediction: the objects export, one JSON object
 * per line, optionally with a `network` field, and optionally a networks CSV `account,network`.
 *
 * Account keys are `platform:id` when the account has a platform id, else `platform:handle` (lower-case, no `@`),
 * as the generator writes them and as the store keys accounts (src/core/pipeline/assemble-batch.ts). A predicted
 * account is looked up by its id key first, then by its handle key.
 */
export interface GoldAccount {
  readonly account: string;
  readonly object: string;
  readonly network: string;
  readonly kind: string;
  readonly drug: boolean;
  readonly hubs: readonly string[];
}

export interface GoldHub {
  readonly hub: string;
  readonly label: string;
  readonly identifier: { readonly type: string; readonly value: string };
}

export interface Gold {
  readonly accounts: ReadonlyMap<string, GoldAccount>;
  readonly hubs: readonly GoldHub[];
}

const TruthLine = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('account'),
    account: z.string(),
    object: z.string(),
    network: z.string(),
    kind: z.string(),
    network_kind: z.enum(['drug', 'benign']),
    hubs: z.array(z.string()).optional(),
  }),
  z.object({
    type: z.literal('hub'),
    hub: z.string(),
    label: z.string(),
    identifier: z.object({ type: z.string(), value: z.string() }),
  }),
  z.object({ type: z.literal('object') }),
  z.object({ type: z.literal('network') }),
]);

const PredictedAccount = z.object({
  platform: z.string(),
  id: z.union([z.string(), z.number()]).nullish(),
  handle: z.string().nullish(),
});

const PredictedObjectLine = z.object({
  id: z.string(),
  kind: z.string().nullish(),
  accounts: z.array(PredictedAccount),
  identifiers: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
  network: z.string().nullish(),
});

export type PredictedObject = z.infer<typeof PredictedObjectLine>;
type PredictedAccountRef = z.infer<typeof PredictedAccount>;

function jsonLines(path: string): { line: number; value: unknown }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, i) => (text.trim() === '' ? [] : [{ line: i + 1, value: JSON.parse(text) }]));
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readTruth(path: string): Gold {
  const accounts = new Map<string, GoldAccount>();
  const hubs: GoldHub[] = [];
  for (const { line, value } of jsonLines(path)) {
    const record = parsed(TruthLine, value, `${path}:${line}`);
    if (record.type === 'account') {
      accounts.set(record.account, {
        account: record.account,
        object: record.object,
        network: record.network,
        kind: record.kind,
        drug: record.network_kind === 'drug',
        hubs: record.hubs ?? [],
      });
    } else if (record.type === 'hub') {
      hubs.push({ hub: record.hub, label: record.label, identifier: record.identifier });
    }
  }
  return { accounts, hubs };
}

export function readPredictedObjects(path: string): PredictedObject[] {
  return jsonLines(path).map(({ line, value }) => parsed(PredictedObjectLine, value, `${path}:${line}`));
}

/** The truth key a predicted account stands for, or its own id key when the truth does not know it. */
export function keyOf(account: PredictedAccountRef, known: ReadonlyMap<string, unknown>): string {
  const platform = account.platform.trim().toLowerCase();
  const id = account.id === null || account.id === undefined ? '' : String(account.id).trim();
  const handle = (account.handle ?? '').trim().replace(/^@/, '').toLowerCase();
  const byId = id === '' ? null : `${platform}:${id}`;
  const byHandle = handle === '' ? null : `${platform}:${handle}`;
  if (byId !== null && known.has(byId)) return byId;
  if (byHandle !== null && known.has(byHandle)) return byHandle;
  return byId ?? byHandle ?? `${platform}:`;
}

const CsvRow = z.object({ account: z.string(), network: z.string() });

/** `account,network` with a header; `account` is a key as above (`telegram:123`, `instagram:shop_syn`). */
export function readNetworksCsv(path: string): Map<string, string> {
  const rows: unknown = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  const out = new Map<string, string>();
  for (const row of parsed(z.array(CsvRow), rows, path)) {
    const colon = row.account.indexOf(':');
    const key = `${row.account.slice(0, colon).toLowerCase()}:${row.account
      .slice(colon + 1)
      .replace(/^@/, '')
      .toLowerCase()}`;
    out.set(colon < 0 ? row.account : key, row.network);
  }
  return out;
}
