import type { GeneratedItem, TruthHub } from './generate-networks-types.js';

/** Tallies of a generated world, for the CLI's report and the docs: what the linker is up against. */
export class Summary {
  documents = 0;
  replies = 0;
  forwards = 0;
  withImages = 0;
  readonly documentsByPlatform = new Map<string, number>();
  readonly accountsByKind = new Map<string, number>();
  readonly documentsByKind = new Map<string, number>();
  readonly objectsByKind = new Map<string, number>();
  readonly networkSizes: number[] = [];
  readonly networks = { drug: 0, benign: 0 };
  readonly templates = new Map<string, number>();
  readonly hubs: TruthHub[] = [];
  private readonly drugNetworkSizes = new Map<string, number>();

  add(item: GeneratedItem): void {
    if (item.kind === 'document') {
      const r = item.record;
      this.documents++;
      if (r.reply_to !== undefined) this.replies++;
      if (r.forwarded_from !== undefined) this.forwards++;
      if (r.images !== undefined) this.withImages++;
      bump(this.documentsByPlatform, r.platform, 1);
      return;
    }
    const r = item.record;
    switch (r.type) {
      case 'account':
        bump(this.accountsByKind, r.kind, 1);
        bump(this.documentsByKind, r.kind, r.documents);
        if (r.network_kind === 'drug') bump(this.drugNetworkSizes, r.network, 1);
        break;
      case 'object':
        bump(this.objectsByKind, r.kind, 1);
        break;
      case 'network':
        this.networks[r.network_kind]++;
        if (r.template !== undefined) bump(this.templates, r.template, 1);
        break;
      case 'hub':
        this.hubs.push(r);
        break;
    }
  }

  report(seconds: number): string {
    const accounts = sum(this.accountsByKind);
    const drugSizes = [...this.drugNetworkSizes.values()];
    const lines = [
      `${this.documents} documents, ${accounts} accounts, ${sum(this.objectsByKind)} objects, ` +
        `${this.networks.drug} drug networks + ${this.networks.benign} benign, in ${seconds.toFixed(1)} s`,
      `documents per account ${(this.documents / Math.max(1, accounts)).toFixed(2)}; replies ${pct(this.replies, this.documents)}, ` +
        `forwards ${pct(this.forwards, this.documents)}, with photos ${pct(this.withImages, this.documents)}`,
      `by platform: ${entries(this.documentsByPlatform)}`,
      `drug network accounts: mean ${mean(drugSizes).toFixed(1)}, max ${Math.max(0, ...drugSizes)}; ` +
        `templates ${entries(this.templates)}`,
      'kind          accounts  objects  accts/object  docs/account',
    ];
    for (const [kind, count] of [...this.accountsByKind].sort((a, b) => b[1] - a[1])) {
      const objects = this.objectsByKind.get(kind) ?? 0;
      lines.push(
        `${kind.padEnd(13)} ${String(count).padStart(8)} ${String(objects).padStart(8)} ` +
          `${(count / Math.max(1, objects)).toFixed(2).padStart(13)} ` +
          `${((this.documentsByKind.get(kind) ?? 0) / count).toFixed(2).padStart(13)}`,
      );
    }
    lines.push('hub                              documents  accounts  networks  drug networks');
    for (const h of this.hubs) {
      lines.push(
        `${`${h.hub} ${h.label}`.padEnd(32)} ${String(h.documents).padStart(9)} ${String(h.accounts).padStart(9)} ` +
          `${String(h.networks).padStart(9)} ${String(h.drug_networks).padStart(14)}`,
      );
    }
    return lines.join('\n');
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function sum(map: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const v of map.values()) total += v;
  return total;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

function entries(map: ReadonlyMap<string, number>): string {
  return [...map].map(([k, v]) => `${k} ${v}`).join(', ');
}
