import type { DetectionLabel } from '../src/model/detection.js';
import type { DealerNetwork } from './generate-corpus-networks.js';
import type { Rng } from './generate-corpus-random.js';

export type CorpusLanguage = 'ru' | 'kk' | 'en';
export type Venue = 'olx' | 'telegram';

/** A record's content before ids, authors and dates are attached. */
export interface Draft {
  readonly label: DetectionLabel;
  readonly language: CorpusLanguage;
  readonly venue: Venue;
  readonly text: string;
  readonly title?: string | undefined;
}

/** Writes one draft; a dealer network is supplied to the templates of sale and recruitment. */
export type Template = (rng: Rng, network: DealerNetwork) => Omit<Draft, 'label'>;
