import { describe, expect, it } from 'vitest';
import type { DocumentField } from '../plugin.js';
import { resolveFieldMap } from './field-map.js';
import { draftFromRecord, imageHashesOf, type SourceRecord } from './record-draft.js';

const map = resolveFieldMap({});
const options = { fieldMap: {}, defaultPlatform: null };

function record(values: Partial<Record<DocumentField, unknown>>, extra = {}): SourceRecord {
  return { get: (field) => values[field], numberText: (value) => String(value), extra };
}

describe('draftFromRecord', () => {
  it('builds a draft from the mapped fields', () => {
    const result = draftFromRecord(
      record(
        {
          id: 17,
          text: 'продам',
          title: 'T',
          url: 'https://t.me/x/1',
          author: '@Seller',
          platform: ' Telegram ',
          published_at: '2024-01-02T03:04:05+03:00',
        },
        { views: 10 },
      ),
      map,
      options,
    );
    expect(result).toEqual({
      ok: true,
      draft: {
        externalId: '17',
        platform: 'telegram',
        url: 'https://t.me/x/1',
        author: { platform: 'telegram', platformId: null, handle: 'seller', displayName: '@Seller' },
        publishedAt: '2024-01-02T00:04:05.000Z',
        publishedAtIsLocal: false,
        language: null,
        title: 'T',
        body: 'продам',
        threadKey: null,
        parentExternalId: null,
        forwardedFrom: null,
        imageHashes: [],
        extra: { views: 10 },
      },
    });
  });

  it('reads the thread (namespaced by platform), the reply, the forward and the image hashes', () => {
    const result = draftFromRecord(
      record({
        text: 'x',
        platform: 'vk',
        thread: 'almaty_board',
        reply_to: 12,
        forwarded_from: 'shop_syn',
        images: ['00000000000000ff'],
      }),
      map,
      options,
    );
    const again = draftFromRecord(record({ text: 'x', platform: 'vk', thread: 'vk:almaty_board' }), map, options);
    expect(result.ok && result.draft).toMatchObject({
      threadKey: 'vk:almaty_board',
      parentExternalId: '12',
      forwardedFrom: 'shop_syn',
      imageHashes: ['00000000000000ff'],
    });
    expect(again.ok && again.draft.threadKey).toBe('vk:almaty_board');
  });

  it('refuses a record without a string text, naming the source field', () => {
    expect(draftFromRecord(record({}), resolveFieldMap({ text: 'msg' }), options)).toEqual({
      ok: false,
      reason: 'no text: the record has no value for "msg"',
    });
    expect(draftFromRecord(record({ text: 5 }), map, options)).toEqual({
      ok: false,
      reason: '"text" is a number, not a string',
    });
  });

  it('falls back to the default platform, then to file', () => {
    const withDefault = draftFromRecord(record({ text: '' }), map, { fieldMap: {}, defaultPlatform: 'vk' });
    expect(withDefault.ok && withDefault.draft.platform).toBe('vk');
    const bare = draftFromRecord(record({ text: '' }), map, options);
    expect(bare.ok && bare.draft.platform).toBe('file');
  });

  it('keeps an unreadable date raw in extra', () => {
    const result = draftFromRecord(record({ text: 'x', published_at: 'вчера' }), map, options);
    expect(result.ok && result.draft.publishedAt).toBeNull();
    expect(result.ok && result.draft.extra).toEqual({ published_at_raw: 'вчера' });
  });

  it('reads blank optional fields as absent', () => {
    const result = draftFromRecord(record({ text: 'x', id: ' ', title: '', url: {} }), map, options);
    expect(result.ok && [result.draft.externalId, result.draft.title, result.draft.url]).toEqual([null, null, null]);
  });
});

describe('imageHashesOf', () => {
  it('keeps 16-hex-digit hashes from an array or a list, lower-cased and once each', () => {
    expect(imageHashesOf(['ABCDEF0123456789', 'abcdef0123456789', 'zz', 7])).toEqual(['abcdef0123456789']);
    expect(imageHashesOf('0123456789abcdef, fedcba9876543210')).toEqual(['0123456789abcdef', 'fedcba9876543210']);
    expect(imageHashesOf(null)).toEqual([]);
    expect(imageHashesOf('not a hash')).toEqual([]);
  });
});
