import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WALLET_TYPES } from '../src/model/identifier-types/wallets/wallet-types.js';
import { Rng } from './generate-corpus-random.js';
import { generateNetworks } from './generate-networks.js';
import { mutateStem } from './generate-networks-handles.js';
import { parseKnobs } from './generate-networks-knobs.js';
import { accountKey } from './generate-networks-persona.js';
import type { NetworkDocument, TruthAccount, TruthHub, TruthObject, TruthRecord } from './generate-networks-types.js';
import { writeNetworkFiles } from './generate-networks-write.js';

function split(seed: number, accounts: number) {
  const documents: NetworkDocument[] = [];
  const truth: TruthRecord[] = [];
  for (const item of generateNetworks({ seed, accounts })) {
    if (item.kind === 'document') documents.push(item.record);
    else truth.push(item.record);
  }
  const of = <T extends TruthRecord['type']>(type: T) =>
    truth.filter((r): r is Extract<TruthRecord, { type: T }> => r.type === type);
  return { documents, truth, accounts: of('account'), objects: of('object'), hubs: of('hub'), networks: of('network') };
}

const world = split(7, 3000);
const byKey = new Map<string, TruthAccount>(world.accounts.map((a) => [a.account, a]));
const byId = new Map(world.documents.map((d) => [d.id, d]));
const authorKind = (d: NetworkDocument) => byKey.get(accountKey(d.platform, d.author));

