import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedEvalSets } from '../scripts/eval-sets.js';
import { generateCorpus } from '../scripts/generate-corpus.js';
import { findPackageRoot } from '../src/core/package-root.js';
import type { AnalysisInput, ExtractorPlugin } from '../src/core/plugin.js';
import { loadRegistry } from '../src/core/registry.js';
import { DEFAULT_CLEAN_CONTEXT } from '../src/model/identifier-type.js';
import { normalize } from '../src/normalize/normalize.js';
import { median } from './median.js';

const RUNS = 5;
/**
 * Each pass reads its set as many times as it takes to read this much: the tg-spam sets are 0.1 MB, and a pass
 * over one of them once was a few milliseconds, the process's CPU time in it moved by whatever else its threads did
 * (13.8 and 11.7 MB/s printed for sets that run at 21-27 in longer in-process passes).
 */
const MIN_PASS_MB = 2;
/** Real Telegram news posts (CC BY 4.0), next to the checkout; mostly long prose with few identifiers. */
const NEWS_DIR = join(findPackageRoot(import.meta.url), '..', 'shared', 'data', 'news-ru-dev');

interface Rate {
  /** Median MB/s of UTF-8 text by the wall clock. */
  readonly wall: number;
  /** Median of each pass's speed over the baseline pass run just before it. */
  readonly ratio: number;
  /** Median MB per second of this process's CPU time: per core even when the machine is busy with other work. */
  readonly cpu: number;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Wall and CPU seconds of one call of `pass`. */
function timed(pass: () => void): { readonly wall: number; readonly cpu: number } {
  const wallStart = performance.now();
  const cpuStart = cpuSeconds();
  pass();
  return { wall: (performance.now() - wallStart) / 1000, cpu: cpuSeconds() - cpuStart };
}

/**
 * RUNS passes of `work` over the same items, each after a baseline pass (lower-casing the same texts), so a ratio
 * compares two passes a moment apart: on a shared machine the load changes between runs, not within a pair.
 */
function throughput<T>(texts: readonly string[], items: readonly T[], work: (item: T) => void): Rate {
  const setMegabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  const repeats = setMegabytes > 0 ? Math.ceil(MIN_PASS_MB / setMegabytes) : 1;
  const megabytes = setMegabytes * repeats;
  const walls: number[] = [];
  const ratios: number[] = [];
  const cpus: number[] = [];
  // Summed so the optimiser cannot drop the lower-casing as unused: it did, and the baseline ran at GB/s.
  let lowered = 0;
  for (let run = 0; run < RUNS; run++) {
    const baseline = timed(() => {
      for (let r = 0; r < repeats; r++) for (const text of texts) lowered += text.toLowerCase().length;
    });
    const pass = timed(() => {
      for (let r = 0; r < repeats; r++) for (const item of items) work(item);
    });
    walls.push(megabytes / pass.wall);
    ratios.push(baseline.wall / pass.wall);
    cpus.push(megabytes / pass.cpu);
  }
  if (lowered === 0 && texts.length > 0) throw new Error('the baseline pass lower-cased nothing');
  return { wall: median(walls), ratio: median(ratios), cpu: median(cpus) };
}

function format(rate: Rate): string {
  return `${rate.wall.toFixed(1).padStart(7)} MB/s (${rate.ratio.toFixed(3)} x baseline; ${rate.cpu.toFixed(1)} MB per CPU-second)`;
}

function analysisInput(text: string): AnalysisInput {
  return { text, normalized: normalize(text), title: null, language: null };
}

/** A Telegram message's text: a string, or (Telegram Desktop exports) an array of strings and entity objects. */
function messageText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text
    .map((part: unknown) => {
      if (typeof part === 'string') return part;
      return typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string'
        ? part.text
        : '';
    })
    .join('');
}

