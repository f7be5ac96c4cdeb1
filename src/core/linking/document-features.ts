import { normalize } from '../../normalize/normalize.js';
import type { LinkSourceDocument } from '../../store/store.js';
import { contactStance } from './contact-warnings.js';
import type { LinkDocument } from './link-input.js';
import { textBands } from './minhash.js';
import { isWarning } from './reply-warnings.js';

/**
 * The version of what `documentFeatures` reads from a document, its cue files included. A store keeps features
 * with the version that read them; a new version makes the next `qyran link` read every document again.
 * 2: contacts a post warns against or disowns (session 4).
 */
export const FEATURES_VERSION = '2';

/** What linking keeps of a document: computed once, when the document first passes the watermark. */
export function documentFeatures(doc: LinkSourceDocument): LinkDocument {
  const time = doc.publishedAt === null ? Number.NaN : Date.parse(doc.publishedAt);
  const reply = doc.parentExternalId !== null;
  // Normalised once, and only for what reads cues: a post naming contacts, or a reply.
  const normalized = reply || doc.identifiers.length > 0 ? normalize(doc.body).text : '';
  const stance = contactStance(normalized, doc.identifiers);
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
    // A contact the post disowns («старый аккаунт @x заблокирован») is neither its own nor one it offers.
    identifiers:
      stance.disowned.size === 0 ? doc.identifiers : doc.identifiers.filter((i) => !stance.disowned.has(i.id)),
    trade: doc.label === 'sale' || doc.label === 'recruitment',
    recruitment: doc.label === 'recruitment',
    // A reply's stance is read from its whole text (replies are short), any post's from the sentences naming contacts.
    warning: (reply && isWarning(normalized)) || stance.warns,
    bands: textBands(doc.body),
  };
}
