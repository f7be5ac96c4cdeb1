import { describe, expect, it } from 'vitest';
import { knownReading, renderWord } from './render-word.js';

const codes = (word: string): number[] => [...word].map((ch) => ch.charCodeAt(0));

describe('renderWord', () => {
  it('collapses three or more repeats of a Cyrillic letter, mapping each unit to its letter', () => {
    expect(renderWord(codes('нееет'))).toEqual({ text: 'нет', from: [0, 1, 4] });
    expect(renderWord(codes('нeeeт')).text).toBe('нeeeт');
  });

  it('keeps a word of one repeated letter and an opening consonant run outside the vocabulary', () => {
    expect(renderWord(codes('ооо')).text).toBe('ооо');
    expect(renderWord(codes('ссср'))).toEqual({ text: 'ссср', from: [0, 1, 2, 3] });
    expect(renderWord(codes('ммммеф'))).toEqual({ text: 'меф', from: [0, 4, 5] });
  });

  it('renders a word longer than one String.fromCharCode call takes', () => {
    const long = 'аб'.repeat(3000);
    expect(renderWord(codes(long)).text).toBe(long);
  });
});

describe('knownReading', () => {
  it('tries the other readings until one makes a vocabulary word', () => {
    // «мeф» with its «м» read as т first: the second reading makes «меф».
    const letters = codes('теф');
    const known = knownReading(letters, [{ at: 0, readings: codes('тм') }]);
    expect(known === null ? null : String.fromCharCode(...known)).toBe('меф');
  });

  it('gives up without choices or when no combination is known', () => {
    expect(knownReading(codes('меф'), [])).toBeNull();
    expect(knownReading(codes('кот'), [{ at: 0, readings: codes('кх') }])).toBeNull();
  });
});
