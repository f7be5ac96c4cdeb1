import type { EvidenceSpan } from '../../../model/detection.js';
import type { FeatureExtractor, FeatureVector } from './features.js';
import type { LexiconView } from './lexicon-view.js';
import type { SoftmaxModel } from './model-file.js';

/**
 * Why the classifier chose a label: the words, word pairs and lexicon cues that pushed the label's logit above
 * `none`'s the most, each with its span in the original text. A word's share includes the char n-grams that
 * start inside it, which is what catches a disguised «3аклaдки». Computed only for flagged documents, and
 * numbers first: rule names are built for the few spans chosen, not for every word.
 */
const MAX_TEXT_EVIDENCE = 5;
const MAX_LEXICON_EVIDENCE = 5;

interface Chosen {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/**
 * Up to `limit` candidates with positive support, strongest first (the earlier on ties), one per rule. A
 * selection scan rather than a sort: the limit is small and this runs for every flagged document.
 */
function strongest(
  supports: ArrayLike<number>,
  limit: number,
  spanOf: (i: number) => { start: number; end: number },
  ruleOf: (i: number) => string,
): Chosen[] {
  const taken = new Uint8Array(supports.length);
  const chosen: Chosen[] = [];
  const rules = new Set<string>();
  while (chosen.length < limit) {
    let best = -1;
    let bestSupport = 0;
    for (let i = 0; i < supports.length; i++) {
      const support = supports[i] ?? 0;
      if (taken[i] === 0 && support > bestSupport) {
        best = i;
        bestSupport = support;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const rule = ruleOf(best);
    if (rules.has(rule)) continue;
    rules.add(rule);
    const { start, end } = spanOf(best);
    chosen.push({ start, end, rule });
  }
  return chosen;
}

function textEvidence(folded: string, extractor: FeatureExtractor, lift: (bucket: number) => number): Chosen[] {
  const charLift = new Float64Array(folded.length + 1);
  const { buckets, starts } = extractor.charNgramsAt(folded);
  for (let i = 0; i < buckets.length; i++) {
    const start = starts[i] ?? 0;
    charLift[start] = (charLift[start] ?? 0) + lift(buckets[i] ?? 0);
  }
  const words = extractor.wordsAt(folded);
  const count = words.starts.length;
  // Candidates 0..count-1 are words; count + i is the pair of words i-1 and i.
  const supports = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    let support = lift(words.buckets[i] ?? 0);
    for (let p = words.starts[i] ?? 0; p < (words.ends[i] ?? 0); p++) support += charLift[p] ?? 0;
    supports[i] = support;
    const bigram = words.bigrams[i] ?? -1;
    supports[count + i] = bigram < 0 ? 0 : lift(bigram);
  }
  const wordText = (i: number): string => folded.slice(words.starts[i] ?? 0, words.ends[i] ?? 0);
  return strongest(
    supports,
    MAX_TEXT_EVIDENCE,
    (c) =>
      c < count
        ? { start: words.starts[c] ?? 0, end: words.ends[c] ?? 0 }
        : { start: words.starts[c - count - 1] ?? 0, end: words.ends[c - count] ?? 0 },
    (c) => `classifier:ngram:${c < count ? wordText(c) : `${wordText(c - count - 1)} ${wordText(c - count)}`}`,
  );
}

export function explain(
  model: SoftmaxModel,
  extractor: FeatureExtractor,
  view: LexiconView,
  vector: FeatureVector,
  labelIndex: number,
  original: string,
): EvidenceSpan[] {
  const labelCount = model.labels.length;
  const noneIndex = model.labels.indexOf('none');
  const { weights } = model;
  const lift = (bucket: number): number =>
    (weights[bucket * labelCount + labelIndex] ?? 0) - (weights[bucket * labelCount + noneIndex] ?? 0);
  const textLift = (bucket: number): number => lift(bucket) * vector.textScale;

  const { cues } = view;
  const cueSupports = cues.map((cue) => {
    const [category, rule] = extractor.cueBuckets(cue);
    return lift(category) + lift(rule);
  });
  const lexicon = strongest(
    cueSupports,
    MAX_LEXICON_EVIDENCE,
    (i) => ({ start: cues[i]?.start ?? 0, end: cues[i]?.end ?? 0 }),
    (i) => `classifier:lexicon:${cues[i]?.rule ?? ''}`,
  );
  return [...textEvidence(view.folded, extractor, textLift), ...lexicon]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((c) => {
      const span = view.toOriginal(c.start, c.end);
      return { start: span.start, end: span.end, text: original.slice(span.start, span.end), rule: c.rule };
    });
}
