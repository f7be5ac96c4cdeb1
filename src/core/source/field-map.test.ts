import { describe, expect, it } from 'vitest';
import { lastSegment, resolveFieldMap, valueAtPath } from './field-map.js';

describe('resolveFieldMap', () => {
  it('reads unmapped fields from source fields of the same name', () => {
    expect(resolveFieldMap({ text: 'message', author: 'user.name' })).toEqual({
      id: 'id',
      text: 'message',
      title: 'title',
      url: 'url',
      author: 'user.name',
      platform: 'platform',
      published_at: 'published_at',
      thread: 'thread',
      reply_to: 'reply_to',
      forwarded_from: 'forwarded_from',
      images: 'images',
    });
  });
});

describe('valueAtPath', () => {
  const record = { user: { name: 'Ann', tags: ['a', 'b'] }, 'user.name': 'flat', n: 0 };

  it('prefers a key that contains the dots, then walks nested objects and arrays', () => {
    expect(valueAtPath(record, 'user.name')).toBe('flat');
    expect(valueAtPath({ user: { name: 'Ann' } }, 'user.name')).toBe('Ann');
    expect(valueAtPath(record, 'user.tags.1')).toBe('b');
    expect(valueAtPath(record, 'n')).toBe(0);
  });

  it('gives undefined for a missing path and never reaches the prototype', () => {
    expect(valueAtPath(record, 'user.age')).toBeUndefined();
    expect(valueAtPath(record, 'n.x')).toBeUndefined();
    expect(valueAtPath(record, 'constructor')).toBeUndefined();
    expect(valueAtPath(record, 'user.toString')).toBeUndefined();
  });
});

describe('lastSegment', () => {
  it('is the key the value carries in the source', () => {
    expect(lastSegment('user.id')).toBe('id');
    expect(lastSegment('id')).toBe('id');
  });
});
