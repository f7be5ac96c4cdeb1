import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failedGates } from './eval-links.js';
import { evaluateLinks } from './eval-links-evaluate.js';
import {
  type Gold,
  keyOf,
  type PredictedObject,
  readNetworksCsv,
  readPredictedObjects,
  readTruth,
} from './eval-links-input.js';
import { assemblePrediction } from './eval-links-prediction.js';
import { formatEvaluation } from './eval-links-report.js';
import { generateNetworks } from './generate-networks.js';
import type { TruthAccount, TruthRecord } from './generate-networks-types.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-eval-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, records: readonly unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return path;
}

const account = (key: string, object: string, network: string, extra: Partial<TruthAccount> = {}): TruthAccount => {
  const [platform, value] = key.split(':');
  return {
    type: 'account',
    account: key,
    platform: platform === 'telegram' ? 'telegram' : 'instagram',
    ...(platform === 'telegram' ? { id: value } : { handle: value }),
    name: 'x',
    object,
    kind: 'shop',
    network,
    network_kind: 'drug',
    documents: 1,
    ...extra,
  };
};

// Two shops (networks A and B) that both mention a bank's number, and a bystander who does too.
const TRUTH: readonly TruthRecord[] = [
  account('telegram:111', 'oa', 'A', { hubs: ['hub-01'] }),
  account('instagram:shop_a_syn', 'oa', 'A'),
  account('telegram:222', 'ob', 'B', { hubs: ['hub-01'] }),
  account('telegram:333', 'oc', 'C', { kind: 'bystander', network_kind: 'benign', hubs: ['hub-01'] }),
  {
    type: 'hub',
    hub: 'hub-01',
    label: 'bank call centre',
    identifier: { type: 'phone', value: '+77001112233' },
    documents: 3,
    accounts: 3,
    networks: 3,
    drug_networks: 2,
  },
];
const gold: Gold = readTruth(jsonl('truth.jsonl', TRUTH));

function evaluate(objects: readonly PredictedObject[], csv: ReadonlyMap<string, string> | null = null) {
  return evaluateLinks(gold, assemblePrediction(gold, objects, csv), csv !== null);
}

