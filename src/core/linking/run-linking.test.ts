import { describe, expect, it } from 'vitest';
import { account, post as postWith } from './link-fixtures.test-helper.js';
import type { Judgement, LinkAccount, LinkDocument } from './link-input.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';

const post = (author: number, day: number, identifiers: readonly [string, string][]): LinkDocument =>
  postWith(author, day, { identifiers });

function objectOf(result: LinkResult, n: number): string | undefined {
  return result.objects.find((o) => o.accountIds.includes(account(n).id))?.id;
}

const accounts = (n: number): LinkAccount[] => Array.from({ length: n }, (_, i) => account(i));
const judge = (a: number, b: number, verdict: Judgement['verdict']): Judgement => ({
  accountA: account(a).id,
  accountB: account(b).id,
  verdict,
  note: null,
  decidedAt: '2026-01-01T00:00:00.000Z',
});

describe('runLinking', () => {
  it('merges accounts on an unshared phone used in the same months', () => {
    const docs = [post(0, 10, [['phone', '+77010000001']]), post(1, 20, [['phone', '+77010000001']])];
    const result = runLinking({ accounts: accounts(3), documents: docs, judgements: [] });
    expect(objectOf(result, 0)).toBe(objectOf(result, 1));
    expect(objectOf(result, 2)).not.toBe(objectOf(result, 0));
    const link = result.links.find((l) => l.type === 'shared-identifier');
    expect(link?.evidenceDocumentIds).toEqual(['doc_1', 'doc_2']);
  });

  it('does not merge the holders of a recycled phone', () => {
    const docs = [post(0, 10, [['phone', '+77010000002']]), post(1, 400, [['phone', '+77010000002']])];
    const result = runLinking({ accounts: accounts(2), documents: docs, judgements: [] });
    expect(objectOf(result, 0)).not.toBe(objectOf(result, 1));
  });

  it('never merges on a hub, and reports it', () => {
    const docs = accounts(40).map((_, i) => post(i, i, [['phone', '+77010000003']]));
    const result = runLinking({ accounts: accounts(40), documents: docs, judgements: [] });
    expect(result.objects).toHaveLength(40);
    expect(new Set(result.objects.map((o) => o.network)).size).toBe(40);
    expect(result.hubs.map((h) => h.value)).toEqual(['+77010000003']);
  });

  it('lets a judgement override the machine, the latest judgement of a pair in force', () => {
    const docs = [post(0, 10, [['phone', '+77010000004']]), post(1, 11, [['phone', '+77010000004']])];
    const split = runLinking({ accounts: accounts(3), documents: docs, judgements: [judge(0, 1, 'different')] });
    expect(objectOf(split, 0)).not.toBe(objectOf(split, 1));
    const forced = runLinking({ accounts: accounts(3), documents: docs, judgements: [judge(0, 2, 'same')] });
    expect(objectOf(forced, 0)).toBe(objectOf(forced, 2));
    expect(objectOf(forced, 1)).toBe(objectOf(forced, 2));
    const changed = runLinking({
      accounts: accounts(3),
      documents: docs,
      judgements: [judge(0, 1, 'different'), judge(1, 0, 'unsure')],
    });
    expect(objectOf(changed, 0)).toBe(objectOf(changed, 1));
  });

  it('gives the same objects and ids whatever the input order', () => {
    const docs = [
      post(0, 10, [['phone', '+77010000005']]),
      post(1, 12, [['phone', '+77010000005']]),
      post(2, 13, [['btc_address', 'bc1qexample']]),
      post(3, 14, [['btc_address', 'bc1qexample']]),
    ];
    const a = runLinking({ accounts: accounts(4), documents: docs, judgements: [] });
    const b = runLinking({ accounts: accounts(4).reverse(), documents: [...docs].reverse(), judgements: [] });
    expect(b.objects).toEqual(a.objects);
  });
});
