import { join } from 'node:path';
import { findPackageRoot } from '../../../core/package-root.js';
import { loadLexicon } from './lexicon.js';
import { compileMatcher } from './matcher.js';
import { createReader } from './reading.js';

/**
 * The process's one reader of data/lexicon, compiled once and shared by the lexicon and classifier detectors, so
 * that each document is folded and matched once on the ingest hot path.
 */
export const lexiconDirectory = join(findPackageRoot(import.meta.url), 'data', 'lexicon');

export const readShared = createReader(compileMatcher(loadLexicon(lexiconDirectory)));
