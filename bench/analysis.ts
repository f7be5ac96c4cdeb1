import { generateCorpus } from '../scripts/generate-corpus.js';
import { loadRegistry } from '../src/core/registry.js';
import { DEFAULT_CLEAN_CONTEXT } from '../src/model/identifier-type.js';
import { normalize } from '../src/normalize/normalize.js';

const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** MB/s of UTF-8 text through `work`, median of RUNS passes over the same texts. */
function throughput(texts: readonly string[], bytes: number, work: (text: string) => void): number {
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const text of texts) work(text);
    rates.push(bytes / 1e6 / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

/** Per-core speed of the analysis hot path, against a baseline pass (lower-casing) over the same texts. */
export async function benchAnalysis(): Promise<void> {
  const texts = [...generateCorpus({ seed: 7, count: 20_000 })].map((r) => r.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const registry = await loadRegistry();
  const baseline = throughput(texts, bytes, (t) => t.toLowerCase());
  const normalizeRate = throughput(texts, bytes, (t) => normalize(t));
  const detectRate = throughput(texts, bytes, (t) => {
    const input = { text: t, normalized: normalize(t), title: null, language: null };
    for (const d of registry.detectors) d.detect(input);
  });
  const normalized = texts.map((t) => ({ text: t, normalized: normalize(t), title: null, language: null }));
  const extractRates = registry.extractors.map((extractor) => {
    let i = 0;
    const rate = throughput(texts, bytes, () => {
      const input = normalized[i++ % normalized.length];
      if (input !== undefined) extractor.extract(input, DEFAULT_CLEAN_CONTEXT);
    });
    const entry: readonly [string, number] = [extractor.meta.id, rate];
    return entry;
  });
  const allExtractors = throughput(texts, bytes, (t) => {
    const input = { text: t, normalized: normalize(t), title: null, language: null };
    for (const e of registry.extractors) e.extract(input, DEFAULT_CLEAN_CONTEXT);
  });
  console.log(
    `\nanalysis, one core, ${texts.length.toLocaleString('en')} texts (${(bytes / 1e6).toFixed(1)} MB), median of ${RUNS}:`,
  );
  console.log(`  baseline toLowerCase:     ${baseline.toFixed(1)} MB/s`);
  console.log(`  normalise:                ${normalizeRate.toFixed(1)} MB/s`);
  console.log(
    `  normalise + detect:       ${detectRate.toFixed(1)} MB/s (${(detectRate / baseline).toFixed(3)} x baseline)`,
  );
  for (const [id, rate] of extractRates)
    console.log(`  extractor ${id.padEnd(15)} ${rate.toFixed(1)} MB/s (on pre-normalised text)`);
  console.log(`  normalise + all extractors: ${allExtractors.toFixed(1)} MB/s`);
}
