import { describe, expect, it } from 'vitest';
import { parseDate, readPublishedAt } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-05T10:20:30Z', '2024-03-05T10:20:30.000Z', false],
    ['2024-03-05T10:20:30.123456+05:00', '2024-03-05T05:20:30.123Z', false],
    ['2024-03-05 10:20:30 -0130', '2024-03-05T11:50:30.000Z', false],
    ['2024-03-05T10:20+03', '2024-03-05T07:20:00.000Z', false],
    ['2024-03-05T10:20:30', '2024-03-05T10:20:30.000Z', true],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', true],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z', false],
    ['2025-04-08T19:48:57.000Z', '2025-04-08T19:48:57.000Z', false],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z', false],
    ['0000-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', false],
    ['2025-04-08T19:48:57.000z', '2025-04-08T19:48:57.000Z', false],
    ['2025-04-08 19:48:57.000Z', '2025-04-08T19:48:57.000Z', false],
    [' 2025-04-08T19:48:57.000Z', '2025-04-08T19:48:57.000Z', false],
  ])('reads ISO 8601 %s', (text, iso, isLocal) => {
    expect(parseDate(text)).toEqual({ iso, isLocal });
  });

  it.each([
    [1674835763, '2023-01-27T16:09:23.000Z'],
    [1674835763123, '2023-01-27T16:09:23.123Z'],
    ['1674835763', '2023-01-27T16:09:23.000Z'],
    [' 1674835763.5 ', '2023-01-27T16:09:23.500Z'],
    [0, '1970-01-01T00:00:00.000Z'],
  ])('reads unix time %s as seconds or milliseconds by magnitude', (value, iso) => {
    expect(parseDate(value)).toEqual({ iso, isLocal: false });
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-04-31T00:00:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T10:60:00Z',
    '2023-02-29T00:00:00.000Z',
    '2024-00-10T00:00:00.000Z',
    '2024-01-01T23:59:60.000Z',
    '2024-01-01T23:5a:00.000Z',
    'yesterday',
    'Tue, 01 Jan 2024 10:00:00 +0000',
    '',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e20,
    true,
    {},
  ])('refuses %s', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe('readPublishedAt', () => {
  it('treats a missing or blank value as unknown, without a raw copy', () => {
    for (const value of [undefined, null, '', '  ']) {
      expect(readPublishedAt(value)).toEqual({ publishedAt: null, publishedAtIsLocal: false, raw: null });
    }
  });

  it('keeps an unreadable value raw', () => {
    expect(readPublishedAt('last Tuesday')).toEqual({
      publishedAt: null,
      publishedAtIsLocal: false,
      raw: 'last Tuesday',
    });
    expect(readPublishedAt({ y: 2024 }).raw).toBe('{"y":2024}');
  });

  it('flags wall-clock times', () => {
    expect(readPublishedAt('2022-04-05T17:11:27')).toEqual({
      publishedAt: '2022-04-05T17:11:27.000Z',
      publishedAtIsLocal: true,
      raw: null,
    });
  });
});
