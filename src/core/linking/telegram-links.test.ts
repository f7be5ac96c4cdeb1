import { describe, expect, it } from 'vitest';
import { account, post } from './link-fixtures.test-helper.js';
import type { LinkResult } from './link-result.js';
import { runLinking } from './run-linking.js';
import { telegramLinkedHandles } from './telegram-links.js';

const url = (value: string) => ({ id: value, type: 'url', value, uses: [] });
const objectOf = (result: LinkResult, n: number) => result.objects.find((o) => o.accountIds.includes(account(n).id));

describe('telegramLinkedHandles', () => {
  it('reads the handle of t.me, telegram.me and channel web-view links, not invites', () => {
    const handles = telegramLinkedHandles([
      url('https://t.me/Kapitan_Plus24'),
      url('t.me/s/news_channel'),
      url('https://telegram.me/shop_a?start=1'),
      url('https://t.me/+AbCdEf123'),
      url('https://t.me/joinchat/AbCdEf'),
      url('https://example.com/t.me/x'),
      { id: 'h', type: 'telegram', value: 'handle_only', uses: [] },
    ]);
    expect([...handles].sort()).toEqual(['kapitan_plus24', 'news_channel', 'shop_a']);
  });
});

describe('runLinking and Telegram links', () => {
  it('does not let a t.me link address another platform`s account of that name', () => {
    const channel: [string, string][] = [
      ['telegram', 'brand'],
      ['url', 'https://t.me/brand'],
    ];
    const docs = [
      post(0, 10, { identifiers: [['phone', '+77010000031'], ...channel], trade: true }),
      post(1, 10, { identifiers: [['phone', '+77010000032']], trade: true }),
    ];
    const accounts = [account(0, 'shop_a'), account(1, 'brand', 'vk')];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    expect(objectOf(result, 0)?.network).not.toBe(objectOf(result, 1)?.network);
  });

  it('still lets a bare @name address a seller`s VK account', () => {
    const docs = [
      post(0, 10, {
        identifiers: [
          ['phone', '+77010000033'],
          ['telegram', 'brand'],
        ],
        trade: true,
      }),
      post(1, 10, { identifiers: [['phone', '+77010000034']], trade: true }),
    ];
    const accounts = [account(0, 'shop_a'), account(1, 'brand', 'vk')];
    const result = runLinking({ accounts, documents: docs, judgements: [] });
    expect(objectOf(result, 0)?.network).toBe(objectOf(result, 1)?.network);
  });
});
