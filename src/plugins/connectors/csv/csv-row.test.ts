import { describe, expect, it } from 'vitest';
import { resolveFieldMap } from '../../../core/source/field-map.js';
import { layoutFor } from './csv-layout.js';
import { draftFromRow } from './csv-row.js';

const options = { fieldMap: {}, defaultPlatform: 'vk' };

describe('csv layout and rows', () => {
  const map = resolveFieldMap({ text: 'message' });
  const layout = layoutFor(['id', 'message', 'likes', '', 'published_at'], map);

  it('locates mapped fields and keeps the other columns for extra', () => {
    expect(layout.fieldColumn).toMatchObject({ id: 0, text: 1, published_at: 4, author: -1 });
    expect(layout.extraColumns).toEqual([
      ['likes', 2],
      ['column_4', 3],
    ]);
  });

  it('builds a draft with strings as given', () => {
    const result = draftFromRow(['007', 'Закладки', '3', '', '1714564800'], layout, map, options);
    expect(result).toMatchObject({
      ok: true,
      draft: {
        externalId: '007',
        body: 'Закладки',
        platform: 'vk',
        publishedAt: '2024-05-01T12:00:00.000Z',
        extra: { likes: '3', column_4: '' },
      },
    });
  });

  it('refuses a row with the wrong number of fields or an empty text', () => {
    expect(draftFromRow(['1', 'x'], layout, map, options)).toEqual({
      ok: false,
      reason: 'the record has 2 fields, the header has 5',
    });
    expect(draftFromRow(['1', '', '', '', ''], layout, map, options)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no text/),
    });
  });
});
