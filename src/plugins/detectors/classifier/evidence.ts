import type { EvidenceSpan } from '../../../model/detection.js';
import type { Cue } from '../lexicon/decide.js';
import type { LexiconReading } from '../lexicon/reading.js';
import { ByRule } from './by-rule.js';
import { ChosenSpans } from './chosen-spans.js';
import type { FeatureLayout } from './features.js';
import type { LexiconFeatures } from './lexicon-features.js';
import type { SoftmaxModel } from './model-file.js';
import { NIBBLE_VALUES, nibbleWeight, packedNibble, packedWeight } from './packed-weights.js';

/**
 * Why the classifier chose a label: the words, word pairs and lexicon cues that pushed the label's logit above
 * `none`'s the most, each with its span in the original text. A word's share includes the char n-grams that
 * start inside it, which is what catches a disguised «3аклaдки». Computed only for flagged documents, from the
 * features the extractor laid out, in buffers reused from one document to the next; candidates are compared by
 * their text in place, and rule names built for the few spans chosen (this ran at a sixth of the detectors' time
 * when it allocated per candidate).
 */
const MAX_TEXT_EVIDENCE = 5;
const MAX_LEXICON_EVIDENCE = 5;
/** Candidates ranked per pick wanted: room for a few repeats among the strongest. */
const RANKED_PER_PICK = 2;
const NO_CUES: readonly Cue[] = Object.freeze([]);

function grown(buffer: Float64Array, size: number): Float64Array {
  return buffer.length >= size ? buffer : new Float64Array(size * 2);
}

/** Whether folded[a..aEnd) and folded[b..bEnd) are the same text. */
function sameText(folded: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (folded.charCodeAt(a + k) !== folded.charCodeAt(b + k)) return false;
  return true;
}

/** What `strongest` compares candidates by. */
const TEXT_CANDIDATES = 0;
const CUE_CANDIDATES = 1;

export class Explainer {
  /** Candidates 0..words-1 are words; words + i is the pair of words i-1 and i. */
  private supports: Float64Array = new Float64Array(512);
  /** Candidates ranked by `rank`, and how many had positive support. */
  private live = new Int32Array(512);
  private positives = 0;
  private readonly lifts = new Float64Array(NIBBLE_VALUES);
  /**
   * The candidates `strongest` chose, by index: a typed array and a count. An array emptied for each call dropped
   * its backing store and allocated another (210 B per generated document, heap sampling).
   */
  private readonly picked = new Int32Array(Math.max(MAX_TEXT_EVIDENCE, MAX_LEXICON_EVIDENCE));
  /** Evidence rule names of the lexicon's rules, made once each. */
  private readonly lexiconRules = new ByRule((cue) => `classifier:lexicon:${cue.rule}`);
  private readonly chosen = new ChosenSpans(MAX_TEXT_EVIDENCE + MAX_LEXICON_EVIDENCE);
  /** The chosen label's index among the relative labels of a packed word. */
  private label = 0;
  /** The chosen label's weight scale. */
  private scale = 0;
  /** The document being explained, for `isSame`: set by `explain`, dropped when it returns. */
  private folded = '';
  private layout: FeatureLayout | null = null;
  private cues: readonly Cue[] = NO_CUES;

  constructor(
    private readonly model: SoftmaxModel,
    private readonly lexicon: LexiconFeatures,
  ) {}

  /**
   * `layout` is the extractor's for this document, whose lexicon features it extracted last, and `labelIndex` a
   * flagged label's index in the model's labels (weights are stored for those only).
   */
  explain(
    reading: LexiconReading,
    layout: FeatureLayout,
    textScale: number,
    labelIndex: number,
    original: string,
  ): EvidenceSpan[] {
    this.label = labelIndex;
    this.scale = this.model.scales[labelIndex] ?? 0;
    this.folded = reading.folded;
    this.layout = layout;
    this.cues = reading.cues;
    const { chosen } = this;
    chosen.clear();
    this.textEvidence(layout, textScale, chosen);
    this.lexiconEvidence(reading, chosen);
    const evidence = chosen.evidence(reading, original);
    this.folded = '';
    this.layout = null;
    this.cues = NO_CUES;
    return evidence;
  }

