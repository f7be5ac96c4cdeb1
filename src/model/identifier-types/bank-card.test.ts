import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { bankCardType, cardIssuer, cardNetwork } from './bank-card.js';

const clean = (raw: string) => bankCardType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('bank card identifier type', () => {
  it.each([
    ['4400 4301 2345 6789', '440043******6789'],
    ['4400-4301-2345-6789', '440043******6789'],
    ['4400\u00a04301\u00a02345\u00a06789', '440043******6789'],
    ['4400430123456789', '440043******6789'],
    ['2202 2000 0000 0008', '220220******0008'],
    ['3782 822463 10005', '378282*****0005'],
    ['4400 43** **** 6789', '440043******6789'],
  ])('masks %j as %s', (raw, value) => {
    expect(clean(raw)).toBe(value);
  });

  it.each([
    ['a Luhn failure', '4400 4301 2345 6788'],
    ['a number no network issues', '7707 1234 5678 9010'],
    ['a telecom-range number', '8707 1234 5678 9016'],
    ['too short', '4400 4301 2345'],
    ['too long', '4400 4301 2345 6789 0123 4'],
    ['letters inside', '4400 43O1 2345 6786'],
    ['a mask hiding the BIN', '**** **** **** 6789'],
  ])('rejects %s', (_, raw) => {
    expect(clean(raw)).toBeNull();
  });

  it('validates only the masked form, so a full number is never stored', () => {
    expect(bankCardType.validate('440043******6789')).toBe(true);
    expect(bankCardType.validate('4400430123456789')).toBe(false);
  });

  it('names the network by the longest prefix', () => {
    expect(cardNetwork('440043******6789')).toBe('visa');
    expect(cardNetwork('220220******0008')).toBe('mir');
    expect(cardNetwork('222100******0000')).toBe('mastercard');
    expect(cardNetwork('601100******0000')).toBe('discover');
    expect(cardNetwork('860012******0000')).toBe('uzcard');
    expect(cardNetwork('770712******0000')).toBeNull();
  });

  it('names the issuer where data/bin-ranges.csv knows the BIN', () => {
    expect(cardIssuer('440043******6789')).toEqual({ issuer: 'Kaspi Bank', country: 'KZ' });
    expect(cardIssuer('427601******0000')).toEqual({ issuer: 'Sberbank', country: 'RU' });
    expect(cardIssuer('220220******0008')).toEqual({ issuer: 'Sberbank', country: 'RU' });
    expect(cardIssuer('411111******1111')).toBeNull();
    expect(cardIssuer('not a card')).toBeNull();
  });

  it('describes a stored value by its network and, where known, its issuer', () => {
    expect(bankCardType.describe?.('440043******6789')).toEqual({
      network: 'visa',
      issuer: 'Kaspi Bank',
      issuer_country: 'KZ',
    });
    expect(bankCardType.describe?.('411111******1111')).toEqual({ network: 'visa' });
    expect(bankCardType.describe?.('4400430123456789')).toEqual({});
    expect(bankCardType.describe?.('junk')).toEqual({});
  });
});
