import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectorItem, ConnectorOptions } from '../../../core/plugin.js';
import { readAll as readItemsOf, tempFile as tempFileIn } from '../connector.test-helper.js';
import telegram from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-telegram-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPORTS = '/work/shared/data/telegram-desktop-exports';
const REAL_FILES = readdirSync(EXPORTS)
  .filter((name) => name.endsWith('.result.json'))
  .map((name) => join(EXPORTS, name));
const options: ConnectorOptions = { fieldMap: {}, defaultPlatform: null };

const tempFile = (content: string): string => tempFileIn(dir, content, 'result.json');

const readAll = (path: string, cursor: string | null = null): Promise<ConnectorItem[]> =>
  readItemsOf(telegram, path, cursor, options);

function messagesOf(path: string): unknown[] {
  const parsed: { messages: unknown[] } = JSON.parse(readFileSync(path, 'utf8'));
  return parsed.messages;
}

const FULL_EXPORT = JSON.stringify(
  {
    about: 'Here is the data you requested.',
    personal_information: { user_id: 1, first_name: 'Me' },
    contacts: { about: 'c', list: [{ first_name: 'A', phone_number: '+7 700', date: '2020-01-01T00:00:00' }] },
    other_data: { messages: [{ id: 999, text: 'not a chat' }] },
    chats: {
      about: 'chats',
      list: [
        {
          name: 'Закладки',
          type: 'private_group',
          id: 11,
          messages: [
            {
              id: 1,
              type: 'message',
              date: '2024-01-01T10:00:00',
              date_unixtime: '1704103200',
              from: 'A',
              from_id: 'user5',
              text: 'первое',
            },
            {
              id: 2,
              type: 'service',
              date: '2024-01-01T10:01:00',
              actor: 'A',
              actor_id: 'user5',
              action: 'pin_message',
              text: '',
            },
          ],
        },
        {
          type: 'saved_messages',
          id: 12,
          messages: [
            { id: 3, type: 'message', date: '2024-01-02T00:00:00', from: 'Me', from_id: 'user1', text: 'note' },
          ],
        },
      ],
    },
    left_chats: {
      about: 'left',
      list: [
        {
          name: 'Old',
          type: 'public_channel',
          id: 13,
          messages: [{ id: 4, type: 'message', date: '2023-01-01T00:00:00', text: 'left' }],
        },
      ],
    },
  },
  null,
  1,
);

