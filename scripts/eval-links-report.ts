import type { ClusteringReport, LinkEvaluation } from './eval-links-evaluate.js';
import type { ClusteringScores, Prf } from './eval-links-metrics.js';

/** The evaluation as fixed-width text; NaN (nothing scored) prints as a dash. */
function pct(value: number): string {
  return Number.isNaN(value) ? '-' : (value * 100).toFixed(1);
}

function prf(p: Prf): string {
  return `${pct(p.precision).padStart(5)} ${pct(p.recall).padStart(5)} ${pct(p.f1).padStart(5)}`;
}

function row(name: string, s: ClusteringScores): string {
  return `${name.padEnd(30)} ${String(s.items).padStart(7)}   ${prf(s.pairwise)}   ${prf(s.bcubed)}`;
}

const HEADER = `${'clustering · accounts'.padEnd(30)} ${'n'.padStart(7)}   pairwise P/R/F1     B-cubed P/R/F1`;

function rows(name: string, r: ClusteringReport): string[] {
  return [
    row(`${name} · all`, r.all),
    row(`${name} · drug networks`, r.drug),
    ...[...r.byKind].map(([kind, s]) => row(`${name} · ${kind}`, s)),
  ];
}

export function formatEvaluation(e: LinkEvaluation): string {
  const c = e.coverage;
  const lines = [
    `${c.goldAccounts} gold accounts; the prediction places ${c.placedAccounts} in ${c.predictedObjects} objects ` +
      `(unplaced accounts count as singletons); ${c.unknownAccounts} predicted accounts unknown to the truth, ` +
      `${c.duplicateAccounts} listed twice (first kept)`,
    `networks from: ${e.networkSource}${e.networkSource === 'objects' ? ' (no network given: each object is its own network)' : ''}`,
    '',
    HEADER,
    ...rows('objects', e.objects),
    '',
    ...rows('networks', e.networks),
    '',
    `predicted networks holding two or more drug networks: ${e.drugMerges.clusters} (largest holds ${e.drugMerges.largest})`,
    '',
    'hub check: users of a hub from k gold networks in one predicted network count k-1 merges; "listed": merges',
    'where that network lists the hub; "chance": merges expected if the hub played no part (see eval-links-hubs.ts)',
    `${'hub'.padEnd(46)} networks  merges  largest  listed  chance`,
  ];
  for (const h of e.hubs) {
    const name = `${h.hub.hub} ${h.hub.label} (${h.hub.identifier.type})`;
    lines.push(
      `${name.padEnd(46)} ${String(h.networks).padStart(8)} ${String(h.merges).padStart(7)} ` +
        `${String(h.largest).padStart(8)} ${String(h.listed).padStart(7)} ${h.chance.toFixed(1).padStart(7)}`,
    );
  }
  const merges = e.hubs.reduce((sum, h) => sum + h.merges, 0);
  lines.push(`hub check: ${merges === 0 ? 'passed, no hub user merged across networks' : `FAILED, ${merges} merges`}`);
  return lines.join('\n');
}
