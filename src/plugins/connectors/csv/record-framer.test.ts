import { describe, expect, it } from 'vitest';
import { type CsvFrame, CsvRecordFramer } from './record-framer.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function frame(content: string | Uint8Array, chunkSize = Number.MAX_SAFE_INTEGER, delimiter = ',', max = 1 << 20) {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const framer = new CsvRecordFramer(delimiter, { offset: 0, line: 1 }, max);
  const frames: CsvFrame[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) frames.push(...framer.push(bytes.subarray(at, at + chunkSize)));
  const last = framer.end();
  if (last !== null) frames.push(last);
  return frames;
}

const texts = (frames: readonly CsvFrame[]) =>
  frames.map((f) => (f.kind === 'record' ? decoder.decode(f.bytes) : `too-long@${f.line}`));

const SAMPLE =
  'id,text,author\r\n' +
  '1,"Привет, мир\r\nвторая строка ""цитата""",@иван\r\n' +
  '\r\n' +
  '2,просто текст,"a\nb"\n' +
  '3,"",x\n' +
  '4,"quote, then ""newline""\n",end';

describe('CsvRecordFramer', () => {
  it('cuts records at unquoted line breaks, keeping quoted ones', () => {
    expect(texts(frame(SAMPLE))).toEqual([
      'id,text,author',
      '1,"Привет, мир\r\nвторая строка ""цитата""",@иван',
      '2,просто текст,"a\nb"',
      '3,"",x',
      '4,"quote, then ""newline""\n",end',
    ]);
  });

  it('gives exact byte offsets and first lines', () => {
    const bytes = encoder.encode(SAMPLE);
    const frames = frame(bytes);
    expect(frames.map((f) => f.line)).toEqual([1, 2, 5, 7, 8]);
    for (const f of frames) {
      if (f.kind !== 'record') continue;
      expect(Buffer.from(f.bytes)).toEqual(Buffer.from(bytes.subarray(f.offset, f.offset + f.bytes.length)));
    }
    expect(frames.at(-1)?.next).toEqual({ offset: bytes.length, line: 10 });
  });

  it('frames identically whatever the chunk size, including inside multi-byte characters', () => {
    const whole = frame(SAMPLE);
    for (let size = 1; size <= 7; size++) expect(frame(SAMPLE, size)).toEqual(whole);
  });

  it('only treats a quote at the start of a field as opening one', () => {
    expect(texts(frame('a,5" screen,b\nc,d,e'))).toEqual(['a,5" screen,b', 'c,d,e']);
    expect(texts(frame('a;"x;y\nz";b\nc', Number.MAX_SAFE_INTEGER, ';'))).toEqual(['a;"x;y\nz";b', 'c']);
  });

  it('reports a record over the limit and goes on after it', () => {
    const frames = frame(`a,b\n"${'x'.repeat(200)}",c\nd,e`, 16, ',', 100);
    expect(texts(frames)).toEqual(['a,b', 'too-long@2', 'd,e']);
  });

  it('hands an unclosed quote to the parser as one last record', () => {
    expect(texts(frame('a,b\n"open,c\nd,e'))).toEqual(['a,b', '"open,c\nd,e']);
  });
});
