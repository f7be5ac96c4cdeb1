import type { ConnectorItem, DocumentDraft } from '../plugin.js';

/** A record read from a line- or row-based file: its exact bytes, where they stand, and what they say. */
export function fileRecord(
  path: string,
  at: { readonly bytes: Uint8Array; readonly offset: number; readonly line: number },
  mediaType: string,
  document: DocumentDraft,
  cursor: string,
): ConnectorItem {
  return {
    kind: 'record',
    bytes: at.bytes,
    byteOffset: at.offset,
    mediaType,
    origin: { kind: 'file', path, line: at.line, byteOffset: at.offset },
    document,
    cursor,
  };
}
