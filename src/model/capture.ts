/** Where the raw bytes of a capture came from. */
export type CaptureOrigin =
  | { readonly kind: 'file'; readonly path: string; readonly line: number; readonly byteOffset: number }
  | { readonly kind: 'export'; readonly path: string; readonly exportId: string; readonly itemId: string }
  | { readonly kind: 'url'; readonly url: string };

export interface Collector {
  readonly name: string;
  readonly version: string;
}

/** The raw bytes exactly as collected. Immutable once written; everything derived points back at it. */
export interface Capture {
  readonly id: string;
  readonly sha256: string;
  readonly byteLength: number;
  readonly mediaType: string;
  readonly origin: CaptureOrigin;
  /** ISO 8601, UTC, when Qyran collected the bytes. */
  readonly capturedAt: string;
  readonly collector: Collector;
  /**
   * Where the bytes are kept: a content-addressed blob (the source file as received, or the capture's own bytes)
   * and the offset of the capture in it. Keeping the file once, instead of a copy per record, is both the better
   * evidence (the file the analyst was given) and 16 us per document cheaper to store.
   */
  readonly stored: { readonly blobSha256: string; readonly offset: number };
}

export function originKey(origin: CaptureOrigin): string {
  switch (origin.kind) {
    case 'file':
      return `file:${origin.path}:${origin.byteOffset}`;
    case 'export':
      return `export:${origin.path}:${origin.exportId}:${origin.itemId}`;
    case 'url':
      return `url:${origin.url}`;
  }
}
