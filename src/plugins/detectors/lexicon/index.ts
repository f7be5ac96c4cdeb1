import { join } from 'node:path';
import type { DetectorPlugin } from '../../../core/plugin.js';
import { detectWith } from './detect.js';
import { loadLexicon } from './lexicon.js';
import { compileMatcher } from './matcher.js';
import { findPackageRoot } from './package-root.js';

// Loaded and compiled once per process: the detector runs on the ingest hot path.
const matcher = compileMatcher(loadLexicon(join(findPackageRoot(import.meta.url), 'data', 'lexicon')));

const lexiconDetector: DetectorPlugin = {
  meta: {
    kind: 'detector',
    id: 'lexicon',
    version: '1.0.0',
    description:
      'Explainable lexicon rules (RU/KK/EN) for drug sale, courier recruitment, propaganda and mentions; data/lexicon.',
    consumes: ['document.text'],
    produces: ['detection'],
  },
  detect: (input) => detectWith(matcher, input),
};

export default lexiconDetector;
