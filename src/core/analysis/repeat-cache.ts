import type { TextAnalysis, TextToAnalyze } from './analyze-text.js';

/**
 * Small on purpose: reposts come close together (512 entries hit 23.8% of the generated corpus's texts, 1,024
 * 26.0%, 20,000 34%), and an analysis kept longer than a young-generation collection or two is promoted to old
 * space and collected there. 20,000 entries made every new analysis slower; 1,024 promoted ~0.85 KB per document
 * more than 512 (ingest worker, 100,000 documents: 118-121 vs 33 MB in most runs) and cost more CPU time, not less
 * (6 alternating runs: median 76 vs 66 us per document).
 */
export const REPEAT_CACHE_ENTRIES = 512;
/** Long texts are seldom reposted word for word, and would fill the cache. */
const MAX_CACHED_LENGTH = 2048;

interface Entry {
  readonly item: TextToAnalyze;
  readonly analysis: TextAnalysis;
}

/**
 * Remembers the analysis of texts seen recently, because the same text comes back: shops repost one ad hundreds
 * of times, and 34% of the generated bench corpus repeats an earlier text exactly. Analysis is a pure function of
 * the text, its title and language, and a TextAnalysis is immutable, so a repeat shares the first one's.
 *
 * Two generations of up to `entries / 2` texts each, not one least-recently-used map: when the young one is full
 * it becomes the old one and the old one is dropped, and a text found in the old one moves to the young one. An
 * LRU map's delete and re-insert on every hit and its evictions cost ~1.2 us a lookup on the generated corpus
 * (its table refilling with deleted entries and being rebuilt), the generations ~0.4 us, for 26.1% hits instead
 * of 26.9% (1,024 entries, 50,000 generated posts).
 */
export function withRepeatCache(
  analyze: (item: TextToAnalyze) => TextAnalysis,
  entries: number = REPEAT_CACHE_ENTRIES,
): (item: TextToAnalyze) => TextAnalysis {
  const generation = Math.max(1, Math.floor(entries / 2));
  // Keyed by the text alone, which is a flat string already hashed once: a composite key string cost 3% of an
  // ingest worker's time to build, flatten and hash. The title and language are checked on a hit.
  let young = new Map<string, Entry>();
  let old = new Map<string, Entry>();
  const keep = (text: string, entry: Entry): void => {
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
    young.set(text, entry);
  };
  return (item) => {
    const { text } = item;
    if (text.length > MAX_CACHED_LENGTH) return analyze(item);
    const recent = young.get(text);
    if (recent !== undefined && recent.item.title === item.title && recent.item.language === item.language) {
      return recent.analysis;
    }
    const earlier = recent === undefined ? old.get(text) : undefined;
    if (earlier !== undefined) {
      old.delete(text);
      if (earlier.item.title === item.title && earlier.item.language === item.language) {
        keep(text, earlier);
        return earlier.analysis;
      }
    }
    const analysis = analyze(item);
    keep(text, { item, analysis });
    return analysis;
  };
}
