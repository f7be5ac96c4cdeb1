import type { Cue } from '../lexicon/decide.js';
import { FEATURE_CONFIG, toBucket } from './feature-config.js';
import { FNV_OFFSET, fnvStep } from './hashing.js';
import { LexiconFeatures } from './lexicon-features.js';
import type { LexiconView } from './lexicon-view.js';

/**
 * The classifier's feature space: hashed character 3-5-grams and word uni/bi-grams of the folded text, plus the
 * lexicon's features (lexicon-features.ts). Training and detection both go through `FeatureExtractor`, so the
 * model sees exactly the features it was trained on.
 */

/**
 * A document's features as bucket lists. Text features are counted as often as they occur and weigh
 * 1/sqrt(count) each, so a long post is not surer than a short ad just for being long; distinct lexicon
 * features weigh 1 each, like the lexicon's own weights. Occurrences rather than distinct features because
 * de-duplicating cost a second random memory access per n-gram on the hot path. The arrays are views into the
 * extractor's buffers, valid until its next call.
 */
export interface FeatureVector {
  readonly text: Int32Array;
  readonly lexicon: Int32Array;
  readonly textScale: number;
}

const NS_CHAR = 1;
const NS_WORD = 2;
const NS_BIGRAM = 3;
const SPACE = 0x20;
const ZERO = 0x30;

/** Digits as one class, so «0,5гр» and «1,5гр» share n-grams; any whitespace is one space. */
function charClass(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return ZERO;
  if (unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0) return SPACE;
  return unit;
}

/** Latin, digits and the Cyrillic block with Kazakh letters, after the normaliser's case folding. */
function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x0430 && unit <= 0x04ff);
}

const CHAR_SEED = fnvStep(FNV_OFFSET, NS_CHAR);
const WORD_SEED = fnvStep(FNV_OFFSET, NS_WORD);
const BIGRAM_SEED = fnvStep(FNV_OFFSET, NS_BIGRAM);

function bigramHash(first: number, second: number): number {
  return fnvStep(fnvStep(BIGRAM_SEED, first), second);
}

/** The words of a folded text as parallel lists, one entry per word. */
export interface WordsAt {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly buckets: readonly number[];
  /** The bucket of the bigram a word ends, -1 for the first word. */
  readonly bigrams: readonly number[];
}

/** The text as n-gram units: char classes, runs of spaces collapsed, a space at each end; with each unit's offset. */
function unitsWithOffsets(folded: string): { units: Uint16Array; offsets: Int32Array; count: number } {
  const units = new Uint16Array(folded.length + 2);
  const offsets = new Int32Array(folded.length + 2);
  let count = 1;
  units[0] = SPACE;
  for (let i = 0; i < folded.length; i++) {
    const unit = charClass(folded.charCodeAt(i));
    if (unit === SPACE && units[count - 1] === SPACE) continue;
    units[count] = unit;
    offsets[count++] = i;
  }
  if (units[count - 1] !== SPACE) {
    units[count] = SPACE;
    offsets[count++] = folded.length;
  }
  return { units, offsets, count };
}

export class FeatureExtractor {
  private units = new Uint16Array(1024);
  private unitCount = 0;
  private text = new Int32Array(4096);
  private readonly lexicon = new LexiconFeatures();

  extract(view: LexiconView): FeatureVector {
    const folded = view.folded;
    // At most three char n-grams per unit (units <= length + 2) and two word features per code unit.
    const capacity = 5 * folded.length + 6;
    if (this.text.length < capacity) this.text = new Int32Array(capacity * 2);
    if (this.units.length < folded.length + 2) this.units = new Uint16Array(folded.length * 2 + 2);
    const wordCount = this.scan(folded);
    const textCount = this.addCharNgrams(this.unitCount, wordCount);
    return {
      text: this.text.subarray(0, textCount),
      lexicon: this.lexicon.extract(view),
      textScale: textCount === 0 ? 0 : 1 / Math.sqrt(textCount),
    };
  }

