import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { phoneType } from './phone.js';

const clean = (raw: string) => phoneType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('phone identifier type', () => {
  it.each([
    ['8 707 123 45 67', '+77071234567'],
    ['8 707 123-45-67', '+77071234567'],
    ['+7(777)1234567', '+77771234567'],
    ['+7 (777) 123-45-67', '+77771234567'],
    ['87011234567', '+77011234567'],
    ['77011234567', '+77011234567'],
    ['7011234567', '+77011234567'],
    ['8.701.123.45.67', '+77011234567'],
    ['8 (7172) 55-12-34', '+77172551234'],
    ['8-7О7-123-45-67', '+77071234567'],
    ['8-7o7-123-45-67', '+77071234567'],
    ['8 7O7 l23 45 67', '+77071234567'],
    ['8 707 12З 45 б7', '+77071234567'],
    ['8\u00a0707\u00a0123\u00a045\u00a067', '+77071234567'],
    ['8707\u200b1234567', '+77071234567'],
    ['８７０７１２３４５６７', '+77071234567'],
    ['89161234567', '+79161234567'],
    ['+996 555 123 456', '+996555123456'],
    ['  +77071234567  ', '+77071234567'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    '2024',
    '5000 тг',
    '12.05.2024',
    '900101300123',
    '850101300123',
    '4111 1111 1111 1111',
    '123',
    '',
    'позвони',
    'ООО ЗОЛОТО',
    '8 7ОО ООО ОО ОО',
    '+7 707 123 45 67 доб. 5',
    '7+7071234567',
    '1'.repeat(100),
  ])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });

  it.each([
    ['wa.me/77071234567', '+77071234567'],
    ['https://wa.me/996555123456', '+996555123456'],
    ['https://wa.me/+998901234567', '+998901234567'],
    ['wa.me/c/77071234567', '+77071234567'],
    ['https://api.whatsapp.com/send?phone=77071234567', '+77071234567'],
    ['https://api.whatsapp.com/send/?phone=%2B996555123456&text&type=phone_number', '+996555123456'],
    ['web.whatsapp.com/send?text=%D0%B4%D0%B0&phone=79161234567', '+79161234567'],
    ['hxxps://wa[.]me/77071234567', '+77071234567'],
    ['wa точка me/77071234567', '+77071234567'],
    // WhatsApp will not open a national number, but the reader of the post dials it.
    ['wa.me/87071234567', '+77071234567'],
  ])('reads the number of the WhatsApp link %j', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    'wa.me/message/ABCDEF123456',
    'wa.me/12345',
    'chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv',
    'api.whatsapp.com/send?text=77071234567',
    'evilwa.me/77071234567',
    'https://shop.kz/send?phone=77071234567',
  ])('reads no number from %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });

  it('reads a WhatsApp link with an international number the same in any region', () => {
    expect(phoneType.clean('wa.me/996555123456', { defaultRegion: 'KG' })).toBe('+996555123456');
    expect(phoneType.clean('wa.me/996555123456', { defaultRegion: 'RU' })).toBe('+996555123456');
  });

  it('describes a number by its country and line type', () => {
    const describe = (value: string) => phoneType.describe?.(value);
    expect(describe('+77071234567')).toEqual({ country: 'KZ', line_type: 'mobile' });
    expect(describe('+77172551234')).toEqual({ country: 'KZ', line_type: 'fixed_line' });
    expect(describe('+79161234567')).toEqual({ country: 'RU', line_type: 'mobile' });
    expect(describe('+996312123456')).toEqual({ country: 'KG', line_type: 'fixed_line' });
    expect(describe('+78001234567')).toEqual({ country: 'RU', line_type: 'toll_free' });
    expect(describe('+80012345678')).toEqual({ line_type: 'toll_free' });
    expect(describe('87071234567')).toEqual({});
    expect(describe('junk')).toEqual({});
  });

  it('reads national numbers in the context region', () => {
    expect(phoneType.clean('0555 123 456', { defaultRegion: 'KG' })).toBe('+996555123456');
    expect(phoneType.clean('0555 123 456', DEFAULT_CLEAN_CONTEXT)).toBeNull();
  });

  it('still reads international numbers when the region is unknown', () => {
    expect(phoneType.clean('+77071234567', { defaultRegion: 'XX' })).toBe('+77071234567');
    expect(phoneType.clean('87071234567', { defaultRegion: 'XX' })).toBeNull();
  });

  it('validates only normalised E.164 values', () => {
    expect(phoneType.validate('+77071234567')).toBe(true);
    expect(phoneType.validate('87071234567')).toBe(false);
    expect(phoneType.validate('+7707123456')).toBe(false);
  });

  it('is idempotent', () => {
    expect(clean('+77071234567')).toBe('+77071234567');
  });

  it('reads plain digits the same with or without the normaliser', () => {
    // A zero-width space sends the same number through the normaliser, which drops it.
    const lead = fc.constantFrom('', '8 70', '+7 70', '87', '+996 55', '7');
    const plain = fc.tuple(lead, fc.stringMatching(/^[0-9 ().-]{1,14}$/)).map(([a, b]) => `${a}${b}`);
    fc.assert(
      fc.property(plain, fc.nat(), (raw, at) => {
        const cut = 1 + (at % raw.length);
        expect(clean(`${raw.slice(0, cut)}\u200b${raw.slice(cut)}`)).toBe(clean(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
