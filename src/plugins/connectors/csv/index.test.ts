import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectorItem, ConnectorOptions } from '../../../core/plugin.js';
import { readAll as readItemsOf, tempFile as tempFileIn } from '../connector.test-helper.js';
import csv from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'qyran-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: ConnectorOptions = { fieldMap: {}, defaultPlatform: null };

const tempFile = (content: string, name = 'posts.csv'): string => tempFileIn(dir, content, name);

const readAll = (path: string, cursor: string | null = null, opts = options): Promise<ConnectorItem[]> =>
  readItemsOf(csv, path, cursor, opts);

const summary = (items: readonly ConnectorItem[]) =>
  items.map((item) => (item.kind === 'record' ? item.document.externalId : `bad@${item.line}`));

const SEMICOLON_FILE =
  '\uFEFFid;text;author;published_at;views\r\n' +
  '1;"Продам шишки; опт\r\nписать в лс ""срочно""";@Shop_KZ;2024-05-01T10:00:00Z;15\r\n' +
  '2;короткий;Иван Петров;1714564800;3\r\n' +
  '3;лишнее;поле;x;1;2\r\n' +
  '\r\n' +
  '4;;nobody;;0\r\n' +
  '5;"a""b";x;позавчера;7';

describe('csv connector', () => {
  it('declares itself', () => {
    expect(csv.meta).toMatchObject({ kind: 'connector', id: 'csv', version: '1.0.0', consumes: ['file:csv'] });
  });

  it('reads records with a detected delimiter and reports bad ones with their lines', async () => {
    const items = await readAll(tempFile(SEMICOLON_FILE));
    expect(summary(items)).toEqual(['1', '2', 'bad@5', 'bad@7', '5']);
    const [first, second, wrongCount, noText, last] = items;
    expect(first?.kind === 'record' && first.document).toMatchObject({
      body: 'Продам шишки; опт\r\nписать в лс "срочно"',
      author: { handle: 'shop_kz', displayName: '@Shop_KZ' },
      publishedAt: '2024-05-01T10:00:00.000Z',
      extra: { views: '15' },
    });
    expect(second?.kind === 'record' && second.document.author).toMatchObject({
      handle: null,
      displayName: 'Иван Петров',
    });
    expect(wrongCount?.kind === 'bad' && wrongCount.reason).toBe('the record has 6 fields, the header has 5');
    expect(noText?.kind === 'bad' && noText.reason).toMatch(/no text/);
    expect(last?.kind === 'record' && last.document.extra).toEqual({ views: '7', published_at_raw: 'позавчера' });
  });

  it('captures the exact bytes of each record, multi-line and multi-byte included', async () => {
    const path = tempFile(SEMICOLON_FILE);
    const file = readFileSync(path);
    const records = (await readAll(path)).filter((item) => item.kind === 'record');
    const offsetOf = (text: string) => file.indexOf(Buffer.from(text));
    expect(records.map((item) => item.origin)).toEqual([
      { kind: 'file', path, line: 2, byteOffset: offsetOf('1;"Продам') },
      { kind: 'file', path, line: 4, byteOffset: offsetOf('2;короткий') },
      { kind: 'file', path, line: 8, byteOffset: offsetOf('5;"a""b"') },
    ]);
    for (const item of records) {
      expect(item.mediaType).toBe('text/csv');
      if (item.origin.kind !== 'file') continue;
      const at = item.origin.byteOffset;
      expect(Buffer.from(item.bytes)).toEqual(file.subarray(at, at + item.bytes.length));
    }
    const first = records[0];
    expect(first && new TextDecoder().decode(first.bytes)).toBe(
      '1;"Продам шишки; опт\r\nписать в лс ""срочно""";@Shop_KZ;2024-05-01T10:00:00Z;15',
    );
  });

  it('reads tab-separated files and maps fields', async () => {
    const path = tempFile('post\tmsg\tsite\nA1\tпривет\tVK\n', 'posts.tsv');
    const [item] = await readAll(path, null, {
      fieldMap: { id: 'post', text: 'msg', platform: 'site' },
      defaultPlatform: null,
    });
    expect(item?.kind === 'record' && item.document).toMatchObject({
      externalId: 'A1',
      body: 'привет',
      platform: 'vk',
    });
  });

  it('resumes from any cursor with exactly the remaining items', async () => {
    const path = tempFile(SEMICOLON_FILE);
    const all = await readAll(path);
    for (let cut = 0; cut < all.length; cut++) {
      expect(await readAll(path, all[cut]?.cursor ?? null)).toEqual(all.slice(cut + 1));
    }
  });

  it('stops with one bad item when the header has no text column', async () => {
    const items = await readAll(tempFile('id,body\n1,x\n2,y\n'));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'bad' && items[0].reason).toMatch(/header has no "text" column \(columns: id, body\)/);
  });

  it('reports an empty file', async () => {
    const items = await readAll(tempFile(''));
    expect(items.map((item) => item.kind === 'bad' && item.reason)).toEqual([
      'the file is empty: a header row is required',
    ]);
  });

  it('reports a broken quote and reads on', async () => {
    const items = await readAll(tempFile('id,text\n1,a"b\n2,ok\n'));
    expect(summary(items)).toEqual(['bad@2', '2']);
    expect(items[0]?.kind === 'bad' && items[0].reason).toMatch(/quote opens in the middle/);
  });
});
