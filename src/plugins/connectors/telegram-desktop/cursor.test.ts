import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../core/source/cursor.js';
import { decodeTelegramCursor, encodeTelegramCursor } from './cursor.js';

const snapshot = {
  offset: 1234,
  line: 56,
  path: ['chats', 'list', 2, 'messages', 17],
  header: { name: 'Чат "1"', type: 'private_group', id: 42 },
};

describe('telegram cursor', () => {
  it('writes what the shared encoder would, and reads it back', () => {
    const cursor = encodeTelegramCursor(snapshot);
    expect(cursor).toBe(encodeCursor('telegram-desktop', { at: snapshot }));
    expect(decodeTelegramCursor(cursor)).toEqual(snapshot);
    expect(decodeTelegramCursor(encodeTelegramCursor(null))).toBeNull();
  });

  it('refuses a cursor that does not point into a messages array', () => {
    const elsewhere = encodeCursor('telegram-desktop', { at: { ...snapshot, path: ['contacts', 'list', 3] } });
    expect(() => decodeTelegramCursor(elsewhere)).toThrow(/does not point into a messages array/);
    expect(() => decodeTelegramCursor('jsonl:{"offset":0,"line":1}')).toThrow(/not a telegram-desktop cursor/);
  });
});