describe('eval-links', () => {
  it('maps export accounts to truth keys: the id first, then the handle, lower-case without @', () => {
    expect(keyOf({ platform: 'Telegram', id: 111, handle: 'whatever' }, gold.accounts)).toBe('telegram:111');
    expect(keyOf({ platform: 'instagram', id: null, handle: '@Shop_A_syn' }, gold.accounts)).toBe(
      'instagram:shop_a_syn',
    );
    expect(keyOf({ platform: 'instagram', id: '999', handle: 'shop_a_syn' }, gold.accounts)).toBe(
      'instagram:shop_a_syn',
    );
  });

  it('scores a perfect prediction 1 and passes the hub check', () => {
    const e = evaluate([
      {
        id: 'p1',
        accounts: [
          { platform: 'telegram', id: '111' },
          { platform: 'instagram', handle: 'shop_a_syn' },
        ],
        identifiers: [],
        network: 'n1',
      },
      { id: 'p2', accounts: [{ platform: 'telegram', id: '222' }], identifiers: [], network: 'n2' },
      { id: 'p3', accounts: [{ platform: 'telegram', id: '333' }], identifiers: [], network: 'n3' },
    ]);
    expect(e.objects.all.bcubed.f1).toBe(1);
    expect(e.networks.drug.pairwise.f1).toBe(1);
    expect(e.hubs[0]?.merges).toBe(0);
    expect(failedGates(e, { minObjectF1: 0.9, minNetworkF1: 0.85, scope: 'all' })).toEqual([]);
  });

  it('blames a hub for networks its users end up sharing, and says when the network lists it', () => {
    const e = evaluate([
      {
        id: 'all',
        accounts: [
          { platform: 'telegram', id: '111' },
          { platform: 'telegram', id: '222' },
          { platform: 'telegram', id: '333' },
        ],
        identifiers: [{ type: 'phone', value: '+77001112233' }],
      },
    ]);
    expect(e.networkSource).toBe('objects');
    expect(e.hubs[0]).toMatchObject({ networks: 3, merges: 2, largest: 3, listed: 2 });
    expect(e.drugMerges).toEqual({ clusters: 1, largest: 2 });
    expect(e.coverage.placedAccounts).toBe(3);
    // instagram:shop_a_syn is unplaced: a singleton.
    expect(e.objects.all.bcubed.recall).toBeCloseTo((1 / 2 + 1 / 2 + 1 + 1) / 4, 10);
    const failed = failedGates(e, { minObjectF1: 0.9, minNetworkF1: 0.85, scope: 'all' });
    expect(failed.some((f) => f.includes('hub merges'))).toBe(true);
    expect(formatEvaluation(e)).toContain('hub check: FAILED, 2 merges');
  });

  it('reads networks from a CSV and counts unknown and twice-listed accounts', () => {
    const csvPath = join(dir, 'networks.csv');
    writeFileSync(csvPath, 'account,network\ntelegram:111,x\ninstagram:@Shop_A_syn,x\ntelegram:222,y\n');
    const e = evaluate(
      [
        { id: 'p1', accounts: [{ platform: 'telegram', id: '111' }], identifiers: [] },
        {
          id: 'p2',
          accounts: [
            { platform: 'telegram', id: '111' },
            { platform: 'vk', id: '5' },
          ],
          identifiers: [],
        },
      ],
      readNetworksCsv(csvPath),
    );
    expect(e.networkSource).toBe('networks file');
    expect(e.coverage).toMatchObject({ unknownAccounts: 1, duplicateAccounts: 1, placedAccounts: 1 });
    expect(e.networks.drug.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('reads the export format with nulls and extra fields', () => {
    const path = jsonl('objects.jsonl', [
      {
        id: 'o1',
        kind: 'shop',
        accounts: [{ platform: 'telegram', id: null, handle: 'x_syn' }],
        identifiers: [{ type: 'phone', value: '+77001112233' }],
        documents: ['d1'],
      },
    ]);
    const [object] = readPredictedObjects(path);
    expect(object?.accounts[0]?.handle).toBe('x_syn');
    expect(() => readPredictedObjects(jsonl('bad.jsonl', [{ id: 'o1' }]))).toThrow(/bad\.jsonl:1/);
  });
});

describe('eval-links on generated networks', () => {
  const records = [...generateNetworks({ seed: 11, accounts: 1500 })].flatMap((item) =>
    item.kind === 'truth' ? [item.record] : [],
  );
  const generated = readTruth(jsonl('generated.jsonl', records));
  const accounts = records.filter((r): r is TruthAccount => r.type === 'account');

  function exportOf(group: (a: TruthAccount) => string, network: (a: TruthAccount) => string): PredictedObject[] {
    const objects = new Map<string, PredictedObject & { accounts: PredictedObject['accounts'][number][] }>();
    for (const a of accounts) {
      const id = group(a);
      const object = objects.get(id) ?? { id, accounts: [], identifiers: [], network: network(a) };
      object.accounts.push({ platform: a.platform, id: a.id ?? null, handle: a.handle ?? null });
      objects.set(id, object);
    }
    return [...objects.values()];
  }

  it('scores the truth itself, exported, as perfect', () => {
    const prediction = assemblePrediction(
      generated,
      exportOf(
        (a) => a.object,
        (a) => a.network,
      ),
      null,
    );
    const e = evaluateLinks(generated, prediction, false);
    expect(e.coverage.placedAccounts).toBe(1500);
    expect(e.objects.all.bcubed.f1).toBeCloseTo(1, 12);
    expect(e.networks.all.pairwise.f1).toBe(1);
    expect(e.hubs.every((h) => h.merges === 0)).toBe(true);
  });

  it('catches a linker that joins everyone who mentions a hub', () => {
    const usersOfBank = new Set(accounts.filter((a) => a.hubs?.includes('hub-01') === true).map((a) => a.object));
    const hubUser = (a: TruthAccount) => (usersOfBank.has(a.object) ? 'bank' : a.network);
    const e = evaluateLinks(
      generated,
      assemblePrediction(
        generated,
        exportOf((a) => a.object, hubUser),
        null,
      ),
      false,
    );
    const bank = e.hubs.find((h) => h.hub.hub === 'hub-01');
    expect(bank?.merges).toBe((bank?.networks ?? 0) - 1);
    expect(bank?.merges ?? 0).toBeGreaterThan(10);
    expect(bank?.chance ?? 0).toBeLessThan(bank?.merges ?? 0);
  });
});
