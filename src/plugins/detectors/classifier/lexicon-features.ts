import type { DetectionLabel } from '../../../model/detection.js';
import type { Cue } from '../lexicon/decide.js';
import { toBucket } from './feature-config.js';
import { hashString } from './hashing.js';
import type { LexiconView } from './lexicon-view.js';

/**
 * What the lexicon knows, as features: each cue's category (split by whether the term is an everyday word that
 * needs context) and rule, every pair of categories present, and the lexicon detector's own decision. Names are
 * hashed once and cached, so a document costs map lookups, not string building.
 */
const NS_LEXICON = 4;
const MAX_LEXICON_FEATURES = 256;

interface CueFeatures {
  /** The cue's category feature name, e.g. `category:delivery`. */
  readonly category: string;
  readonly categoryBucket: number;
  readonly ruleBucket: number;
}

export class LexiconFeatures {
  private readonly buckets = new Int32Array(MAX_LEXICON_FEATURES);
  private readonly bucketsOfName = new Map<string, number>();
  private readonly featuresOfCue = new Map<string, CueFeatures>();
  private readonly bucketsOfPair = new Map<string, Map<string, number>>();

  /** The distinct lexicon feature buckets of a document: a view into a buffer reused by the next call. */
  extract(view: LexiconView): Int32Array {
    const buckets = this.buckets;
    let count = 0;
    const add = (bucket: number): void => {
      for (let k = 0; k < count; k++) if (buckets[k] === bucket) return;
      if (count < buckets.length) buckets[count++] = bucket;
    };
    add(this.bucketOf(decisionName(view.lexiconLabel)));
    const categories: string[] = [];
    for (const cue of view.cues) {
      const { category, categoryBucket, ruleBucket } = this.cueFeatures(cue);
      add(categoryBucket);
      add(ruleBucket);
      if (!categories.includes(category)) categories.push(category);
    }
    // Pairs of categories let a linear model see conjunctions: job wording with a stash word is recruitment,
    // job wording alone is a job ad.
    categories.sort();
    for (let i = 0; i < categories.length; i++) {
      for (let j = i + 1; j < categories.length; j++) add(this.pairBucket(categories[i] ?? '', categories[j] ?? ''));
    }
    return buckets.subarray(0, count);
  }

  /** The category and rule buckets of a cue, as `extract` adds them. */
  cueBuckets(cue: Cue): readonly [number, number] {
    const { categoryBucket, ruleBucket } = this.cueFeatures(cue);
    return [categoryBucket, ruleBucket];
  }

  private bucketOf(name: string): number {
    let bucket = this.bucketsOfName.get(name);
    if (bucket === undefined) {
      bucket = toBucket(hashString(NS_LEXICON, name));
      this.bucketsOfName.set(name, bucket);
    }
    return bucket;
  }

  private cueFeatures(cue: Cue): CueFeatures {
    // A rule names one lexicon entry, so it fixes the category and the context flag too.
    let features = this.featuresOfCue.get(cue.rule);
    if (features === undefined) {
      const category = `${cue.requiresContext ? 'context' : 'category'}:${cue.category}`;
      features = { category, categoryBucket: this.bucketOf(category), ruleBucket: this.bucketOf(`rule:${cue.rule}`) };
      this.featuresOfCue.set(cue.rule, features);
    }
    return features;
  }

  private pairBucket(first: string, second: string): number {
    let row = this.bucketsOfPair.get(first);
    if (row === undefined) {
      row = new Map();
      this.bucketsOfPair.set(first, row);
    }
    let bucket = row.get(second);
    if (bucket === undefined) {
      bucket = this.bucketOf(`pair:${first}+${second}`);
      row.set(second, bucket);
    }
    return bucket;
  }
}

function decisionName(label: DetectionLabel): string {
  return `decision:${label}`;
}