  /** How much a bucket moves the chosen label's logit above none's: its weight, relative to none's. */
  private lift(bucket: number): number {
    return packedWeight(this.model.packed, bucket, this.label) * this.scale;
  }

  /**
   * Each nibble's lift for the chosen label, `lifts[nibble]` equal to `lift` of a bucket holding it: a table read
   * per n-gram instead of a method call, the unbiasing and the multiply. With the n-grams outside words skipped
   * and `strongest` scanning live candidates only, normalise + both detectors ran ~1% faster on flagged generated
   * ads (old and new alternated in one process, 101 passes each way, medians; the machine's noise is ~2%).
   */
  private fillLifts(): Float64Array {
    const { lifts, scale } = this;
    for (let nibble = 0; nibble < lifts.length; nibble++) lifts[nibble] = nibbleWeight(nibble) * scale;
    return lifts;
  }

  private textEvidence(layout: FeatureLayout, textScale: number, into: ChosenSpans): void {
    const { text, wordCount, wordStarts: starts, wordEnds: ends, charStart, unitCount, unitOffsets } = layout;
    const supports = grown(this.supports, 2 * wordCount);
    this.supports = supports;
    const lifts = this.fillLifts();
    const { packed } = this.model;
    const { label } = this;
    for (let i = 0; i < wordCount; i++) {
      supports[i] = (lifts[packedNibble(packed, text[i === 0 ? 0 : 2 * i - 1] ?? 0, label)] ?? 0) * textScale;
      supports[wordCount + i] = i === 0 ? 0 : (lifts[packedNibble(packed, text[2 * i] ?? 0, label)] ?? 0) * textScale;
    }
    // The 4- and 5-gram of each unit position, then the last position's 4-gram (features.ts), each added to the
    // word it starts in; units and words both come in text order. A position outside every word (a space, a
    // punctuation mark) adds to none, and its weights are not read. Walked word by word, each word's support in a
    // local: per unit, finding its word and reading the support from the array again cost more than the weights.
    const positions = unitCount - 3;
    let u = 0;
    for (let w = 0; w < wordCount && u < positions; w++) {
      const start = starts[w] ?? 0;
      const end = ends[w] ?? 0;
      while (u < positions && (unitOffsets[u] ?? 0) < start) u++;
      let support = supports[w] ?? 0;
      for (; u < positions && (unitOffsets[u] ?? 0) < end; u++) {
        const f = charStart + 2 * u;
        let lift = lifts[packedNibble(packed, text[f] ?? 0, label)] ?? 0;
        if (u + 5 <= unitCount) lift += lifts[packedNibble(packed, text[f + 1] ?? 0, label)] ?? 0;
        support += lift * textScale;
      }
      supports[w] = support;
    }
    const pickedCount = this.strongest(2 * wordCount, MAX_TEXT_EVIDENCE, TEXT_CANDIDATES);
    const { folded, picked } = this;
    for (let k = 0; k < pickedCount; k++) {
      const c = picked[k] ?? 0;
      if (c < wordCount) {
        const start = starts[c] ?? 0;
        const end = ends[c] ?? 0;
        into.add(start, end, `classifier:ngram:${folded.slice(start, end)}`);
      } else {
        const p = c - wordCount;
        const start = starts[p - 1] ?? 0;
        const end = ends[p] ?? 0;
        const rule = `classifier:ngram:${folded.slice(start, ends[p - 1] ?? 0)} ${folded.slice(starts[p] ?? 0, end)}`;
        into.add(start, end, rule);
      }
    }
  }

