import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectorItem, ConnectorOptions } from '../../../core/plugin.js';
import { readAll as readItemsOf, tempFile as tempFileIn } from '../connector.test-helper.js';
import jsonl from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: ConnectorOptions = { fieldMap: {}, defaultPlatform: null };

const tempFile = (content: string): string => tempFileIn(dir, content, 'posts.jsonl');

const readAll = (path: string, cursor: string | null = null, opts = options): Promise<ConnectorItem[]> =>
  readItemsOf(jsonl, path, cursor, opts);

const LINES = [
  '{"id":1,"text":"Продаю 🍀 недорого","published_at":"2024-05-01T12:00:00+05:00","author":"@Dealer"}',
  '',
  '{"id":"a2","text":"second","published_at":1714564800}',
  '{"text": not json}',
  '{"id":3,"title":"no text"}',
  '{"id":4,"text":"local time","published_at":"2024-05-01 08:00:00"}',
  '{"id":5,"text":"bad date","published_at":"первое мая"}',
];

describe('jsonl connector', () => {
  it('declares itself', () => {
    expect(jsonl.meta).toMatchObject({ kind: 'connector', id: 'jsonl', version: '1.0.0', consumes: ['file:jsonl'] });
  });

  it('reads records, skips blank lines and reports bad lines with their numbers', async () => {
    const path = tempFile(`${LINES.join('\r\n')}\n`);
    const items = await readAll(path);
    expect(items.map((item) => (item.kind === 'record' ? item.document.externalId : `bad@${item.line}`))).toEqual([
      '1',
      'a2',
      'bad@4',
      'bad@5',
      '4',
      '5',
    ]);
    const [first, second, badJson, noText, local, badDate] = items;
    expect(first?.kind === 'record' && first.document).toMatchObject({
      body: 'Продаю 🍀 недорого',
      platform: 'file',
      publishedAt: '2024-05-01T07:00:00.000Z',
      publishedAtIsLocal: false,
      author: { handle: 'dealer', displayName: '@Dealer' },
    });
    expect(second?.kind === 'record' && second.document.publishedAt).toBe('2024-05-01T12:00:00.000Z');
    expect(badJson?.kind === 'bad' && badJson.reason).toMatch(/^invalid JSON/);
    expect(noText?.kind === 'bad' && noText.reason).toMatch(/no text/);
    expect(local?.kind === 'record' && local.document).toMatchObject({
      publishedAt: '2024-05-01T08:00:00.000Z',
      publishedAtIsLocal: true,
    });
    expect(badDate?.kind === 'record' && badDate.document).toMatchObject({
      publishedAt: null,
      extra: { published_at_raw: 'первое мая' },
    });
  });

  it('captures the exact bytes of each line, with origin pointing at them', async () => {
    const path = tempFile(`\uFEFF${LINES.join('\n')}`);
    const file = readFileSync(path);
    for (const item of await readAll(path)) {
      if (item.kind !== 'record') continue;
      expect(item.mediaType).toBe('application/json');
      expect(item.origin.kind).toBe('file');
      if (item.origin.kind !== 'file') continue;
      const at = item.origin.byteOffset;
      expect(Buffer.from(item.bytes)).toEqual(file.subarray(at, at + item.bytes.length));
      expect(file[at + item.bytes.length] ?? 0x0a).toBe(0x0a);
      expect(new TextDecoder().decode(item.bytes)).toBe(LINES[item.origin.line - 1]);
    }
  });

  it('uses the default platform and the field map', async () => {
    const path = tempFile('{"msg":"hi","who":{"name":"Ann"},"platform":""}\n');
    const [item] = await readAll(path, null, {
      fieldMap: { text: 'msg', author: 'who.name' },
      defaultPlatform: 'forum',
    });
    expect(item?.kind === 'record' && item.document).toMatchObject({
      body: 'hi',
      platform: 'forum',
      author: { platform: 'forum', displayName: 'Ann', handle: 'ann' },
      extra: { who: '{"name":"Ann"}' },
    });
  });

  it('resumes from any cursor with exactly the remaining items', async () => {
    const path = tempFile(LINES.join('\n'));
    const all = await readAll(path);
    for (let cut = 0; cut < all.length; cut++) {
      const rest = await readAll(path, all[cut]?.cursor ?? null);
      expect(rest).toEqual(all.slice(cut + 1));
    }
  });

  it('refuses a cursor from another connector', async () => {
    const path = tempFile(LINES.join('\n'));
    await expect(readAll(path, 'csv:{"offset":0,"line":1}')).rejects.toThrow(/not a jsonl cursor/);
  });
});
