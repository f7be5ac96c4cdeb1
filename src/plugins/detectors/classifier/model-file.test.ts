import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../../../core/package-root.js';
import { dequantize, MODEL_NAME, quantize, readModel } from './model-file.js';

const models = join(findPackageRoot(import.meta.url), 'data', 'models');

describe('model file', () => {
  it('quantises each label column to int8 within half a step', () => {
    const weights = Float32Array.from([0.5, -2, 0.01, -0.25, 1, 0.3]);
    const { bytes, scales } = quantize(weights, 2);
    expect(scales[0]).toBeCloseTo(0.5 / 127);
    expect(scales[1]).toBeCloseTo(2 / 127);
    const back = dequantize(bytes, scales);
    weights.forEach((w, i) => {
      expect(Math.abs((back[i] ?? 0) - w)).toBeLessThanOrEqual((scales[i % 2] ?? 0) / 2 + 1e-9);
    });
  });

  it('reads the committed model', () => {
    const model = readModel(models, MODEL_NAME);
    expect(model.labels).toEqual(['sale', 'recruitment', 'propaganda', 'mention', 'none']);
    expect(model.weights.length).toBe(2 ** model.features.bits * 5);
    expect(model.temperature).toBeGreaterThan(0);
  });

  it('refuses weights that do not match the header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-model-'));
    copyFileSync(join(models, `${MODEL_NAME}.json`), join(dir, `${MODEL_NAME}.json`));
    const weights = readFileSync(join(models, `${MODEL_NAME}.weights.bin`));
    weights[0] = (weights[0] ?? 0) ^ 1;
    writeFileSync(join(dir, `${MODEL_NAME}.weights.bin`), weights);
    expect(() => readModel(dir, MODEL_NAME)).toThrow(/sha256/);
  });
});
