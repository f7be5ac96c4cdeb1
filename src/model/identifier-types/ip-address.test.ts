import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { cleanAny } from './index.js';
import { ipAddressType, isPublicIpv4 } from './ip-address.js';

const clean = (raw: string) => ipAddressType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('IPv4 identifier type', () => {
  it('cleans plain and defanged dotted quads', () => {
    expect(clean(' 8.8.8.8 ')).toBe('8.8.8.8');
    expect(clean('8.8.8[.]8')).toBe('8.8.8.8');
    expect(clean('8.8.8.08')).toBeNull();
    expect(clean('8.8.8')).toBeNull();
    expect(clean('::1')).toBeNull();
  });

  it('keeps private addresses as values but tells them apart', () => {
    expect(clean('192.168.1.1')).toBe('192.168.1.1');
    expect(isPublicIpv4('192.168.1.1')).toBe(false);
    expect(isPublicIpv4('100.64.1.1')).toBe(false);
    expect(isPublicIpv4('8.8.8.8')).toBe(true);
  });

  it('reads a searched IP as an address and as a link to it', () => {
    expect(cleanAny('185.22.67.14', DEFAULT_CLEAN_CONTEXT)).toEqual([
      { type: 'url', value: 'https://185.22.67.14' },
      { type: 'ip_address', value: '185.22.67.14' },
    ]);
  });
});
