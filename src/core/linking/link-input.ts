/** What a linking run reads from the store: accounts, and each document reduced to what linking needs. */
export interface LinkAccount {
  readonly id: string;
  readonly platform: string;
  readonly platformId: string | null;
  readonly handle: string | null;
  readonly displayName: string | null;
}

export interface LinkIdentifierUse {
  readonly id: string;
  readonly type: string;
  readonly value: string;
}

export interface LinkDocument {
  readonly seq: number;
  readonly id: string;
  /** The id the source gave (the JSONL `id`), which replies point at. */
  readonly externalId: string | null;
  readonly authorAccountId: string | null;
  /** Milliseconds since the epoch, or NaN when the source gave no time. */
  readonly time: number;
  readonly threadKey: string | null;
  readonly parentExternalId: string | null;
  readonly forwardedFrom: string | null;
  readonly imageHashes: readonly string[];
  readonly identifiers: readonly LinkIdentifierUse[];
  /** Decided as a sale or recruitment post: replies to it and reposts of it are trade, not chatter. */
  readonly trade: boolean;
  /** Decided as recruitment: answering it is applying to work for the poster. */
  readonly recruitment: boolean;
  /**
   * It warns about, reports or mocks what it answers («не ведитесь», «Админ, удалите»), or warns against a contact it
   * names («@x — это наркошоп»): no application, and no offer of its contacts.
   */
  readonly warning: boolean;
  /** LSH band keys of the text's MinHash signature; empty for texts too short to be a template. */
  readonly bands: readonly number[];
}

export const JUDGEMENT_VERDICTS = ['same', 'different', 'unsure'] as const;
export type JudgementVerdict = (typeof JUDGEMENT_VERDICTS)[number];

/** An analyst's decision on two accounts; the latest one for a pair is in force, earlier ones are history. */
export interface Judgement {
  readonly accountA: string;
  readonly accountB: string;
  readonly verdict: JudgementVerdict;
  readonly note: string | null;
  readonly decidedAt: string;
}
