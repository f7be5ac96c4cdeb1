import type { DocumentDraft, FrameInput, ParsedFrame } from '../plugin.js';

/** A record parsed from a line- or row-based file: its document, and its origin as file + line + byte offset. */
export function fileDocument(frame: FrameInput, mediaType: string, document: DocumentDraft): ParsedFrame {
  return {
    kind: 'document',
    document,
    origin: { kind: 'file', path: frame.sourcePath, line: frame.line, byteOffset: frame.byteOffset },
    mediaType,
  };
}
