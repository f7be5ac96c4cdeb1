import { describe, expect, it } from 'vitest';
import { accountFromValue, handleFrom } from './account.js';

const plain = (value: number): string => String(value);

describe('handleFrom', () => {
  it.each([
    ['@Shop_KZ', 'shop_kz'],
    ['john.doe', 'john.doe'],
    ['ab', null],
    ['John Doe', null],
    ['@магазин', null],
    [' @Abc ', 'abc'],
    ['@@abc', null],
    ['ab-c', null],
    ['@ab', null],
    ['a'.repeat(64), 'a'.repeat(64)],
    ['a'.repeat(65), null],
  ])('%s -> %s', (text, handle) => {
    expect(handleFrom(text)).toBe(handle);
  });
});

describe('accountFromValue', () => {
  it('reads a string as display name, and as handle when it looks like one', () => {
    expect(accountFromValue('@Dealer_01', 'vk', plain)).toEqual({
      platform: 'vk',
      platformId: null,
      handle: 'dealer_01',
      displayName: '@Dealer_01',
    });
    expect(accountFromValue('Иван Петров', 'vk', plain)).toEqual({
      platform: 'vk',
      platformId: null,
      handle: null,
      displayName: 'Иван Петров',
    });
  });

  it('reads an object with id, handle and name (and their common aliases)', () => {
    expect(accountFromValue({ id: 42, handle: '@Shop', name: 'Shop' }, 'x', plain)).toEqual({
      platform: 'x',
      platformId: '42',
      handle: 'shop',
      displayName: 'Shop',
    });
    expect(accountFromValue({ username: 'shop', displayname: 'S' }, 'x', plain)).toMatchObject({
      handle: 'shop',
      displayName: 'S',
    });
  });

  it('renders numeric ids through the exact-number hook', () => {
    const account = accountFromValue({ id: 2 ** 60 }, 'x', () => 'exact');
    expect(account?.platformId).toBe('exact');
  });

  it('gives null when nothing identifies an account', () => {
    for (const value of [undefined, null, '', '  ', 7, [], { age: 3 }])
      expect(accountFromValue(value, 'x', plain)).toBeNull();
  });
});
