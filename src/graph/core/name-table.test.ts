import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTable } from './name-table.js';

describe('NameTable', () => {
  it('gives each distinct name one id and gives the name back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 300 }), (names) => {
        const table = new NameTable();
        const expected = new Map<string, number>();
        for (const name of names) {
          const id = table.intern(name);
          if (!expected.has(name)) expected.set(name, expected.size);
          expect(id).toBe(expected.get(name));
        }
        expect(table.count).toBe(expected.size);
        for (const [name, id] of expected) {
          expect(table.nameOf(id)).toBe(name);
          expect(table.idOf(name)).toBe(id);
        }
      }),
    );
  });

  it('tells apart long names that share their first 20 bytes', () => {
    const table = new NameTable();
    const prefix = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkf';
    const a = table.intern(`${prefix}jhx0wlh`);
    const b = table.intern(`${prefix}jhx0wlj`);
    expect(a).not.toBe(b);
    expect(table.intern(`${prefix}jhx0wlh`)).toBe(a);
    expect(table.idOf(prefix)).toBeUndefined();
  });

  it('finds names given as bytes of a larger buffer, and grows past its first tables', () => {
    const table = new NameTable();
    const buffer = Buffer.from('xx+77071234567yy', 'utf8');
    const id = table.internBytes(buffer, 2, 14);
    expect(table.nameOf(id)).toBe('+77071234567');
    for (let i = 0; i < 50_000; i++) table.intern(`@user_${i}`);
    expect(table.idOf('+77071234567')).toBe(id);
    expect(table.idOf('@user_49999')).toBe(50_000);
    expect(table.count).toBe(50_001);
  });

  it('interns a batch of byte ranges to the same ids as one at a time, repeats within a group included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('+77071234567', '@a', 'кошелёк', 'x'.repeat(30), 'y'), { maxLength: 100 }),
        (names) => {
          const bytes = Buffer.from(names.join(''), 'utf8');
          const ranges = new Int32Array(2 * names.length);
          let at = 0;
          names.forEach((name, i) => {
            ranges[2 * i] = at;
            at += Buffer.byteLength(name);
            ranges[2 * i + 1] = at;
          });
          const batched = new NameTable();
          const ids = new Int32Array(names.length);
          batched.internMany(bytes, ranges, names.length, ids);
          const single = new NameTable();
          expect(Array.from(ids)).toEqual(names.map((name) => single.intern(name)));
        },
      ),
    );
  });

  it('refuses ids outside the table', () => {
    expect(() => new NameTable().nameOf(0)).toThrow(RangeError);
  });
});
