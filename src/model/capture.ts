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
}

export interface CaptureWithBytes extends Capture {
  readonly bytes: Uint8Array;
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
