import type { LinkAccount, LinkDocument } from './link-input.js';

/** Tiny linking inputs for tests: account n, and posts by it on a given day with the identifiers they name. */
export const DAY = 86_400_000;

export function account(n: number, handle: string | null = null, platform = 'telegram'): LinkAccount {
  return { id: `acc_${String(n).padStart(4, '0')}`, platform, platformId: String(n), handle, displayName: null };
}

export interface PostOptions {
  readonly identifiers?: readonly [string, string][];
  readonly trade?: boolean;
  readonly forwardedFrom?: string;
  readonly recruitment?: boolean;
  readonly warning?: boolean;
  /** The external id of the post this one answers. */
  readonly replyTo?: string;
}

let seq = 0;
export function post(author: number, day: number, options: PostOptions = {}): LinkDocument {
  seq++;
  return {
    seq,
    id: `doc_${seq}`,
    externalId: `p${seq}`,
    authorAccountId: account(author).id,
    time: day * DAY,
    threadKey: null,
    parentExternalId: options.replyTo ?? null,
    forwardedFrom: options.forwardedFrom ?? null,
    imageHashes: [],
    identifiers: (options.identifiers ?? []).map(([type, value]) => ({ id: `idf_${type}_${value}`, type, value })),
    trade: options.trade ?? false,
    recruitment: options.recruitment ?? false,
    warning: options.warning ?? false,
    bands: [],
  };
}
