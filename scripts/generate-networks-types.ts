/** The records `generateNetworks` writes: documents for `qyran ingest`, and the ground truth beside them. */
export const PLATFORMS = ['telegram', 'olx-synthetic', 'instagram', 'vk', 'whatsapp'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** As JSONL authors are read (src/core/source/account.ts): an id when the platform shows one, else a handle. */
export interface AuthorRecord {
  readonly id?: string | undefined;
  readonly handle?: string | undefined;
  readonly name: string;
}

export interface NetworkDocument {
  readonly id: string;
  readonly platform: Platform;
  readonly author: AuthorRecord;
  readonly title?: string | undefined;
  readonly text: string;
  readonly published_at: string;
  /** The chat, channel, group, board section or feed the post was seen in, namespaced by platform. */
  readonly thread: string;
  /** Id of the post this one answers, in the same thread. */
  readonly reply_to?: string | undefined;
  /** Handle of the account whose post this one forwards (the text is the forwarded post's). */
  readonly forwarded_from?: string | undefined;
  /** 64-bit perceptual hashes (16 hex digits) of the attached photos. */
  readonly images?: readonly string[] | undefined;
  readonly synthetic: true;
}

export type AccountKind = 'shop' | 'operator' | 'courier' | 'customer' | 'legit-seller' | 'bystander';
export type NetworkKind = 'drug' | 'benign';

export interface IdentifierValue {
  /** Qyran identifier type (phone, telegram, tron_address …) or `image_phash` for a photo. */
  readonly type: string;
  /** Normalised as the extractors emit it: E.164 phone, lower-case handle without `@`. */
  readonly value: string;
}

/** One line per account key: `platform:id` when the author carries an id, else `platform:handle`. */
export interface TruthAccount {
  readonly type: 'account';
  readonly account: string;
  readonly platform: Platform;
  readonly id?: string | undefined;
  readonly handle?: string | undefined;
  /** Every handle an account with an id went by, oldest first, when it renamed itself. */
  readonly handles?: readonly string[] | undefined;
  readonly name: string;
  readonly object: string;
  readonly kind: AccountKind;
  readonly network: string;
  readonly network_kind: NetworkKind;
  readonly documents: number;
  /** Hub ids this account wrote or forwarded. */
  readonly hubs?: readonly string[] | undefined;
}

export interface TruthObject {
  readonly type: 'object';
  readonly object: string;
  readonly kind: AccountKind;
  readonly network: string;
  readonly accounts: number;
  /** What the object itself uses (its phones, bots, wallets, photos, contact handles), hubs excluded. */
  readonly identifiers: readonly IdentifierValue[];
}

export interface TruthNetwork {
  readonly type: 'network';
  readonly network: string;
  readonly network_kind: NetworkKind;
  readonly city: string;
  /** own: its own ad template; public: a template other unrelated shops also copy; clone: copies another shop. */
  readonly template?: 'own' | 'public' | 'clone' | undefined;
  readonly clone_of?: string | undefined;
}

export interface TruthHub {
  readonly type: 'hub';
  readonly hub: string;
  readonly label: string;
  readonly identifier: IdentifierValue;
  readonly documents: number;
  readonly accounts: number;
  readonly networks: number;
  readonly drug_networks: number;
}

export type TruthRecord = TruthAccount | TruthObject | TruthNetwork | TruthHub;

export type GeneratedItem =
  /** `time` is `published_at` in ms, so the writer need not parse it back. */
  | { readonly kind: 'document'; readonly record: NetworkDocument; readonly time: number }
  | { readonly kind: 'truth'; readonly record: TruthRecord };
