import { describe, expect, it } from 'vitest';
import { account, post } from './link-fixtures.test-helper.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';

/** Posts that warn against or disown a contact (`warning`) name it without offering it. */
const objectOf = (result: LinkResult, n: number) => result.objects.find((o) => o.accountIds.includes(account(n).id));

describe('runLinking and warnings', () => {
  it('does not let a warning the classifier took for a sale tie the shops it names', () => {
    const docs = [
      post(0, 10, { identifiers: [['phone', '+77010000021']], trade: true }),
      post(1, 10, { identifiers: [['phone', '+77010000022']], trade: true }),
      post(2, 11, { identifiers: [['telegram', 'shop_a']], trade: true, warning: true }),
      post(2, 12, { identifiers: [['telegram', 'shop_b']], trade: true, warning: true }),
    ];
    const accounts = [account(0, 'shop_a'), account(1, 'shop_b'), account(2)];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    const networks = new Set([0, 1, 2].map((n) => objectOf(result, n)?.network));
    expect(networks.size).toBe(3);
  });

  it('does not merge two people who only warn against the same contact', () => {
    const scam: [string, string] = ['telegram', 'scam_shop'];
    const docs = [
      post(0, 10, { identifiers: [scam], warning: true }),
      post(0, 11, { identifiers: [['phone', '+77010000023']], trade: true }),
      post(1, 12, { identifiers: [scam], trade: true, warning: true }),
    ];
    const result = runLinking({ accounts: [account(0), account(1)], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.id).not.toBe(objectOf(result, 0)?.id);
  });

  it('still merges two accounts offering one contact when one of them also warns about it', () => {
    const bot: [string, string] = ['telegram', 'shop_c_bot'];
    const docs = [
      post(0, 10, { identifiers: [bot], trade: true }),
      post(1, 11, { identifiers: [bot], trade: true }),
      post(1, 12, { identifiers: [bot], trade: true, warning: true }),
    ];
    const result = runLinking({ accounts: [account(0), account(1)], documents: docs, judgements: [] });
    expect(objectOf(result, 1)?.id).toBe(objectOf(result, 0)?.id);
  });
});
