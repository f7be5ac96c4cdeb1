import { describe, expect, it } from 'vitest';
import { QyranError } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { filePositionSchema } from './position.js';

describe('cursor', () => {
  it('round-trips a payload under its tag', () => {
    const cursor = encodeCursor('jsonl', { offset: 120, line: 4 });
    expect(cursor).toBe('jsonl:{"offset":120,"line":4}');
    expect(decodeCursor('jsonl', cursor, filePositionSchema)).toEqual({ offset: 120, line: 4 });
  });

  it.each([
    ['csv:{"offset":1,"line":1}', /not a jsonl cursor/],
    ['jsonl:{oops', /not valid JSON/],
    ['jsonl:{"offset":-1,"line":1}', /malformed/],
  ])('refuses %s with a usage error', (cursor, message) => {
    expect(() => decodeCursor('jsonl', cursor, filePositionSchema)).toThrow(message);
    expect(() => decodeCursor('jsonl', cursor, filePositionSchema)).toThrow(QyranError);
  });
});
