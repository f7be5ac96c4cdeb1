import type { TextAnalysis, TextToAnalyze } from './analyze-text.js';

/**
 * Small on purpose: reposts come close together (1,024 entries hit 27% of the generated corpus's texts, 20,000
 * hit 34%), and 20,000 live analyses made every new one slower, promoted to old space and collected there (on
 * unique texts, 2.7 vs 3.6 MB per CPU-second without a cache; 1,024 entries ran as fast as none).
 */
export const REPEAT_CACHE_ENTRIES = 1024;
/** Long texts are seldom reposted word for word, and would fill the cache. */
const MAX_CACHED_LENGTH = 2048;

/**
 * Remembers the analysis of texts seen recently, because the same text comes back: shops repost one ad hundreds
 * of times, and 34% of the generated bench corpus repeats an earlier text exactly. Analysis is a pure function of
 * the text, its title and language, and a TextAnalysis is immutable, so a repeat shares the first one's.
 * Least recently used entries go first.
 */
export function withRepeatCache(
  analyze: (item: TextToAnalyze) => TextAnalysis,
  entries: number = REPEAT_CACHE_ENTRIES,
): (item: TextToAnalyze) => TextAnalysis {
  // Keyed by the text alone, which is a flat string already hashed once: a composite key string cost 3% of an
  // ingest worker's time to build, flatten and hash. The title and language are checked on a hit.
  const cache = new Map<string, { readonly item: TextToAnalyze; readonly analysis: TextAnalysis }>();
  return (item) => {
    if (item.text.length > MAX_CACHED_LENGTH) return analyze(item);
    const seen = cache.get(item.text);
    if (seen !== undefined) {
      cache.delete(item.text);
      if (seen.item.title === item.title && seen.item.language === item.language) {
        cache.set(item.text, seen);
        return seen.analysis;
      }
    }
    const analysis = analyze(item);
    if (cache.size >= entries) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
    cache.set(item.text, { item, analysis });
    return analysis;
  };
}
