import { describe, expect, it } from 'vitest';
import type { TextAnalysis, TextToAnalyze } from './analyze-text.js';
import { withRepeatCache } from './repeat-cache.js';

function counting(): { analyze: (item: TextToAnalyze) => TextAnalysis; calls: string[] } {
  const calls: string[] = [];
  const analyze = (item: TextToAnalyze): TextAnalysis => {
    calls.push(item.text);
    return {
      normalizedText: item.text.toLowerCase(),
      detections: [],
      decision: { label: 'none', score: 0, evidence: [] },
      identifiers: [],
      failures: [],
    };
  };
  return { analyze, calls };
}

const item = (text: string, title: string | null = null, language: string | null = null): TextToAnalyze => ({
  text,
  title,
  language,
});

describe('withRepeatCache', () => {
  it('analyses a repeated text once and returns the same analysis', () => {
    const { analyze, calls } = counting();
    const cached = withRepeatCache(analyze);
    const first = cached(item('Продам меф'));
    expect(cached(item('Продам меф'))).toBe(first);
    expect(calls).toEqual(['Продам меф']);
  });

  it('tells texts apart by title and language too', () => {
    const { analyze, calls } = counting();
    const cached = withRepeatCache(analyze);
    cached(item('a'));
    cached(item('a', 'title'));
    cached(item('a', null, 'kk'));
    cached(item('a\u0000'));
    expect(calls).toHaveLength(4);
  });

  it('forgets texts not seen in the last two generations', () => {
    const { analyze, calls } = counting();
    const cached = withRepeatCache(analyze, 2);
    cached(item('a'));
    cached(item('b'));
    cached(item('a'));
    cached(item('c'));
    cached(item('a'));
    cached(item('b'));
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep long texts', () => {
    const { analyze, calls } = counting();
    const cached = withRepeatCache(analyze);
    const long = 'x'.repeat(5000);
    cached(item(long));
    cached(item(long));
    expect(calls).toHaveLength(2);
  });
});
