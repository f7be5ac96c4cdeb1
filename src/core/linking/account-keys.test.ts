import { describe, expect, it } from 'vitest';
import { ownAddresses, ownPhone, respells } from './account-keys.js';
import type { LinkAccount } from './link-input.js';

const account = (platform: string, platformId: string | null, handle: string | null = null): LinkAccount => ({
  id: `acc_${platform}_${platformId ?? handle}`,
  platform,
  platformId,
  handle,
  displayName: null,
});

describe('an account’s own addresses', () => {
  it('reads a WhatsApp account id as the phone the phone type would extract', () => {
    expect(ownPhone(account('whatsapp', '77071234567'))).toBe('+77071234567');
    expect(ownPhone(account('whatsapp', '+77071234567'))).toBe('+77071234567');
  });

  it('takes no phone from an id that is no valid number, or from another platform', () => {
    expect(ownPhone(account('whatsapp', '12345678'))).toBeNull();
    expect(ownPhone(account('whatsapp', '70000000000'))).toBeNull();
    expect(ownPhone(account('telegram', '77071234567'))).toBeNull();
  });

  it('addresses a handle on any platform and as the platform’s own account', () => {
    expect(ownAddresses(account('instagram', null, 'shop_kz'))).toEqual([
      { type: 'telegram', value: 'shop_kz' },
      { type: 'platform_account', value: 'instagram:shop_kz' },
    ]);
  });

  it('tells a respelt handle from the same one', () => {
    expect(respells('baron_support', 'baronsupport')).toBe(true);
    expect(respells('baron_support', 'baron_support')).toBe(false);
    expect(respells(null, 'baronsupport')).toBe(false);
  });
});
