/** A platform account as seen in a source: a stable platform id, a handle, or both. */
export interface AccountRef {
  readonly platform: string;
  readonly platformId: string | null;
  readonly handle: string | null;
  readonly displayName: string | null;
}

export interface Account extends AccountRef {
  readonly id: string;
}

/** What a capture says. */
export interface Document {
  readonly id: string;
  readonly captureId: string;
  /** The id the source gave the item (JSONL `id`, Telegram message id), kept for export and search. */
  readonly externalId: string | null;
  readonly platform: string;
  readonly url: string | null;
  readonly authorAccountId: string | null;
  /** ISO 8601 UTC when the source says it was published; null when unknown. */
  readonly publishedAt: string | null;
  /** True when the source gave only local wall-clock time and `publishedAt` assumed UTC. */
  readonly publishedAtIsLocal: boolean;
  readonly language: string | null;
  readonly title: string | null;
  readonly body: string;
  /** Thread, chat or channel the document belongs to (namespaced by platform). */
  readonly threadKey: string | null;
  /** External id of the item this one replies to, within the same thread. */
  readonly parentExternalId: string | null;
  /** The account whose post this one forwards, as the source names it (a handle, or a display name). */
  readonly forwardedFrom: string | null;
  /** 64-bit perceptual hashes (16 hex digits) of the attached images, when the source gives or allows them. */
  readonly imageHashes: readonly string[];
  readonly extra: Readonly<Record<string, string | number | boolean | null>>;
}