/** The non-empty message texts of every export in news-ru-dev (a bare array of messages, or `{ messages }`). */
function newsTexts(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(NEWS_DIR).filter((name) => name.endsWith('.json'))) {
    const parsed: unknown = JSON.parse(readFileSync(join(NEWS_DIR, file), 'utf8'));
    const messages: unknown[] = Array.isArray(parsed)
      ? parsed
      : typeof parsed === 'object' && parsed !== null && 'messages' in parsed && Array.isArray(parsed.messages)
        ? parsed.messages
        : [];
    for (const message of messages) {
      const text =
        typeof message === 'object' && message !== null && 'text' in message ? messageText(message.text) : '';
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

/**
 * Every registered extractor alone, then all of them one after another on each input, as the pipeline runs them,
 * on pre-normalised inputs: the figures are the extractors' own cost (normalising is shared with the detectors).
 */
function benchExtractors(name: string, texts: readonly string[], extractors: readonly ExtractorPlugin[]): void {
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  const inputs = texts.map(analysisInput);
  console.log(`  ${name}: ${texts.length.toLocaleString('en')} texts (${megabytes.toFixed(1)} MB)`);
  for (const extractor of extractors) {
    const alone = throughput(texts, inputs, (input) => extractor.extract(input, DEFAULT_CLEAN_CONTEXT));
    console.log(`    extractor ${extractor.meta.id.padEnd(20)} ${format(alone)}`);
  }
  const together = throughput(texts, inputs, (input) => {
    for (const extractor of extractors) extractor.extract(input, DEFAULT_CLEAN_CONTEXT);
  });
  console.log(`    all ${extractors.length} extractors together     ${format(together)}`);
}

/** Per-core speed of the analysis hot path, against a baseline pass (lower-casing) over the same texts. */
export async function benchAnalysis(): Promise<void> {
  const texts = [...generateCorpus({ seed: 7, count: 20_000 })].map((r) => r.text);
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  const registry = await loadRegistry();
  const normalizeRate = throughput(texts, texts, (t) => normalize(t));
  const detectRate = throughput(texts, texts, (t) => {
    const input = analysisInput(t);
    for (const d of registry.detectors) d.detect(input);
  });
  const extractRate = throughput(texts, texts, (t) => {
    const input = analysisInput(t);
    for (const e of registry.extractors) e.extract(input, DEFAULT_CLEAN_CONTEXT);
  });
  console.log(`\nanalysis, one core, median of ${RUNS} passes, each after a baseline pass (toLowerCase):`);
  console.log(`  generated corpus, ${texts.length.toLocaleString('en')} texts (${megabytes.toFixed(1)} MB)`);
  console.log(`    normalise                      ${format(normalizeRate)}`);
  console.log(`    normalise + detect             ${format(detectRate)}`);
  console.log(`    normalise + all extractors     ${format(extractRate)}`);
  const news = existsSync(NEWS_DIR) ? newsTexts() : null;
  if (news !== null) {
    const newsMegabytes = news.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
    // Long prose with few cues: the per-document costs weigh less, the per-character ones more.
    const newsDetectRate = throughput(news, news, (t) => {
      const input = analysisInput(t);
      for (const d of registry.detectors) d.detect(input);
    });
    console.log(
      `  real news (news-ru-dev), ${news.length.toLocaleString('en')} texts (${newsMegabytes.toFixed(1)} MB)`,
    );
    console.log(`    normalise + detect             ${format(newsDetectRate)}`);
  }
  // Real short texts: chat comments and Telegram group messages, the length of classified ads and shop posts.
  const shared = join(NEWS_DIR, '..');
  const short = existsSync(shared) ? sharedEvalSets(shared, new Set()).filter((set) => !set.subset) : [];
  for (const set of short.filter((s) => s.name.startsWith('vk') || s.name.startsWith('tg-spam'))) {
    const shortTexts = set.texts.map((t) => t.text);
    const shortMegabytes = shortTexts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
    const rate = throughput(shortTexts, shortTexts, (t) => {
      const input = analysisInput(t);
      for (const d of registry.detectors) d.detect(input);
    });
    console.log(
      `  real ${set.name}, ${shortTexts.length.toLocaleString('en')} texts (${shortMegabytes.toFixed(1)} MB, ` +
        `${Math.round((shortMegabytes * 1e6) / Math.max(1, shortTexts.length))} B each)`,
    );
    console.log(`    normalise + detect             ${format(rate)}`);
  }
  console.log('extractors on pre-normalised text:');
  benchExtractors('generated corpus', texts, registry.extractors);
  if (news !== null) benchExtractors('real news (news-ru-dev)', news, registry.extractors);
  else console.log(`  real news: ${NEWS_DIR} not found, skipped`);
}
