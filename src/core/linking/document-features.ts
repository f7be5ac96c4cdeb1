import type { LinkSourceDocument } from '../../store/store.js';
import type { LinkDocument } from './link-input.js';
import { textBands } from './minhash.js';
import { isWarning } from './reply-warnings.js';

/** What linking keeps of a document: computed once, when the document first passes the watermark. */
export function documentFeatures(doc: LinkSourceDocument): LinkDocument {
  const time = doc.publishedAt === null ? Number.NaN : Date.parse(doc.publishedAt);
  return {
    seq: doc.seq,
    id: doc.id,
    externalId: doc.externalId,
    authorAccountId: doc.authorAccountId,
    time,
    threadKey: doc.threadKey,
    parentExternalId: doc.parentExternalId,
    forwardedFrom: doc.forwardedFrom,
    imageHashes: doc.imageHashes,
    identifiers: doc.identifiers,
    trade: doc.label === 'sale' || doc.label === 'recruitment',
    recruitment: doc.label === 'recruitment',
    // Only a reply's stance is ever read, and replies are short: other documents skip the cue scan.
    warning: doc.parentExternalId !== null && isWarning(doc.body),
    bands: textBands(doc.body),
  };
}