  private lexiconEvidence(reading: LexiconReading, into: ChosenSpans): void {
    const { cues } = reading;
    const supports = grown(this.supports, cues.length);
    this.supports = supports;
    // The lexicon features last extracted are this document's (see `explain`).
    for (let i = 0; i < cues.length; i++) {
      supports[i] = this.lift(this.lexicon.categoryBucket(i)) + this.lift(this.lexicon.ruleBucket(i));
    }
    const pickedCount = this.strongest(cues.length, MAX_LEXICON_EVIDENCE, CUE_CANDIDATES);
    for (let k = 0; k < pickedCount; k++) {
      const cue = cues[this.picked[k] ?? 0];
      if (cue === undefined) continue;
      into.add(cue.start, cue.end, this.lexiconRules.of(cue));
    }
  }

  /** Whether candidates a and b of `kind` name the same text (a word or pair) or the same rule (a cue). */
  private isSame(kind: number, a: number, b: number): boolean {
    if (kind === CUE_CANDIDATES) return this.cues[a]?.ruleId === this.cues[b]?.ruleId;
    const { folded, layout } = this;
    if (layout === null) return false;
    const { wordCount: words, wordStarts: starts, wordEnds: ends } = layout;
    if (a < words !== b < words) return false;
    if (a < words) return sameText(folded, starts[a] ?? 0, ends[a] ?? 0, starts[b] ?? 0, ends[b] ?? 0);
    const pa = a - words;
    const pb = b - words;
    return (
      sameText(folded, starts[pa - 1] ?? 0, ends[pa - 1] ?? 0, starts[pb - 1] ?? 0, ends[pb - 1] ?? 0) &&
      sameText(folded, starts[pa] ?? 0, ends[pa] ?? 0, starts[pb] ?? 0, ends[pb] ?? 0)
    );
  }

  /**
   * Up to `limit` of the first `count` candidates in `supports` with positive support, strongest first (the
   * earlier on ties), none the same as one taken before, into `picked`; returns how many. Candidates are compared
   * by a method rather than a closure passed in, which allocated per document and per pick (explaining went from
   * 1,200 to 550 B allocated per generated document). Only the best few are ranked, by insertion, as the picks
   * nearly always come from them; where repeats use them up, all are ranked. Against a selection scan
   * per pick, normalise + both detectors ran ~2% faster on flagged generated ads.
   */
  private strongest(count: number, limit: number, kind: number): number {
    if (this.live.length < count) this.live = new Int32Array(count * 2);
    const ranked = this.rank(count, RANKED_PER_PICK * limit);
    const pickedCount = this.pick(ranked, limit, kind);
    return pickedCount < limit && this.positives > ranked
      ? this.pick(this.rank(count, count), limit, kind)
      : pickedCount;
  }

  /**
   * Ranks the best `most` of the first `count` candidates with positive support into `live`, strongest first
   * (the earlier on ties); returns how many, and counts those with positive support in `positives`.
   */
  private rank(count: number, most: number): number {
    const { supports, live } = this;
    let size = 0;
    let positives = 0;
    for (let i = 0; i < count; i++) {
      const support = supports[i] ?? 0;
      if (!(support > 0)) continue;
      positives++;
      if (size === most && support <= (supports[live[size - 1] ?? 0] ?? 0)) continue;
      let at = size < most ? size++ : size - 1;
      for (; at > 0 && (supports[live[at - 1] ?? 0] ?? 0) < support; at--) live[at] = live[at - 1] ?? 0;
      live[at] = i;
    }
    this.positives = positives;
    return size;
  }

  /** Takes ranked candidates in order, each unless the same as one taken before, up to `limit`. */
  private pick(ranked: number, limit: number, kind: number): number {
    const { live, picked } = this;
    let pickedCount = 0;
    for (let r = 0; r < ranked && pickedCount < limit; r++) {
      const candidate = live[r] ?? 0;
      let seen = false;
      for (let k = 0; k < pickedCount && !seen; k++) seen = this.isSame(kind, picked[k] ?? 0, candidate);
      if (!seen) picked[pickedCount++] = candidate;
    }
    return pickedCount;
  }
}
