import type { DetectorPlugin } from '../../../core/plugin.js';
import { detectFrom } from './detect.js';
import { readShared } from './shared-reader.js';

const lexiconDetector: DetectorPlugin = {
  meta: {
    kind: 'detector',
    id: 'lexicon',
    version: '1.1.0',
    description:
      'Explainable lexicon rules (RU/KK/EN) for drug sale, courier recruitment, propaganda and mentions; data/lexicon.',
    consumes: ['document.text'],
    produces: ['detection'],
  },
  detect: (input) => detectFrom(readShared(input), input.text),
};

export default lexiconDetector;
