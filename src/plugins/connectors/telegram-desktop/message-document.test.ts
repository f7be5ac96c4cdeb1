import { describe, expect, it } from 'vitest';
import { chatContext } from './chat-context.js';
import { messageDraft } from './message-document.js';

const chat = chatContext({ name: 'Shop', type: 'public_channel', id: 99 }, ['messages']);

describe('messageDraft', () => {
  it('maps a current-format message', () => {
    const message = {
      id: 10837,
      type: 'message',
      date: '2022-06-05T15:51:26',
      date_unixtime: '1654419086',
      edited: '2022-06-05T16:02:30',
      edited_unixtime: '1654419750',
      from: null,
      from_id: 'user1168523623',
      reply_to_message_id: 10800,
      forwarded_from: 'Other',
      via_bot: '@gif',
      photo: 'photos/p.jpg',
      text: [{ type: 'link', text: 'https://x.example' }, ' цена'],
    };
    expect(messageDraft(message, chat)).toEqual({
      ok: true,
      itemId: '10837',
      draft: {
        externalId: '10837',
        platform: 'telegram',
        url: null,
        author: { platform: 'telegram', platformId: 'user1168523623', handle: null, displayName: null },
        publishedAt: '2022-06-05T08:51:26.000Z',
        publishedAtIsLocal: false,
        language: null,
        title: null,
        body: 'https://x.example цена',
        threadKey: 'telegram:99',
        parentExternalId: '10800',
        forwardedFrom: 'Other',
        imageHashes: [],
        extra: {
          type: 'message',
          has_photo: true,
          chat_name: 'Shop',
          chat_type: 'public_channel',
          forwarded_from: 'Other',
          via_bot: '@gif',
          edited: '2022-06-05T09:02:30.000Z',
          links: 'https://x.example',
        },
      },
    });
  });

  it('reads older exports: wall-clock dates and numeric from_id', () => {
    const result = messageDraft(
      { id: 5, type: 'message', date: '2019-01-02T03:04:05', from: 'A', from_id: 42, text: '' },
      chat,
    );
    expect(result.ok && result.draft).toMatchObject({
      publishedAt: '2019-01-02T03:04:05.000Z',
      publishedAtIsLocal: true,
      author: { platformId: 'user42', displayName: 'A' },
      body: '',
    });
  });

  it('takes the author of a service message from actor', () => {
    const service = {
      id: 7,
      type: 'service',
      date: '2023-01-01T00:00:00',
      actor: 'Mod',
      actor_id: 'user1',
      action: 'pin_message',
      text: '',
    };
    const result = messageDraft(service, chat);
    expect(result.ok && result.draft.author).toEqual({
      platform: 'telegram',
      platformId: 'user1',
      handle: null,
      displayName: 'Mod',
    });
    expect(result.ok && result.draft.extra).toMatchObject({ type: 'service', action: 'pin_message' });
  });

  it('keeps an unreadable date raw', () => {
    const result = messageDraft({ id: 1, date: 'soon' }, chat);
    expect(result.ok && [result.draft.publishedAt, result.draft.extra.published_at_raw]).toEqual([null, 'soon']);
  });

  it.each([
    [[1, 2], /JSON array, not a message/],
    ['x', /JSON string, not a message/],
    [{ type: 'message', text: 'no id' }, /no integer id/],
    [{ id: 1.5 }, /no integer id/],
  ])('refuses %j', (value, reason) => {
    const result = messageDraft(value, chat);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
