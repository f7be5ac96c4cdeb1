import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { QyranError } from './errors.js';

const configSchema = z.object({
  /** ISO 3166 region for phone numbers written without a country code. */
  defaultRegion: z.string().regex(/^[A-Z]{2}$/),
  /** Documents per worker task and per store transaction (>= 500 keeps worker messaging cheap). */
  batchSize: z.number().int().min(1).max(100_000),
  /**
   * Documents per store transaction. Large commits amortise index page writes (measured on SQLite: 86 us/row at
   * 1,000 rows per commit, 24 us/row at 50,000); a killed run redoes at most this many.
   */
  commitSize: z.number().int().min(1).max(10_000_000),
  /** Analysis worker threads of `analyze`; 0 analyses in the calling thread. */
  threads: z.number().int().min(0).max(256),
  /** Analysis worker threads of `ingest`; 0 analyses in the calling thread. */
  ingestThreads: z.number().int().min(0).max(256),
});

export type QyranConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: QyranConfig = {
  defaultRegion: 'KZ',
  batchSize: 1000,
  commitSize: 200_000,
  threads: availableParallelism(),
  // A core is left to the store's writer, which sets an ingest's pace (it writes on a thread of its own). On this
  // project's 2-core machine, 1,000,000 generated documents, alternating: one analysis thread 23,789, 21,807 and
  // 23,623 docs/s (CPU 73-79 us per document), two 21,800, 20,457 and 20,895 (82-87 us): three busy threads on two
  // cores spent ~10% more CPU per document, in being switched and in each other's caches.
  ingestThreads: Math.max(1, availableParallelism() - 1),
};

/** Overrides come from flags and QYRAN_* environment variables; invalid values are a usage error, not a crash. */
export function resolveConfig(overrides: Partial<Record<keyof QyranConfig, unknown>>): QyranConfig {
  const env = process.env;
  const merged = {
    ...DEFAULT_CONFIG,
    ...(env.QYRAN_DEFAULT_REGION === undefined ? {} : { defaultRegion: env.QYRAN_DEFAULT_REGION }),
    ...(env.QYRAN_THREADS === undefined
      ? {}
      : { threads: Number(env.QYRAN_THREADS), ingestThreads: Number(env.QYRAN_THREADS) }),
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new QyranError('CONFIG_INVALID', `invalid configuration: ${z.prettifyError(parsed.error)}`, {
      hint: 'check the flags and QYRAN_* environment variables',
    });
  }
  return parsed.data;
}
