import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from './config.js';
import { QyranError } from './errors.js';

describe('resolveConfig', () => {
  const saved = process.env.QYRAN_THREADS;
  afterEach(() => {
    if (saved === undefined) delete process.env.QYRAN_THREADS;
    else process.env.QYRAN_THREADS = saved;
  });

  it('analyses on every core, and ingests on all but the one the store writer takes', () => {
    delete process.env.QYRAN_THREADS;
    const config = resolveConfig({});
    expect(config.threads).toBe(availableParallelism());
    expect(config.ingestThreads).toBe(Math.max(1, availableParallelism() - 1));
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('takes a flag over QYRAN_THREADS, which sets the threads of both commands', () => {
    process.env.QYRAN_THREADS = '3';
    expect(resolveConfig({})).toMatchObject({ threads: 3, ingestThreads: 3 });
    expect(resolveConfig({ ingestThreads: 1 })).toMatchObject({ threads: 3, ingestThreads: 1 });
    expect(resolveConfig({ ingestThreads: undefined })).toMatchObject({ ingestThreads: 3 });
  });

  it('refuses a value out of range with a usage error that says where to look', () => {
    delete process.env.QYRAN_THREADS;
    let caught: unknown;
    try {
      resolveConfig({ ingestThreads: -1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QyranError);
    expect(caught).toMatchObject({ code: 'CONFIG_INVALID' });
    expect(() => resolveConfig({ threads: 'many' })).toThrow(/threads/);
  });
});
