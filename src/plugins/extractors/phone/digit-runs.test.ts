import { describe, expect, it } from 'vitest';
import { findDigitRuns } from './digit-runs.js';

function runTexts(text: string): string[][] {
  return findDigitRuns(text).map((run) => run.map((group) => text.slice(group.start, group.end)));
}

describe('digit runs', () => {
  it('groups digits joined by short separators and keeps a leading + or (', () => {
    expect(runTexts('тел +7 (707) 123-45-67, ещё 8.701.765.43.21')).toEqual([
      ['+7', '(707', '123', '45', '67'],
      ['8', '701', '765', '43', '21'],
    ]);
  });

  it('reads look-alike letters inside digit groups only', () => {
    expect(runTexts('8-7о7-12з-45-б7')).toEqual([['8', '7о7', '12з', '45', 'б7']]);
    expect(runTexts('по 12 шт')).toEqual([['12']]);
    expect(runTexts('12 ооо')).toEqual([['12']]);
    expect(runTexts('12 оооо7')).toEqual([['12'], ['7']]);
  });

  it('marks where a number can open', () => {
    const [run] = findDigitRuns('8-707 123/45');
    expect(run?.map((group) => group.opensNumber)).toEqual([true, false, true, true]);
  });

  it('allows one line break inside a run', () => {
    expect(runTexts('8 707\n123 45\n67')).toEqual([['8', '707', '123', '45'], ['67']]);
  });

  it('ends a run at a long gap', () => {
    expect(runTexts('8707    1234567')).toEqual([['8707'], ['1234567']]);
  });
});
