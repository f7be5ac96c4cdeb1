import type { DetectorPlugin } from '../src/core/plugin.js';
import { DETECTION_LABELS } from '../src/model/detection.js';
import { normalize } from '../src/normalize/normalize.js';
import type { Prediction } from './eval-metrics.js';

/** The confusion matrix (rows truth, columns predicted) and the detectors' speed, as printable text. */
export function confusionTable(title: string, predictions: readonly Prediction[]): string {
  const header = ['truth \\ predicted', ...DETECTION_LABELS].map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(12)));
  const rows = DETECTION_LABELS.map((truth) => {
    const cells = DETECTION_LABELS.map((predicted) =>
      String(predictions.filter((p) => p.truth === truth && p.predicted === predicted).length).padStart(12),
    );
    return [truth.padEnd(18), ...cells].join('');
  });
  return [title, header.join(''), ...rows].join('\n');
}

const RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function seconds(texts: readonly string[], work: (text: string) => void): number {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const text of texts) work(text);
    runs.push((performance.now() - started) / 1000);
  }
  return median(runs);
}

/** One core, median of RUNS passes over the same texts, normalisation included as on the ingest path. */
export function speedReport(
  name: string,
  texts: readonly string[],
  detectors: Readonly<Record<string, DetectorPlugin>>,
): string {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const all = Object.values(detectors);
  const cases: [string, (text: string) => void][] = [
    ['normalise only', (t) => normalize(t)],
    ...Object.entries(detectors).map(([name, d]): [string, (text: string) => void] => [
      `normalise + ${name}`,
      (t) => d.detect({ text: t, normalized: normalize(t), title: null, language: null }),
    ]),
    [
      'normalise + all detectors',
      (t) => {
        const input = { text: t, normalized: normalize(t), title: null, language: null };
        for (const d of all) d.detect(input);
      },
    ],
  ];
  const lines = cases.map(([name, work]) => {
    const s = seconds(texts, work);
    return `  ${name.padEnd(28)} ${(bytes / 1e6 / s).toFixed(1).padStart(7)} MB/s ${Math.round(texts.length / s)
      .toLocaleString('en')
      .padStart(9)} docs/s`;
  });
  const header = `speed on ${name}, one core, ${texts.length.toLocaleString('en')} texts (${(bytes / 1e6).toFixed(1)} MB, mean ${Math.round(bytes / texts.length)} B), median of ${RUNS}:`;
  return [header, ...lines].join('\n');
}
