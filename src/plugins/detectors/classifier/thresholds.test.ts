import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTION_LABELS } from '../../../model/detection.js';
import { chooseLabel, readThresholds } from './thresholds.js';

const thresholds = { sale: 0.5, recruitment: 0.6, propaganda: 0.8, mention: 0.5 };

function choose(sale: number, recruitment: number, propaganda: number, mention: number, none: number) {
  return chooseLabel(Float64Array.of(sale, recruitment, propaganda, mention, none), DETECTION_LABELS, thresholds);
}

describe('thresholds', () => {
  it('calls the most probable label that reaches its minimum', () => {
    expect(choose(0.7, 0.2, 0, 0, 0.1)).toEqual({ label: 'sale', score: 0.7 });
    expect(choose(0.55, 0.58, 0, 0, 0)).toEqual({ label: 'sale', score: 0.55 });
  });

  it('can flag a label that is not the most probable when it reaches its minimum', () => {
    expect(choose(0.5, 0, 0, 0, 0.5)).toEqual({ label: 'sale', score: 0.5 });
  });

  it('falls back to none, scored by its own probability', () => {
    expect(choose(0.1, 0.1, 0.7, 0, 0.1)).toEqual({ label: 'none', score: 0.1 });
  });

  it('reads the file and checks it belongs to the model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-thresholds-'));
    const path = join(dir, 'thresholds.json');
    writeFileSync(path, JSON.stringify({ model: 'classifier-v2', minScore: thresholds }));
    expect(readThresholds(path, 'classifier-v2')).toEqual(thresholds);
    expect(() => readThresholds(path, 'classifier-v3')).toThrow(/classifier-v2/);
    writeFileSync(path, JSON.stringify({ model: 'classifier-v2', minScore: { ...thresholds, sale: 2 } }));
    expect(() => readThresholds(path, 'classifier-v2')).toThrow();
  });
});
