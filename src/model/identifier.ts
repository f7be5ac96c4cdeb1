import type { IdentifierAttributes } from './identifier-type.js';

/** A normalised identifier: the thing dealers leave behind (a phone, a handle, a wallet …). */
export interface Identifier {
  readonly id: string;
  readonly type: string;
  readonly value: string;
}

/** A document -> identifier occurrence, with the span in the document's original text (UTF-16 offsets). */
export interface Mention {
  readonly id: string;
  readonly documentId: string;
  readonly identifierId: string;
  readonly start: number;
  readonly end: number;
  /** The text as written, before normalisation. */
  readonly raw: string;
  /** What the text around the mention says of the value (see ExtractedIdentifier.attributes); {} when nothing. */
  readonly attributes: IdentifierAttributes;
  readonly extractor: string;
}
