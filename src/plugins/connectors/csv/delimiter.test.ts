import { describe, expect, it } from 'vitest';
import { detectDelimiter, firstLine } from './delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['id,text,author', ','],
    ['id;text;author', ';'],
    ['id\ttext\tauthor', '\t'],
    ['"a,b,c";text;x', ';'],
    ['text', ','],
    ['a,b;c', ','],
  ])('%j -> %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe('firstLine', () => {
  it('drops the BOM and the line ending', () => {
    expect(firstLine(new TextEncoder().encode('\uFEFFid;text\r\n1;2'))).toBe('id;text');
    expect(firstLine(new TextEncoder().encode('only'))).toBe('only');
  });
});
