import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../../../core/package-root.js';
import { MODEL_NAME, quantize, readModel } from './model-file.js';
import { packedWeight, WEIGHT_MAX } from './packed-weights.js';

const models = join(findPackageRoot(import.meta.url), 'data', 'models');

describe('model file', () => {
  it('quantises weights relative to none, each label to int4 within half a step', () => {
    // Two buckets x five labels (none last), and five biases.
    const weights = Float32Array.from([0.5, -2, 0.01, -0.25, 0.1, 1, 0.3, 0, 0.2, -0.4]);
    const { packed, scales, bias } = quantize(weights, Float32Array.from([1, 2, 3, 4, 5]));
    expect(Array.from(bias)).toEqual([-4, -3, -2, -1, 0]);
    const relative = [0.4, -2.1, -0.09, -0.35, 1.4, 0.7, 0.4, 0.6];
    expect(scales[1]).toBeCloseTo(2.1 / WEIGHT_MAX);
    relative.forEach((w, i) => {
      const scale = scales[i % 4] ?? 0;
      const weight = packedWeight(packed, Math.floor(i / 4), i % 4) * scale;
      expect(Math.abs(weight - w)).toBeLessThanOrEqual(scale / 2 + 1e-6);
    });
  });

  it('reads the committed model', () => {
    const model = readModel(models, MODEL_NAME);
    expect(model.labels).toEqual(['sale', 'recruitment', 'propaganda', 'mention', 'none']);
    expect(model.packed.length).toBe(2 ** model.features.bits);
    expect(model.scales.length).toBe(4);
    expect(model.bias[4]).toBe(0);
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