describe('telegram-desktop connector', () => {
  it('declares itself', () => {
    expect(telegram.meta).toMatchObject({ kind: 'connector', id: 'telegram-desktop', version: '1.0.0' });
    expect(telegram.meta.produces).toEqual(['capture', 'document', 'account']);
  });

  it('reads every message of the 14 real exports as a record', async () => {
    let records = 0;
    let bad = 0;
    let deletedAuthors = 0;
    for (const path of REAL_FILES) {
      const messages = messagesOf(path);
      const items = await readAll(path);
      for (const item of items) {
        if (item.kind === 'bad') {
          bad++;
          continue;
        }
        records++;
        expect(item.document.author?.platformId).toMatch(/^user\d+$/);
        if (item.document.author?.displayName === null) deletedAuthors++;
      }
      // Captured bytes parse back to the very message in the file.
      const recordItems = items.filter((item) => item.kind === 'record');
      for (const index of [0, Math.floor(messages.length / 2), messages.length - 1]) {
        const item = recordItems[index];
        expect(item && JSON.parse(new TextDecoder().decode(item.bytes))).toEqual(messages[index]);
      }
    }
    expect(REAL_FILES).toHaveLength(14);
    expect(records).toBe(1179);
    expect(bad).toBe(0);
    expect(deletedAuthors).toBe(56);
  });

  it('keeps the quirks of real messages: entity arrays, stickers, polls, U+FE0F names', async () => {
    const byId = new Map<string, ConnectorItem>();
    for (const path of REAL_FILES) {
      for (const item of await readAll(path)) {
        if (item.kind === 'record' && item.origin.kind === 'export') byId.set(item.origin.itemId, item);
      }
    }
    const doc = (id: string) => {
      const item = byId.get(id);
      return item?.kind === 'record' ? item.document : null;
    };
    expect(doc('235876')?.body).toMatch(/^Pak terangin dong\n\nread committed => naon\?/);
    expect(doc('10837')).toMatchObject({ body: '✨', extra: { media_type: 'sticker' } });
    expect(doc('632576')?.body).toBe(
      'Apakah Anda tahu kalau SSL certificate bisa digunakan selain untuk keperluan website (https)?\nTahu\nTidak',
    );
    expect(doc('95377')?.author?.displayName).toBe('Ronny Gunawan \uFE0F');
    expect(doc('10821')?.extra.links).toBe('https://howtoprofessionallysay.akashrajpurohit.com/');
    expect(doc('249636')).toMatchObject({ threadKey: 'telegram:1712691810', parentExternalId: '249630' });
    const item = byId.get('249636');
    expect(item?.kind === 'record' && item.origin).toMatchObject({ kind: 'export', exportId: '1712691810' });
  });

  it('resumes a real export from any cursor with exactly the remaining records', async () => {
    const path = REAL_FILES[0] ?? '';
    const all = await readAll(path);
    for (const cut of [0, 1, Math.floor(all.length / 2), all.length - 2, all.length - 1]) {
      expect(await readAll(path, all[cut]?.cursor ?? null)).toEqual(all.slice(cut + 1));
    }
  });

  it('reads chats and left chats of a full-account export, and nothing else', async () => {
    const path = tempFile(FULL_EXPORT);
    const items = await readAll(path);
    expect(
      items.map((item) =>
        item.kind === 'record' && item.origin.kind === 'export'
          ? `${item.origin.exportId}/${item.origin.itemId}`
          : 'bad',
      ),
    ).toEqual(['11/1', '11/2', '12/3', '13/4']);
    for (let cut = 0; cut < items.length; cut++) {
      expect(await readAll(path, items[cut]?.cursor ?? null)).toEqual(items.slice(cut + 1));
    }
    const saved = items[2];
    expect(saved?.kind === 'record' && saved.document.extra).toMatchObject({
      chat_name: null,
      chat_type: 'saved_messages',
    });
  });

  it('reports a malformed message with its index and reads on', async () => {
    const text =
      '{"name":"c","type":"personal_chat","id":1,"messages":[{"id":1,"text":"a"},{"text":"no id"},[1],{"id":4,"text":"d"}]}';
    const items = await readAll(tempFile(text));
    expect(items.map((item) => (item.kind === 'bad' ? item.reason : item.document.body))).toEqual([
      'a',
      'message at index 1 of chat 1: the message has no integer id',
      'message at index 2 of chat 1: the element is a JSON array, not a message',
      'd',
    ]);
  });

  it('reports a truncated export after its complete messages', async () => {
    const items = await readAll(
      tempFile('{"name":"c","type":"personal_chat","id":1,"messages":[{"id":1,"text":"a"},{"id":2,"te'),
    );
    expect(items.map((item) => item.kind)).toEqual(['record', 'bad']);
    const last = items[1];
    expect(last?.kind === 'bad' && last.reason).toMatch(/truncated/);
    expect(last?.cursor).toBe(items[0]?.cursor);
  });

  it('still reads a chat whose header comes after its messages, naming it by its place', async () => {
    const [item] = await readAll(tempFile('{"messages":[{"id":1,"text":"a"}],"name":"c","id":5}'));
    expect(item?.kind === 'record' && [item.origin, item.document.threadKey]).toEqual([
      { kind: 'export', path: expect.any(String), exportId: 'path:root', itemId: '1' },
      null,
    ]);
  });

  it('reads an export saved with a byte order mark', async () => {
    const items = await readAll(
      tempFile('\uFEFF{"name":"c","type":"personal_chat","id":1,"messages":[{"id":1,"text":"a"}]}'),
    );
    expect(items.map((item) => item.kind)).toEqual(['record']);
  });

  it('gives one bad item for a file that is not JSON', async () => {
    const items = await readAll(tempFile('id,text\n1,hello\n'));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'bad' && items[0].reason).toMatch(/^not a readable Telegram export/);
  });
});
