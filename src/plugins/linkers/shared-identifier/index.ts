import type { LinkerPlugin, LinkSource } from '../../../core/plugin.js';
import { identifierType } from '../../../model/identifier-types/index.js';
import { makeId } from '../../../model/ids.js';
import type { Link } from '../../../model/link.js';

const DEFAULT_SPECIFICITY = 0.5;

/**
 * The direct links: an account used an identifier (wrote the phone, linked the handle) in these documents.
 * Two accounts sharing an identifier meet at it in the graph; how strongly is the identifier type's specificity.
 */
async function* linkAccountsToIdentifiers(source: LinkSource): AsyncIterable<Link> {
  const evidence = new Map<string, { accountId: string; identifierId: string; type: string; documents: Set<string> }>();
  for await (const use of source.accountIdentifierUses()) {
    const key = `${use.accountId}\u001f${use.identifierId}`;
    let entry = evidence.get(key);
    if (entry === undefined) {
      entry = {
        accountId: use.accountId,
        identifierId: use.identifierId,
        type: use.identifierType,
        documents: new Set(),
      };
      evidence.set(key, entry);
    }
    entry.documents.add(use.documentId);
  }
  for (const entry of evidence.values()) {
    yield {
      id: makeId('lnk', 'uses-identifier', entry.accountId, entry.identifierId),
      type: 'uses-identifier',
      source: { kind: 'account', id: entry.accountId },
      target: { kind: 'identifier', id: entry.identifierId },
      method: 'shared-identifier',
      strength: identifierType(entry.type)?.specificity ?? DEFAULT_SPECIFICITY,
      evidenceDocumentIds: [...entry.documents].sort(),
    };
  }
}

const sharedIdentifierLinker: LinkerPlugin = {
  meta: {
    kind: 'linker',
    id: 'shared-identifier',
    version: '1.0.0',
    description: 'Links each account to the identifiers it used, with the documents as evidence',
    consumes: ['mention', 'document.author'],
    produces: ['link:uses-identifier'],
  },
  link: linkAccountsToIdentifiers,
};

export default sharedIdentifierLinker;
