import { describe, expect, it } from 'vitest';
import { isMessagesArray } from './export-paths.js';

describe('isMessagesArray', () => {
  it.each([
    [['messages'], true],
    [['chats', 'list', 0, 'messages'], true],
    [['left_chats', 'list', 12, 'messages'], true],
    [['chats', 'list', 'x', 'messages'], false],
    [['contacts', 'list', 0, 'messages'], false],
    [['other_data', 'messages'], false],
    [['chats', 'list', 0, 'messages', 0, 'messages'], false],
    [[], false],
  ])('%j -> %s', (path, expected) => {
    expect(isMessagesArray(path)).toBe(expected);
  });
});
