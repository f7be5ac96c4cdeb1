import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeId } from '../../model/ids.js';
import { KnownIds } from './known-ids.js';

describe('KnownIds', () => {
  it('answers as a Map would for any sequence of sets, gets and clears, Qyran ids or not', () => {
    const ids = [
      ...Array.from({ length: 40 }, (_, k) => makeId('acc', 'telegram', `id:${k}`)),
      'acc_0123456789abcdef0123456789ABCDEF',
      'acc_0123456789abcdef0123456789abcdeg',
      '0123456789abcdef0123456789abcdef',
      `_${'0'.repeat(32)}`,
      `x_${'0'.repeat(32)}`,
      `acc_${'0'.repeat(32)}`,
      `idf_${'0'.repeat(32)}`,
      `acc_${'0'.repeat(31)}`,
      `acc_${'0'.repeat(33)}`,
      'short',
      '',
    ];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        id: fc.constantFrom(...ids),
        value: fc.integer({ min: 0, max: 254 }),
      }),
      fc.record({ kind: fc.constant('get' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const known = new KnownIds('acc');
        const model = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            known.set(o.id, o.value);
            model.set(o.id, o.value);
          } else if (o.kind === 'get') {
            expect(known.get(o.id)).toBe(model.get(o.id));
          } else {
            known.clear();
            model.clear();
          }
          expect(known.size).toBe(model.size);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every id through growth, and tells apart ids that share their first 32 bits', () => {
    const known = new KnownIds('idf');
    const ids = Array.from({ length: 100_000 }, (_, k) => makeId('idf', 'phone', String(k)));
    for (const [k, id] of ids.entries()) known.set(id, k % 200);
    expect(known.size).toBe(ids.length);
    expect(ids.every((id, k) => known.get(id) === k % 200)).toBe(true);
    expect(known.get(makeId('idf', 'phone', 'not set'))).toBeUndefined();

    const twin = (tail: string) => `idf_${'abcdef01'}${tail}`;
    known.set(twin('000000000000000000000001'), 7);
    expect(known.get(twin('000000000000000000000002'))).toBeUndefined();
    known.set(twin('000000000000000000000002'), 9);
    expect(known.get(twin('000000000000000000000001'))).toBe(7);
    expect(known.get(twin('000000000000000000000002'))).toBe(9);
  });

  it('refuses a value it cannot hold', () => {
    const known = new KnownIds('acc');
    expect(() => known.set('acc_x', 255)).toThrow(RangeError);
    expect(() => known.set('acc_x', -1)).toThrow(RangeError);
    expect(() => known.set('acc_x', 1.5)).toThrow(RangeError);
  });
});
