import type { Link, ObjectKind } from '../../model/link.js';

/** A scored candidate match between two accounts on weaker evidence, kept whether or not it merged them. */
export interface MatchRecord {
  readonly accountA: string;
  readonly accountB: string;
  /** 0..1 */
  readonly score: number;
  readonly method: string;
  readonly features: Readonly<Record<string, number | string | boolean>>;
  readonly merged: boolean;
}

export interface LinkedObject {
  readonly id: string;
  readonly kind: ObjectKind;
  readonly accountIds: readonly string[];
  readonly identifierIds: readonly string[];
  readonly network: string;
}

export interface HubFound {
  readonly identifierId: string;
  readonly type: string;
  readonly value: string;
  readonly accounts: number;
}

export interface LinkResult {
  readonly objects: readonly LinkedObject[];
  readonly links: readonly Link[];
  readonly matches: readonly MatchRecord[];
  readonly hubs: readonly HubFound[];
  readonly networks: number;
}
