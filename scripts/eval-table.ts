import type { Figures } from './eval-metrics.js';

/** Fixed-width rows of figures, one evaluated set per row; NaN (no support) prints as a dash. */
const COLUMNS: readonly string[] = [
  'set',
  'n',
  'sale P/R',
  'recr P/R',
  'prop P/R',
  'ment P/R',
  'trade R',
  's-vs-r',
  'neg FPR',
  'acc',
];
const WIDTHS: readonly number[] = [46, 6, 11, 11, 11, 11, 8, 7, 16, 6];

function pct(value: number, digits = 1): string {
  return Number.isNaN(value) ? '-' : (value * 100).toFixed(digits);
}

function pair(precision: number, recall: number): string {
  return `${pct(precision)}/${pct(recall)}`;
}

function row(cells: readonly string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 8) : cell.padStart(WIDTHS[i] ?? 8))).join(' ');
}

export function tableHeader(): string {
  return row(COLUMNS);
}

export function tableRow(name: string, f: Figures): string {
  const { sale, recruitment, propaganda, mention } = f.perLabel;
  const flagged = Math.round(f.negativeFpr * f.negativeSupport);
  return row([
    name,
    String(f.count),
    pair(sale.precision, sale.recall),
    pair(recruitment.precision, recruitment.recall),
    pair(propaganda.precision, propaganda.recall),
    pair(mention.precision, mention.recall),
    pct(f.tradeRecall),
    pct(f.saleVsRecruitment),
    Number.isNaN(f.negativeFpr) ? '-' : `${pct(f.negativeFpr, 2)} (${flagged}/${f.negativeSupport})`,
    pct(f.accuracy),
  ]);
}
