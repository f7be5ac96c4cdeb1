import type { LexiconReading } from '../lexicon/reading.js';
import { toBucket } from './feature-config.js';
import { FNV_OFFSET, fnvStep } from './hashing.js';
import { LexiconFeatures } from './lexicon-features.js';

/**
 * The classifier's feature space: hashed character 4- and 5-grams and word uni/bi-grams of the folded text, plus
 * the lexicon's features (lexicon-features.ts). Training and detection both go through `FeatureExtractor`, so
 * the model sees exactly the features it was trained on.
 */

/**
 * A document's features as bucket lists: the first `textCount` of `text` and `lexiconCount` of `lexicon`. Text
 * features are counted as often as they occur and weigh 1/sqrt(count) each, so a long post is not surer than a
 * short ad just for being long; distinct lexicon features weigh 1 each, like the lexicon's own weights.
 * Occurrences rather than distinct features because de-duplicating cost a second random memory access per
 * n-gram on the hot path. The extractor's vector is its own buffers, valid until its next call.
 */
export interface FeatureVector {
  readonly text: Int32Array;
  readonly textCount: number;
  readonly lexicon: Int32Array;
  readonly lexiconCount: number;
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

/**
 * charClass and isWordUnit of every code unit below 0x500 (ASCII to the Cyrillic block) in one table read: the
 * n-gram class in the low 16 bits, WORD_UNIT above. Above the table a unit is its own class and no word unit.
 * With the n-gram window below, extraction ran 1.14x as fast on the generated corpus and 1.27x on news-ru-dev
 * (old and new alternated in one process, median of 36 passes).
 */
const TABLED = 0x500;
const WORD_UNIT = 0x10000;
const CLASS_MASK = 0xffff;
const UNIT_TABLE = Int32Array.from(
  { length: TABLED },
  (_, code) => charClass(code) | (isWordUnit(code) ? WORD_UNIT : 0),
);

const CHAR_SEED = fnvStep(FNV_OFFSET, NS_CHAR);
const WORD_SEED = fnvStep(FNV_OFFSET, NS_WORD);
const BIGRAM_SEED = fnvStep(FNV_OFFSET, NS_BIGRAM);

function bigramHash(first: number, second: number): number {
  return fnvStep(fnvStep(BIGRAM_SEED, first), second);
}

/**
 * Where a document's text features came from, as `extract` left them, for evidence: valid until the next call.
 * `text` holds the word features first, word 0's unigram, then each later word's unigram and the bigram it ends
 * (2w - 1 and 2w), then from `charStart` the 4- and 5-gram of each unit position (the last position a 4-gram
 * only).
 */
export interface FeatureLayout {
  readonly text: Int32Array;
  readonly wordCount: number;
  readonly wordStarts: Int32Array;
  readonly wordEnds: Int32Array;
  readonly charStart: number;
  readonly unitCount: number;
  /** The folded offset each n-gram unit starts at. */
  readonly unitOffsets: Int32Array;
}

export class FeatureExtractor {
  /** The lexicon half of the features; evidence reads cue buckets from it. */
  readonly lexiconFeatures = new LexiconFeatures();
  private text = new Int32Array(4096);
  private wordCount = 0;
  private wordStarts = new Int32Array(512);
  private wordEnds = new Int32Array(512);
  private charStart = 0;
  private unitCount = 0;
  private units = new Uint16Array(1024);
  private unitOffsets = new Int32Array(1024);

  private readonly layoutView = {
    text: this.text,
    wordCount: 0,
    wordStarts: this.wordStarts,
    wordEnds: this.wordEnds,
    charStart: 0,
    unitCount: 0,
    unitOffsets: this.unitOffsets,
  };

  /** The vector `extract` returns: its fields are rewritten by each call rather than allocated per document. */
  private readonly vector = {
    text: this.text,
    textCount: 0,
    lexicon: new Int32Array(0),
    lexiconCount: 0,
    textScale: 0,
  };

