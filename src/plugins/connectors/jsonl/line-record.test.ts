import { describe, expect, it } from 'vitest';
import { resolveFieldMap } from '../../../core/source/field-map.js';
import { draftFromLine } from './line-record.js';

const encoder = new TextEncoder();
const options = { fieldMap: {}, defaultPlatform: null };

function draft(line: string, fieldMap = {}) {
  return draftFromLine(encoder.encode(line), resolveFieldMap(fieldMap), { ...options, fieldMap });
}

describe('draftFromLine', () => {
  it('maps fields through dotted paths and keeps the rest in extra', () => {
    const result = draft(
      '{"post_id":1674835763123456789,"body":"Продам","user":{"name":"@Shop_1","id":5},"lang":"ru","geo":{"lat":1}}',
      { id: 'post_id', text: 'body', author: 'user.name' },
    );
    expect(result).toMatchObject({
      ok: true,
      draft: {
        externalId: '1674835763123456789',
        body: 'Продам',
        author: { platform: 'file', platformId: null, handle: 'shop_1', displayName: '@Shop_1' },
        extra: { lang: 'ru', geo: '{"lat":1}', user: '{"name":"@Shop_1","id":5}' },
      },
    });
  });

  it('reads an author object', () => {
    const result = draft('{"text":"x","platform":"vk","author":{"id":12,"handle":"Seller","name":"S"}}');
    expect(result?.ok && result.draft.author).toEqual({
      platform: 'vk',
      platformId: '12',
      handle: 'seller',
      displayName: 'S',
    });
  });

  it('skips blank lines', () => {
    expect(draft('   \t')).toBeNull();
  });

  it.each([
    ['{"text": "x"', /^invalid JSON: /],
    ['[1,2]', /is a JSON array, not an object/],
    ['"text"', /is a JSON string, not an object/],
    ['{"id": 1}', /no text: the record has no value for "text"/],
    ['{"text": null}', /"text" is null, not a string/],
    ['{"text": ["a"]}', /"text" is an array, not a string/],
  ])('refuses %s', (line, reason) => {
    const result = draft(line);
    expect(result?.ok).toBe(false);
    expect(result?.ok === false && result.reason).toMatch(reason);
  });
});