describe('generateNetworks', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = JSON.stringify([...generateNetworks({ seed: 3, accounts: 400 })]);
    expect(JSON.stringify([...generateNetworks({ seed: 3, accounts: 400 })])).toBe(a);
    expect(JSON.stringify([...generateNetworks({ seed: 4, accounts: 400 })])).not.toBe(a);
  });

  it('writes exactly the requested number of accounts, each with its posts, and nothing else', () => {
    expect(world.accounts).toHaveLength(3000);
    expect(byKey.size).toBe(3000);
    const posts = new Map<string, number>();
    for (const d of world.documents) {
      const key = accountKey(d.platform, d.author);
      posts.set(key, (posts.get(key) ?? 0) + 1);
    }
    expect(posts.size).toBe(3000);
    for (const a of world.accounts) expect(posts.get(a.account), a.account).toBe(a.documents);
  });

  it('keys accounts as the ingest does: the id when the post shows one, else the lower-case handle', () => {
    for (const a of world.accounts) {
      expect(a.account).toBe(a.id === undefined ? `${a.platform}:${a.handle}` : `${a.platform}:${a.id}`);
      if (a.handle !== undefined) expect(a.handle).toBe(a.handle.toLowerCase());
    }
    // Some accounts are seen both with and without their id: two keys, one object.
    const keysPerObject = new Map<string, number>();
    for (const a of world.accounts) keysPerObject.set(a.object, (keysPerObject.get(a.object) ?? 0) + 1);
    expect(world.objects.every((o) => o.accounts === keysPerObject.get(o.object))).toBe(true);
  });

  it('uses unique ids that do not follow generation order, and replies within a thread after their parent', () => {
    expect(byId.size).toBe(world.documents.length);
    expect(world.documents.every((d) => /^net-[0-9a-f]{8}$/.test(d.id) && d.synthetic)).toBe(true);
    const replies = world.documents.filter((d) => d.reply_to !== undefined);
    expect(replies.length).toBeGreaterThan(world.documents.length * 0.1);
    for (const r of replies) {
      const parent = byId.get(r.reply_to ?? '');
      expect(parent?.thread, r.id).toBe(r.thread);
      expect(Date.parse(r.published_at)).toBeGreaterThanOrEqual(Date.parse(parent?.published_at ?? ''));
    }
    expect(world.documents.every((d) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(d.published_at))).toBe(true);
  });

  it('cannot point at real accounts: handles end in _syn, links stay on t.me/wa.me with such handles', () => {
    for (const d of world.documents) {
      if (d.author.handle !== undefined) expect(d.author.handle).toMatch(/_syn$/);
      for (const [mention] of d.text.matchAll(/@[a-z0-9_]+/g)) expect(mention, d.text).toMatch(/_syn(_bot)?$/);
      for (const [url] of d.text.matchAll(/\b(?:https?:\/\/)?[a-z.]+\.(?:me|com|kz|ru|org)\/[^\s,]*/g)) {
        expect(url, d.text).toMatch(/^(?:https:\/\/)?(?:t\.me\/[a-z0-9_]+_syn|wa\.me\/7\d{10})$/);
      }
      if (d.forwarded_from !== undefined) expect(d.forwarded_from).toMatch(/^[a-z0-9_]+_syn$/);
      for (const image of d.images ?? []) expect(image).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('plants phones as Kazakh mobiles and wallets that pass the extractors’ checksums', () => {
    const ids = [...world.objects.flatMap((o) => o.identifiers), ...world.hubs.map((h) => h.identifier)];
    const phones = ids.filter((i) => i.type === 'phone');
    expect(phones.length).toBeGreaterThan(100);
    expect(phones.every((p) => /^\+77\d{9}$/.test(p.value))).toBe(true);
    const wallets = ids.filter((i) => i.type.endsWith('_address'));
    expect(new Set(wallets.map((w) => w.type))).toEqual(new Set(['tron_address', 'btc_address', 'eth_address']));
    for (const w of wallets) {
      const type = WALLET_TYPES.find((t) => t.name === w.type);
      expect(type?.clean(w.value, { defaultRegion: 'KZ' }), w.value).toBe(w.value);
    }
  });

  it('builds networks of a multi-account shop, operators and couriers recruited through its posts', () => {
    const drug = world.accounts.filter((a) => a.network_kind === 'drug');
    const shops = world.objects.filter((o) => o.kind === 'shop');
    expect(shops.length).toBeGreaterThan(5);
    expect(shops.every((s) => s.accounts >= 2)).toBe(true);
    expect(new Set(drug.map((a) => a.kind))).toEqual(new Set(['shop', 'operator', 'courier']));
    // Every courier's first post answers a post of its own network.
    const couriers = world.documents.filter((d) => authorKind(d)?.kind === 'courier' && d.reply_to !== undefined);
    const answered = couriers.filter((d) => {
      const parent = byId.get(d.reply_to ?? '');
      return parent !== undefined && authorKind(parent)?.network === authorKind(d)?.network;
    });
    expect(answered.length).toBeGreaterThan(couriers.length * 0.5);
  });

  it('chains a shop’s numbers across its accounts', () => {
    const shopPhones = new Map<string, Set<string>>();
    for (const d of world.documents) {
      const account = authorKind(d);
      if (account?.kind !== 'shop' || d.forwarded_from !== undefined) continue;
      for (const [digits] of d.text.matchAll(/7\d{2}[ ()-]*\d{3}[ -]*\d{2}[ -]*\d{2}/g)) {
        const phone = digits.replace(/\D/g, '');
        const set = shopPhones.get(phone) ?? new Set<string>();
        set.add(account.account);
        shopPhones.set(phone, set);
      }
    }
    expect([...shopPhones.values()].filter((accounts) => accounts.size >= 2).length).toBeGreaterThan(10);
  });

  it('has hubs mentioned across many networks, drug and benign alike', () => {
    const hubs: TruthHub[] = world.hubs;
    expect(hubs.length).toBeGreaterThanOrEqual(8);
    expect(hubs.filter((h) => h.networks >= 20).length).toBeGreaterThanOrEqual(6);
    expect(hubs.some((h) => h.drug_networks >= 3 && h.networks - h.drug_networks >= 10)).toBe(true);
    const users = world.accounts.filter((a) => (a.hubs?.length ?? 0) > 0);
    expect(new Set(users.map((a) => a.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('includes the confusers: shared customers, forwards by outsiders, complaints quoting shops', () => {
    const objectOf = new Map<string, TruthObject>(world.objects.map((o) => [o.object, o]));
    expect([...objectOf.values()].some((o) => o.kind === 'legit-seller' && o.accounts >= 2)).toBe(true);
    const forwards = world.documents.filter((d) => d.forwarded_from !== undefined);
    expect(forwards.some((d) => authorKind(d)?.network_kind === 'benign' && /_syn$/.test(d.forwarded_from ?? ''))).toBe(
      true,
    );
    const complaints = world.documents.filter((d) => authorKind(d)?.kind === 'bystander' && /@\w+_syn/.test(d.text));
    expect(complaints.length).toBeGreaterThan(5);
  });
});

describe('knobs', () => {
  it('refuses unknown knobs and impossible values, and shapes the world with the rest', () => {
    expect(() => parseKnobs({ cloneRate: 0.5 })).toThrow(/knobs/);
    expect(() => parseKnobs({ drugShare: 0.8, legitShare: 0.2 })).toThrow(/bystanders/);
    expect(() => parseKnobs({ couriers: [5, 2] })).toThrow(/min <= max/);
    const knobs = parseKnobs({ clone: 0.5, drugShare: 0.5 });
    const networks = [...generateNetworks({ seed: 9, accounts: 2000, knobs })].flatMap((item) =>
      item.kind === 'truth' && item.record.type === 'network' && item.record.network_kind === 'drug'
        ? [item.record]
        : [],
    );
    expect(networks.filter((n) => n.template === 'clone').length).toBeGreaterThan(networks.length * 0.3);
  });
});

describe('mutateStem', () => {
  it('makes a small edit that stays a valid Telegram username stem', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const stem = mutateStem(rng, 'shop_almaty24');
      expect(stem).not.toBe('');
      expect(`${stem}_syn`).toMatch(/^[a-z][a-z0-9_]{3,30}[a-z0-9]$/);
      expect(stem).not.toContain('__');
    }
  });
});

describe('writeNetworkFiles', () => {
  it('writes the documents in publication order and the truth beside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-networks-'));
    try {
      const counts = writeNetworkFiles(generateNetworks({ seed: 5, accounts: 600 }), dir);
      const lines = readFileSync(join(dir, 'documents.jsonl'), 'utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(counts.documents);
      const times = lines.map((line) => Date.parse(String(JSON.parse(line).published_at)));
      expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
      const expected = [...generateNetworks({ seed: 5, accounts: 600 })].flatMap((item) =>
        item.kind === 'document' ? [JSON.stringify(item.record)] : [],
      );
      expect(new Set(lines)).toEqual(new Set(expected));
      const truth = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trimEnd().split('\n');
      expect(truth).toHaveLength(counts.truth);
      expect(truth.filter((line) => line.startsWith('{"type":"account"'))).toHaveLength(600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
