export type NodeRef =
  | { readonly kind: 'account'; readonly id: string }
  | { readonly kind: 'identifier'; readonly id: string }
  | { readonly kind: 'document'; readonly id: string }
  | { readonly kind: 'object'; readonly id: string };

/** A typed relation between two nodes, with how it was found and how much it should be trusted. */
export interface Link {
  readonly id: string;
  readonly type: string;
  readonly source: NodeRef;
  readonly target: NodeRef;
  readonly method: string;
  /** 0..1 */
  readonly strength: number;
  /** Ids of the documents (and through them the captures) that support the link. */
  readonly evidenceDocumentIds: readonly string[];
}

export const OBJECT_KINDS = ['person', 'shop', 'operator', 'group'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** A resolved real-world actor: a cluster of accounts and identifiers. */
export interface ResolvedObject {
  readonly id: string;
  readonly kind: ObjectKind;
  readonly name: string | null;
  readonly accountIds: readonly string[];
  readonly identifierIds: readonly string[];
}
