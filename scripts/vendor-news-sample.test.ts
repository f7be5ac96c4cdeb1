import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseLabels, parsePosts, selectSample } from './vendor-news-sample.js';

const posts = parsePosts(
  '1001234567890_messages.json',
  JSON.stringify([
    { message_id: 3, sender_id: -1001234567890, text: 'третий', date: '2024-10-03T00:00:00+00:00', channel: 'Канал' },
    {
      message_id: 1,
      sender_id: -1001234567890,
      text: 'первый пост',
      date: '2024-10-01T00:00:00+00:00',
      channel: 'Канал',
    },
    { message_id: 2, sender_id: -1001234567890, text: '', date: '2024-10-02T00:00:00+00:00', channel: 'Канал' },
    {
      message_id: 4,
      sender_id: -1001234567890,
      text: 'четвёртый',
      date: '2024-10-04T00:00:00+00:00',
      channel: 'Канал',
    },
  ]),
);

describe('vendor-news-sample', () => {
  it('drops posts without text', () => {
    expect(posts.map((p) => p.messageId)).toEqual([3, 1, 4]);
  });

  it('keeps labelled posts, fills up deterministically and derives Telegram links', () => {
    const sha = createHash('sha256').update('первый пост').digest('hex').slice(0, 16);
    const labels = parseLabels(`file\tmessage_id\tsha256_16\tlabel\n1001234567890_messages.json\t1\t${sha}\tmention\n`);
    const sample = selectSample(posts, labels, 2);
    expect(sample).toHaveLength(2);
    expect(sample[0]).toEqual({
      id: 'tg-1234567890-1',
      platform: 'telegram',
      published_at: '2024-10-01T00:00:00+00:00',
      author: 'Канал',
      url: 'https://t.me/c/1234567890/1',
      text: 'первый пост',
      label: 'mention',
    });
    expect(sample[1]?.label).toBeUndefined();
    expect(selectSample(posts, labels, 2)).toEqual(sample);
  });

  it('refuses labels whose text no longer matches', () => {
    const labels = parseLabels(`h\n1001234567890_messages.json\t1\t${'0'.repeat(16)}\tnone\n`);
    expect(() => selectSample(posts, labels, 2)).toThrow(/does not match/);
  });
});
