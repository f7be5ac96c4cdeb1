import { describe, expect, it } from 'vitest';
import { chatContext } from './chat-context.js';

describe('chatContext', () => {
  it('reads the chat header Telegram writes before the messages', () => {
    expect(chatContext({ name: 'Чат', type: 'private_supergroup', id: 1712691810 }, ['messages'])).toEqual({
      exportId: '1712691810',
      threadKey: 'telegram:1712691810',
      name: 'Чат',
      type: 'private_supergroup',
    });
  });

  it('names a chat whose id is unknown by its place in the file', () => {
    expect(chatContext({ name: 'x' }, ['chats', 'list', 3, 'messages'])).toEqual({
      exportId: 'path:chats.list.3',
      threadKey: null,
      name: 'x',
      type: null,
    });
    expect(chatContext({}, ['messages']).exportId).toBe('path:root');
  });
});
