import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessagesArray } from './export-paths.js';
import type { PathSegment, ScanSnapshot } from './frame-stack.js';
import { JsonArrayScanner, type ScanEvent } from './json-array-scanner.js';

const EXPORTS = '/work/shared/data/telegram-desktop-exports';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const messagesOnly = (path: readonly PathSegment[]): boolean => path.length === 1 && path[0] === 'messages';
const options = { isTarget: messagesOnly, maxElementBytes: 1024 * 1024 };

function scan(bytes: Uint8Array, sizes: () => number = () => bytes.length, resume: ScanSnapshot | null = null) {
  const scanner = new JsonArrayScanner(options, resume ?? 0);
  const events: ScanEvent[] = [];
  for (let at = resume?.offset ?? 0; at < bytes.length; ) {
    const size = Math.max(1, sizes());
    events.push(...scanner.push(bytes.subarray(at, at + size)));
    at += size;
  }
  events.push(...scanner.end());
  return events;
}

function slices(events: readonly ScanEvent[]): string[] {
  return events.flatMap((event) => (event.kind === 'element' ? [decoder.decode(event.bytes)] : []));
}

/** Deterministic pseudo-random chunk sizes in 1..7, so a failure can be replayed. */
function randomSizes(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 1 + (state % 7);
  };
}

const realFiles = readdirSync(EXPORTS)
  .filter((name) => name.endsWith('.result.json'))
  .map((name) => join(EXPORTS, name));

describe('JsonArrayScanner', () => {
  it('yields each element as its exact bytes, with the header read before the array', () => {
    const text = '{"name":"Чат \\"x\\"","id":7,"messages":[ {"id":1,"t":"a]}"} ,"s\\\\",12,{"n":[1,{"a":[]}]}],"z":1}';
    const events = scan(encoder.encode(text));
    expect(slices(events)).toEqual(['{"id":1,"t":"a]}"}', '"s\\\\"', '12', '{"n":[1,{"a":[]}]}']);
    const first = events[0];
    expect(first?.kind === 'element' && first.header).toEqual({ name: 'Чат "x"', id: 7 });
    expect(events.every((event) => event.kind === 'element')).toBe(true);
  });

  it('gives byte offsets and lines that point at the element in the file', () => {
    const text = '{\n"id": 1,\n"messages": [\n  {"id": "ё"},\n  {"id": 2}\n]\n}\n';
    const bytes = encoder.encode(text);
    const elements = scan(bytes).filter((event) => event.kind === 'element');
    expect(elements.map((event) => event.line)).toEqual([4, 5]);
    for (const event of elements) {
      expect(Buffer.from(bytes.subarray(event.offset, event.offset + event.bytes.length))).toEqual(
        Buffer.from(event.bytes),
      );
    }
  });

  it.each(realFiles)('cuts %s into the same slices whatever the chunk sizes', (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const whole = slices(scan(bytes));
    const parsed: unknown = JSON.parse(decoder.decode(bytes));
    const expected = typeof parsed === 'object' && parsed !== null && 'messages' in parsed ? parsed.messages : null;
    expect(whole.map((slice) => JSON.parse(slice))).toEqual(expected);
    for (const seed of [1, 2, 3]) expect(slices(scan(bytes, randomSizes(seed)))).toEqual(whole);
  });

  it('splits inside multi-byte characters and escapes without changing a byte', () => {
    const text = '{"messages":["\\u00e9\\"😀\\\\",{"k":"Ёж\\n\\t🇰🇿"}]}';
    const bytes = encoder.encode(text);
    const whole = slices(scan(bytes));
    for (let size = 1; size <= 7; size++) expect(slices(scan(bytes, () => size))).toEqual(whole);
    expect(whole.map((slice) => JSON.parse(slice))).toEqual(['é"😀\\', { k: 'Ёж\n\t🇰🇿' }]);
  });

  it('resumes from any snapshot with exactly the remaining elements', () => {
    const bytes = new Uint8Array(readFileSync(realFiles[0] ?? ''));
    const all = scan(bytes).filter((event) => event.kind === 'element');
    for (const cut of [0, 1, Math.floor(all.length / 2), all.length - 1]) {
      const snapshot = all[cut]?.next ?? null;
      const rest = scan(bytes, randomSizes(cut + 9), snapshot);
      expect(slices(rest)).toEqual(slices(all.slice(cut + 1)));
    }
  });

  it('follows a full-account export through any chunking', () => {
    const text = JSON.stringify({
      about: 'a',
      contacts: { list: [{ name: 'x', messages: 1 }] },
      chats: {
        about: 'c',
        list: [
          { name: 'Ж', id: 1, messages: [{ id: 1 }, { id: 2 }] },
          { id: 2, messages: [] },
        ],
      },
      left_chats: { list: [{ id: 3, messages: [{ id: 3, t: '\\"]' }] }] },
    });
    const bytes = encoder.encode(text);
    const scanFull = (sizes?: () => number) => {
      const scanner = new JsonArrayScanner({ isTarget: isMessagesArray, maxElementBytes: 1024 });
      const events: ScanEvent[] = [];
      for (let at = 0; at < bytes.length; ) {
        const size = sizes?.() ?? bytes.length;
        events.push(...scanner.push(bytes.subarray(at, at + size)));
        at += size;
      }
      return [...events, ...scanner.end()];
    };
    const whole = scanFull();
    expect(slices(whole)).toEqual(['{"id":1}', '{"id":2}', '{"id":3,"t":"\\\\\\"]"}']);
    expect(whole.map((event) => event.kind === 'element' && event.header)).toEqual([
      { name: 'Ж', id: 1 },
      { name: 'Ж', id: 1 },
      { id: 3 },
    ]);
    for (const seed of [4, 5, 6]) expect(scanFull(randomSizes(seed))).toEqual(whole);
  });

  it('only yields arrays the target predicate names', () => {
    const text = '{"other":{"messages":[1]},"messages":[2],"list":[{"messages":[3]}]}';
    expect(slices(scan(encoder.encode(text)))).toEqual(['2']);
  });

  it('reports an element that outgrows the limit and goes on', () => {
    const text = `{"messages":[{"a":"${'x'.repeat(100)}"},{"b":1}]}`;
    const scanner = new JsonArrayScanner({ isTarget: messagesOnly, maxElementBytes: 50 });
    const events = [...scanner.push(encoder.encode(text)), ...scanner.end()];
    expect(events.map((event) => event.kind)).toEqual(['oversize', 'element']);
  });

  it('reports a truncated file once, after the complete elements', () => {
    const events = scan(encoder.encode('{"messages":[{"id":1},{"id":2,"text":"cut'));
    expect(events.map((event) => event.kind)).toEqual(['element', 'error']);
    const last = events.at(-1);
    expect(last?.kind === 'error' && last.reason).toMatch(/element at index 1/);
  });

  it.each([
    ['{"messages":[{"a":1]]}', /mismatched/],
    ['{"a" 1}', /value appears/],
    ['{"a":tru}', /not a JSON number/],
    ['{} {}', /after the end/],
    ['', /no JSON value/],
    ['{"a":[1,2}', /unexpected \}/],
  ])('stops with an error on broken structure: %s', (text, reason) => {
    const events = scan(encoder.encode(text));
    const last = events.at(-1);
    expect(last?.kind).toBe('error');
    expect(last?.kind === 'error' && last.reason).toMatch(reason);
  });
});