  /** Every char n-gram of a folded text: its bucket and the offset where it starts; for evidence. */
  charNgramsAt(folded: string): { readonly buckets: Int32Array; readonly starts: Int32Array } {
    const { units, offsets, count: unitCount } = unitsWithOffsets(folded);
    const { charNgramMin, charNgramMax } = FEATURE_CONFIG;
    const buckets = new Int32Array(3 * unitCount);
    const starts = new Int32Array(3 * unitCount);
    let count = 0;
    for (let i = 0; i + charNgramMin <= unitCount; i++) {
      let h = CHAR_SEED;
      const last = Math.min(charNgramMax, unitCount - i);
      for (let n = 0; n < last; n++) {
        h = fnvStep(h, units[i + n] ?? SPACE);
        if (n + 1 < charNgramMin) continue;
        buckets[count] = toBucket(h);
        starts[count++] = offsets[i] ?? 0;
      }
    }
    return { buckets: buckets.subarray(0, count), starts: starts.subarray(0, count) };
  }

  /** Every word of a folded text: its span, unigram bucket and the bucket of the bigram it ends (-1 for the first). */
  wordsAt(folded: string): WordsAt {
    const starts: number[] = [];
    const ends: number[] = [];
    const buckets: number[] = [];
    const bigrams: number[] = [];
    let previous = 0;
    let i = 0;
    while (i < folded.length) {
      if (!isWordUnit(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      starts.push(i);
      let h = WORD_SEED;
      while (i < folded.length && isWordUnit(folded.charCodeAt(i))) h = fnvStep(h, charClass(folded.charCodeAt(i++)));
      ends.push(i);
      buckets.push(toBucket(h));
      bigrams.push(bigrams.length === 0 ? -1 : toBucket(bigramHash(previous, h)));
      previous = h;
    }
    return { starts, ends, buckets, bigrams };
  }

  /** The category and rule buckets of a cue, as `extract` adds them. */
  cueBuckets(cue: Cue): readonly [number, number] {
    return this.lexicon.cueBuckets(cue);
  }

  /*
   * The hot path, in two plain loops over buffers sized in advance. The first pass builds the n-gram units and
   * emits each word's unigram and bigram as the word ends; the second hashes the 3-, 4- and 5-gram of each unit
   * position at once (a generic loop over n measured 3x slower).
   */
  private scan(folded: string): number {
    const { units, text } = this;
    let unitCount = 0;
    let out = 0;
    let word = WORD_SEED;
    let inWord = false;
    let previousWord = 0;
    let hasPrevious = false;
    units[unitCount++] = SPACE;
    for (let i = 0; i <= folded.length; i++) {
      const code = i < folded.length ? folded.charCodeAt(i) : SPACE;
      const unit = charClass(code);
      if (isWordUnit(code)) {
        word = fnvStep(word, unit);
        inWord = true;
      } else if (inWord) {
        text[out++] = toBucket(word);
        if (hasPrevious) text[out++] = toBucket(bigramHash(previousWord, word));
        previousWord = word;
        hasPrevious = true;
        word = WORD_SEED;
        inWord = false;
      }
      if (i === folded.length || (unit === SPACE && units[unitCount - 1] === SPACE)) continue;
      units[unitCount++] = unit;
    }
    if (units[unitCount - 1] !== SPACE) units[unitCount++] = SPACE;
    this.unitCount = unitCount;
    return out;
  }

  private addCharNgrams(count: number, from: number): number {
    const { units, text } = this;
    let out = from;
    const full = count - 4;
    let i = 0;
    for (; i < full; i++) {
      const h3 = fnvStep(fnvStep(fnvStep(CHAR_SEED, units[i] ?? SPACE), units[i + 1] ?? SPACE), units[i + 2] ?? SPACE);
      const h4 = fnvStep(h3, units[i + 3] ?? SPACE);
      text[out] = toBucket(h3);
      text[out + 1] = toBucket(h4);
      text[out + 2] = toBucket(fnvStep(h4, units[i + 4] ?? SPACE));
      out += 3;
    }
    // The last positions have room for shorter n-grams only.
    for (; i + 3 <= count; i++) {
      let h = fnvStep(fnvStep(fnvStep(CHAR_SEED, units[i] ?? SPACE), units[i + 1] ?? SPACE), units[i + 2] ?? SPACE);
      text[out++] = toBucket(h);
      for (let n = 3; i + n < count; n++) {
        h = fnvStep(h, units[i + n] ?? SPACE);
        text[out++] = toBucket(h);
      }
    }
    return out;
  }
}
