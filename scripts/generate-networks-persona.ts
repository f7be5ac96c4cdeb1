import type { AccountKind, AuthorRecord, NetworkKind, Platform } from './generate-networks-types.js';

/**
 * One real account. How its posts show the author decides the account key the store and the truth use:
 * `id` posts carry the platform id, `handle` posts only the handle, `both` some of each (two keys, one account,
 * as when the same chat is read from a desktop export and from the web preview).
 */
export type IdMode = 'id' | 'handle' | 'both';

export interface Persona {
  readonly index: number;
  readonly platform: Platform;
  readonly id: string | null;
  /** Handles from the given moment on, oldest first; a rename keeps the id. Empty: the account has none. */
  readonly handles: readonly { readonly handle: string; readonly from: number }[];
  readonly name: string;
  readonly idMode: IdMode;
  readonly object: string;
  readonly kind: AccountKind;
  readonly network: string;
  readonly networkKind: NetworkKind;
  readonly city: number;
  readonly from: number;
  readonly to: number;
}

/** The handle in use at `time`, or null. */
export function handleAt(persona: Persona, time: number): string | null {
  let current: string | null = null;
  for (const h of persona.handles) if (h.from <= time || current === null) current = h.handle;
  return current;
}

/** The handle others write to reach the account at `time` (`@name`), or null when it has none. */
export function mentionOf(persona: Persona, time: number): string | null {
  const handle = handleAt(persona, time);
  return handle === null ? null : `@${handle}`;
}

/** The author as this post shows it; `withId` chooses for `both` accounts. */
export function authorOf(persona: Persona, time: number, withId: boolean): AuthorRecord {
  const handle = handleAt(persona, time) ?? undefined;
  const showId = persona.idMode === 'id' || (persona.idMode === 'both' && withId);
  if (showId && persona.id !== null) return { id: persona.id, handle, name: persona.name };
  return { handle, name: persona.name };
}

/** `platform:id` when the author carries an id, else `platform:handle`: the key of src/core/pipeline accounts. */
export function accountKey(platform: string, author: AuthorRecord): string {
  if (author.id !== undefined) return `${platform}:${author.id}`;
  return `${platform}:${(author.handle ?? '').replace(/^@/, '').toLowerCase()}`;
}
