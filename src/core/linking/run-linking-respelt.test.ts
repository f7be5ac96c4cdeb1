import { describe, expect, it } from 'vitest';
import { account, post } from './link-fixtures.test-helper.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';

const objectOf = (result: LinkResult, n: number) => result.objects.find((o) => o.accountIds.includes(account(n).id));

describe('runLinking and a respelt handle', () => {
  it('ties nobody through a handle that another account advertises as a respelling of its own', () => {
    const op: [string, string] = ['telegram', 'baronsupport'];
    const accounts = [
      account(0, 'baron_support', 'vk'),
      account(1, 'baron_market'),
      account(2, 'baronsupport'),
      account(3, 'baron_kz'),
    ];
    const docs = [
      post(0, 10, { identifiers: [op], trade: true }),
      post(1, 10, { identifiers: [op, ['phone', '+77010000041']], trade: true }),
      post(2, 11, { identifiers: [['phone', '+77010000042']], trade: true }),
      post(3, 11, { identifiers: [op, ['phone', '+77010000043']], trade: true }),
    ];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.network).not.toBe(objectOf(result, 3)?.network);
  });

  it('still ties a shop to the operator whose handle it advertises', () => {
    const accounts = [account(0, 'op_one'), account(1, 'shop_one')];
    const docs = [
      post(0, 10, { identifiers: [['phone', '+77010000044']], trade: true }),
      post(1, 10, {
        identifiers: [
          ['telegram', 'op_one'],
          ['phone', '+77010000045'],
        ],
        trade: true,
      }),
    ];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.network).toBe(objectOf(result, 0)?.network);
  });
});
