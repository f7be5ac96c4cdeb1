import { describe, expect, it } from 'vitest';
import { account, post } from './link-fixtures.test-helper.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';

/** Buyers, forwarders and complainers quote a seller's contacts; none of that makes them the seller or its staff. */
const objectOf = (result: LinkResult, n: number) => result.objects.find((o) => o.accountIds.includes(account(n).id));

describe('runLinking and a seller audience', () => {
  it('does not give a forwarder the contacts of the post it forwarded', () => {
    const phone: [string, string] = ['phone', '+77010000011'];
    const docs = [
      post(0, 10, { identifiers: [phone], trade: true }),
      post(1, 11, { identifiers: [phone], trade: true, forwardedFrom: 'shop_a' }),
    ];
    const result = runLinking({ accounts: [account(0, 'shop_a'), account(1)], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.id).not.toBe(objectOf(result, 0)?.id);
  });

  it('merges the accounts offering a contact, not those who only quote it', () => {
    const bot: [string, string] = ['telegram', 'shop_a_bot'];
    const docs = [
      post(0, 10, { identifiers: [bot], trade: true }),
      post(1, 12, { identifiers: [bot], trade: true }),
      post(2, 13, { identifiers: [bot] }),
    ];
    const result = runLinking({ accounts: [account(0), account(1), account(2)], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.id).toBe(objectOf(result, 0)?.id);
    expect(objectOf(result, 2)?.id).not.toBe(objectOf(result, 0)?.id);
  });

  it('keeps a buyer who forwards and names a shop out of its network', () => {
    const docs = [
      post(0, 10, { identifiers: [['phone', '+77010000012']], trade: true }),
      post(1, 11, { identifiers: [['phone', '+77010000012']], trade: true, forwardedFrom: 'shop_a' }),
      post(1, 12, { identifiers: [['telegram', 'shop_a']] }),
      post(1, 13, { trade: true }),
    ];
    const result = runLinking({ accounts: [account(0, 'shop_a'), account(1)], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.network).not.toBe(objectOf(result, 0)?.network);
  });

  it('puts the operator a shop names as its contact in the shop`s network', () => {
    const docs = [
      post(0, 10, {
        identifiers: [
          ['phone', '+77010000016'],
          ['telegram', 'op_a'],
        ],
        trade: true,
      }),
      post(1, 11, { identifiers: [] }),
    ];
    const result = runLinking({ accounts: [account(0), account(1, 'op_a')], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.id).not.toBe(objectOf(result, 0)?.id);
    expect(objectOf(result, 1)?.network).toBe(objectOf(result, 0)?.network);
  });

  it('ties no one through a handle two unrelated accounts hold', () => {
    const accounts = [account(0, 'brand', 'instagram'), account(1, 'brand', 'vk'), account(2, 'seller')];
    const offer = (n: number, day: number, phone: string, extra: [string, string][] = []) =>
      post(n, day, { identifiers: [['phone', phone], ...extra], trade: true });
    const docs = [
      offer(0, 10, '+77010000013'),
      offer(1, 10, '+77010000014'),
      offer(2, 11, '+77010000015', [['telegram', 'brand']]),
    ];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    const networks = new Set([0, 1, 2].map((n) => objectOf(result, n)?.network));
    expect(networks.size).toBe(3);
  });

  it('keeps whoever warns about or reports a recruiter out of its network, and takes in an applicant', () => {
    const handle: [string, string] = ['telegram', 'op_b'];
    const recruiting = post(0, 10, { identifiers: [handle], trade: true, recruitment: true });
    const docs = [
      recruiting,
      post(1, 11, { replyTo: recruiting.externalId ?? '' }),
      post(2, 11, { identifiers: [handle], replyTo: recruiting.externalId ?? '' }),
      post(3, 12, { identifiers: [handle] }),
    ];
    const accounts = [account(0, 'op_b'), account(1), account(2), account(3)];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    const network = (n: number) => objectOf(result, n)?.network;
    expect(network(1)).toBe(network(0));
    expect(network(2)).not.toBe(network(0));
    expect(network(3)).not.toBe(network(0));
  });

  it('keeps whoever answers a recruitment post with a warning out of its network', () => {
    const recruiting = post(0, 10, { identifiers: [['telegram', 'op_c']], trade: true, recruitment: true });
    const docs = [
      recruiting,
      post(1, 11, { replyTo: recruiting.externalId ?? '', warning: true }),
      post(2, 11, { replyTo: recruiting.externalId ?? '' }),
    ];
    const result = runLinking({
      accounts: [account(0, 'op_c'), account(1), account(2)],
      documents: docs,
      judgements: [],
    });
    expect(objectOf(result, 1)?.network).not.toBe(objectOf(result, 0)?.network);
    expect(objectOf(result, 2)?.network).toBe(objectOf(result, 0)?.network);
  });
});