  extract(reading: LexiconReading): FeatureVector {
    const folded = reading.folded;
    const length = folded.length;
    // At most two char n-grams per unit (units <= length + 2) and two word features per code unit.
    if (this.text.length < 4 * length + 4) this.text = new Int32Array(8 * length + 8);
    if (this.units.length < length + 2) {
      this.units = new Uint16Array(2 * length + 4);
      this.unitOffsets = new Int32Array(2 * length + 4);
    }
    // A word per two code units at most.
    if (this.wordStarts.length < (length >> 1) + 1) {
      this.wordStarts = new Int32Array(length + 2);
      this.wordEnds = new Int32Array(length + 2);
    }
    this.charStart = this.scan(folded);
    const textCount = this.addCharNgrams(this.unitCount, this.charStart);
    const { vector, lexiconFeatures } = this;
    vector.text = this.text;
    vector.textCount = textCount;
    vector.lexiconCount = lexiconFeatures.extract(reading);
    vector.lexicon = lexiconFeatures.buckets;
    vector.textScale = textCount === 0 ? 0 : 1 / Math.sqrt(textCount);
    return vector;
  }

  /** Where the last document's text features came from: one object, rewritten by each `extract`. */
  layout(): FeatureLayout {
    const { layoutView: view } = this;
    view.text = this.text;
    view.wordCount = this.wordCount;
    view.wordStarts = this.wordStarts;
    view.wordEnds = this.wordEnds;
    view.charStart = this.charStart;
    view.unitCount = this.unitCount;
    view.unitOffsets = this.unitOffsets;
    return view;
  }

  /*
   * The hot path, in two plain loops over buffers sized in advance. The first pass builds the n-gram units and
   * emits each word's unigram and bigram as the word ends; the second hashes the 4- and 5-gram of each unit
   * position at once (a generic loop over n measured 3x slower).
   */
  private scan(folded: string): number {
    const { units, unitOffsets, text, wordStarts, wordEnds } = this;
    const length = folded.length;
    let unitCount = 0;
    let wordCount = 0;
    let out = 0;
    let word = WORD_SEED;
    let wordStart = -1;
    let previousWord = 0;
    // The last unit written, kept in a local rather than read back from `units` per code unit, and the end of the
    // text taken after the loop rather than tested in it: extraction alone, old and new alternated in one process,
    // ran ~3% faster on generated ads and ~7% on tg-spam.
    let lastUnit = SPACE;
    units[0] = SPACE;
    unitOffsets[unitCount++] = 0;
    for (let i = 0; i < length; i++) {
      const code = folded.charCodeAt(i);
      const tabled = code < TABLED ? (UNIT_TABLE[code] ?? 0) : code;
      const unit = tabled & CLASS_MASK;
      if (tabled & WORD_UNIT) {
        word = fnvStep(word, unit);
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        text[out++] = toBucket(word);
        if (wordCount > 0) text[out++] = toBucket(bigramHash(previousWord, word));
        wordStarts[wordCount] = wordStart;
        wordEnds[wordCount++] = i;
        previousWord = word;
        word = WORD_SEED;
        wordStart = -1;
      }
      if (unit === SPACE && lastUnit === SPACE) continue;
      units[unitCount] = unit;
      unitOffsets[unitCount++] = i;
      lastUnit = unit;
    }
    // The end of the text ends the last word like a space.
    if (wordStart >= 0) {
      text[out++] = toBucket(word);
      if (wordCount > 0) text[out++] = toBucket(bigramHash(previousWord, word));
      wordStarts[wordCount] = wordStart;
      wordEnds[wordCount++] = length;
    }
    if (lastUnit !== SPACE) {
      units[unitCount] = SPACE;
      unitOffsets[unitCount++] = length;
    }
    this.unitCount = unitCount;
    this.wordCount = wordCount;
    return out;
  }

  private addCharNgrams(count: number, from: number): number {
    const { units, text } = this;
    let out = from;
    const full = count - 4;
    // The window's units in locals, one new unit read per position rather than five.
    let u0 = units[0] ?? SPACE;
    let u1 = units[1] ?? SPACE;
    let u2 = units[2] ?? SPACE;
    let u3 = units[3] ?? SPACE;
    let i = 0;
    for (; i < full; i++) {
      const u4 = units[i + 4] ?? SPACE;
      const h4 = fnvStep(fnvStep(fnvStep(fnvStep(CHAR_SEED, u0), u1), u2), u3);
      text[out] = toBucket(h4);
      text[out + 1] = toBucket(fnvStep(h4, u4));
      out += 2;
      u0 = u1;
      u1 = u2;
      u2 = u3;
      u3 = u4;
    }
    // The last position with room for a 4-gram has none for a 5-gram.
    if (i + 4 <= count) text[out++] = toBucket(fnvStep(fnvStep(fnvStep(fnvStep(CHAR_SEED, u0), u1), u2), u3));
    return out;
  }
}
