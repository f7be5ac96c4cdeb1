import { join } from 'node:path';
import { findPackageRoot } from '../../../core/package-root.js';
import { readShared } from '../lexicon/shared-reader.js';
import { createClassifierDetector } from './classifier.js';
import { MODEL_NAME, readModel } from './model-file.js';
import { readThresholds } from './thresholds.js';

// Loaded once per process: the detector runs on the ingest hot path.
const modelDirectory = join(findPackageRoot(import.meta.url), 'data', 'models');

const classifierDetector = createClassifierDetector({
  model: readModel(modelDirectory, MODEL_NAME),
  thresholds: readThresholds(join(modelDirectory, 'thresholds.json'), MODEL_NAME),
  read: readShared,
});

export default classifierDetector;
