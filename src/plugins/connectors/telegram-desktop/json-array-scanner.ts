import { concatBytes } from '../../../core/source/file-chunks.js';
import { type ArrayHeader, FrameStack, type PathSegment, type ScanSnapshot } from './frame-stack.js';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  endsBareToken,
  isWhitespace,
  NEWLINE,
  OPEN_ARRAY,
  OPEN_OBJECT,
  parseJsonBytes,
  QUOTE,
} from './json-bytes.js';

interface ElementPlace {
  /** Path of the array the element belongs to. */
  readonly arrayPath: readonly PathSegment[];
  readonly index: number;
  readonly header: ArrayHeader;
  /** Absolute byte offset and 1-based line where the element starts. */
  readonly offset: number;
  readonly line: number;
  readonly next: ScanSnapshot;
}

export type ScanEvent =
  | (ElementPlace & { readonly kind: 'element'; readonly bytes: Uint8Array })
  | (ElementPlace & { readonly kind: 'oversize' })
  /** The document's structure is broken; scanning stops. */
  | { readonly kind: 'error'; readonly offset: number; readonly line: number; readonly reason: string };

export interface ScannerOptions {
  /** Which arrays' elements to yield, by their path (e.g. `["messages"]`). */
  readonly isTarget: (path: readonly PathSegment[]) => boolean;
  /** Elements larger than this are reported as `oversize` instead of being buffered. */
  readonly maxElementBytes: number;
}

type Mode = 'structure' | 'key' | 'string' | 'bare' | 'element';
type ElementKind = 'container' | 'string' | 'bare';

// Keys and scalars outside target elements are kept only up to this size: headers are short, and memory stays flat.
const MAX_TOKEN_BYTES = 4096;

/**
 * A byte-level JSON scanner that yields each element of the target arrays as the exact bytes it occupies in the
 * stream, whatever the chunking (boundaries may fall inside strings, escapes or multi-byte characters). Outside
 * target elements it reads every token so the frame stack knows each array's path and header; inside an element
 * it only tracks strings and brackets, leaving the full parse to JSON.parse on the slice. Memory is bounded by
 * the largest element. Lines are counted outside strings: valid JSON has no raw line break inside one.
 */
export class JsonArrayScanner {
  readonly #maxElementBytes: number;
  readonly #frames: FrameStack;
  #mode: Mode = 'structure';
  #base: number;
  #line: number;
  #stopped = false;

  // The token or element being read: its bytes from earlier chunks, and where it starts in the current one.
  #parts: Uint8Array[] = [];
  #partsLength = 0;
  #pieceStart = 0;
  #overflow = false;
  #escaped = false;
  #inString = false;
  #closers: number[] = [];
  #elementKind: ElementKind = 'container';
  #elementOffset = 0;
  #elementLine = 0;

  /** Starts at a byte offset (past a byte order mark, say) or resumes from a snapshot. */
  constructor(options: ScannerOptions, from: ScanSnapshot | number = 0) {
    this.#maxElementBytes = options.maxElementBytes;
    const resume = typeof from === 'number' ? null : from;
    this.#frames = new FrameStack(options.isTarget, resume);
    this.#base = resume?.offset ?? (typeof from === 'number' ? from : 0);
    this.#line = resume?.line ?? 1;
  }

  push(chunk: Uint8Array): ScanEvent[] {
    const events: ScanEvent[] = [];
    this.#pieceStart = 0;
    let i = 0;
    while (i < chunk.length && !this.#stopped) {
      switch (this.#mode) {
        case 'structure':
          i = this.#scanStructure(chunk, i, events);
          break;
        case 'key':
        case 'string':
          i = this.#scanToken(chunk, i, events);
          break;
        case 'bare':
          i = this.#scanBare(chunk, i, events);
          break;
        case 'element':
          i = this.#scanElement(chunk, i, events);
          break;
      }
    }
    if (this.#mode !== 'structure' && !this.#stopped) this.#keep(chunk.subarray(this.#pieceStart));
    this.#base += chunk.length;
    return events;
  }

  end(): ScanEvent[] {
    if (this.#stopped) return [];
    const events: ScanEvent[] = [];
    const empty = new Uint8Array(0);
    this.#pieceStart = 0;
    // A number or literal at the very end has no byte after it to end it.
    if (this.#mode === 'bare') this.#finishBare(empty, 0, events);
    else if (this.#mode === 'element' && this.#elementKind === 'bare') this.#finishElement(empty, 0, events);
    if (this.#stopped) return events;
    if (this.#mode === 'element') {
      const index = this.#frames.currentIndex;
      this.#fail(`the file ends inside the element at index ${index} (truncated export?)`, events);
    } else if (this.#mode !== 'structure' || this.#frames.isOpen) {
      this.#fail('the file ends before the JSON document does (truncated export?)', events);
    } else if (this.#frames.isUnstarted) {
      this.#fail('the file holds no JSON value', events);
    }
    return events;
  }

  #fail(reason: string, events: ScanEvent[], at = this.#base): void {
    events.push({ kind: 'error', offset: at, line: this.#line, reason });
    this.#stopped = true;
  }

  #keep(piece: Uint8Array): void {
    if (this.#overflow || piece.length === 0) return;
    const limit = this.#mode === 'element' ? this.#maxElementBytes : MAX_TOKEN_BYTES;
    if (this.#partsLength + piece.length > limit) {
      this.#overflow = true;
      this.#parts = [];
      this.#partsLength = 0;
      return;
    }
    this.#parts.push(piece);
    this.#partsLength += piece.length;
  }

  /** The bytes of the token or element that ends just before `end` in `chunk`; null if it outgrew its limit. */
  #take(chunk: Uint8Array, end: number): Uint8Array | null {
    this.#keep(chunk.subarray(this.#pieceStart, end));
    const bytes = this.#overflow ? null : concatBytes(this.#parts, this.#partsLength);
    this.#parts = [];
    this.#partsLength = 0;
    this.#overflow = false;
    this.#mode = 'structure';
    return bytes;
  }

  #begin(mode: Mode, chunk: Uint8Array, at: number): void {
    this.#mode = mode;
    this.#pieceStart = at;
    this.#escaped = false;
    this.#inString = false;
    if (mode === 'element') {
      const byte = chunk[at] ?? 0;
      this.#elementKind =
        byte === QUOTE ? 'string' : byte === OPEN_OBJECT || byte === OPEN_ARRAY ? 'container' : 'bare';
      this.#elementOffset = this.#base + at;
      this.#elementLine = this.#line;
      this.#closers = [];
    }
  }

  /** Acts on one structural byte outside elements; returns why it is not allowed there, or null. */
  #structural(byte: number, chunk: Uint8Array, i: number): string | null {
    if (byte === CLOSE_OBJECT) return this.#frames.close('object');
    if (byte === CLOSE_ARRAY) return this.#frames.close('array');
    if (byte === COLON) return this.#frames.colon();
    if (byte === COMMA) return this.#frames.comma();
    if (byte === QUOTE && this.#frames.awaitsKey) {
      this.#begin('key', chunk, i);
      return null;
    }
    const refused = this.#frames.startValue();
    if (refused !== null) return refused;
    if (byte === OPEN_OBJECT) this.#frames.openObject();
    else if (byte === OPEN_ARRAY) this.#frames.openArray();
    else this.#begin(byte === QUOTE ? 'string' : 'bare', chunk, i);
    return null;
  }

  #scanStructure(chunk: Uint8Array, from: number, events: ScanEvent[]): number {
    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i] ?? 0;
      if (byte === NEWLINE) this.#line++;
      if (isWhitespace(byte)) continue;
      if (this.#frames.awaitsTargetElement && byte !== CLOSE_ARRAY) {
        this.#begin('element', chunk, i);
        // A container's opening bracket must go through the bracket count; other first bytes are read here.
        return this.#elementKind === 'container' ? i : i + 1;
      }
      const refused = this.#frames.isComplete
        ? 'data after the end of the JSON document'
        : this.#structural(byte, chunk, i);
      if (refused !== null) {
        this.#fail(refused, events, this.#base + i);
        return chunk.length;
      }
      if (this.#mode !== 'structure') return i + 1;
    }
    return chunk.length;
  }

  /** Reads a key or string value outside elements; returns where scanning continues. */
  #scanToken(chunk: Uint8Array, from: number, events: ScanEvent[]): number {
    const end = this.#stringEnd(chunk, from);
    if (end === -1) return chunk.length;
    const isKey = this.#mode === 'key';
    const bytes = this.#take(chunk, end);
    const value = bytes === null ? null : parseJsonBytes(bytes);
    if (bytes !== null && typeof value !== 'string') {
      this.#fail(`a ${isKey ? 'key' : 'string'} is not valid JSON`, events, this.#base + from);
      return chunk.length;
    }
    const text = typeof value === 'string' ? value : null;
    if (isKey) this.#frames.setKey(text);
    else this.#frames.valueDone(text ?? undefined);
    return end;
  }

  /**
   * Advances through a string whose opening quote is already read; returns the index just after the closing
   * quote, or -1 if the chunk ends first.
   */
  #stringEnd(chunk: Uint8Array, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i] ?? 0;
      if (this.#escaped) this.#escaped = false;
      else if (byte === BACKSLASH) this.#escaped = true;
      else if (byte === QUOTE) return i + 1;
    }
    return -1;
  }

  /** Index of the byte that ends the number or literal begun earlier, or -1 if the chunk ends first. */
  #bareEnd(chunk: Uint8Array, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      if (endsBareToken(chunk[i] ?? 0)) return i;
    }
    return -1;
  }

  #scanBare(chunk: Uint8Array, from: number, events: ScanEvent[]): number {
    const end = this.#bareEnd(chunk, from);
    if (end === -1) return chunk.length;
    this.#finishBare(chunk, end, events);
    return end;
  }

  #finishBare(chunk: Uint8Array, end: number, events: ScanEvent[]): void {
    const at = this.#base + this.#pieceStart;
    const bytes = this.#take(chunk, end);
    if (bytes === null) {
      this.#frames.valueDone();
      return;
    }
    const value = parseJsonBytes(bytes);
    if (typeof value !== 'number' && typeof value !== 'boolean' && value !== null) {
      this.#fail('a value is not a JSON number, true, false or null', events, at);
      return;
    }
    this.#frames.valueDone(value);
  }

  #scanElement(chunk: Uint8Array, from: number, events: ScanEvent[]): number {
    if (this.#elementKind === 'container') return this.#scanContainer(chunk, from, events);
    const end = this.#elementKind === 'string' ? this.#stringEnd(chunk, from) : this.#bareEnd(chunk, from);
    if (end === -1) return chunk.length;
    this.#finishElement(chunk, end, events);
    return end;
  }

  #scanContainer(chunk: Uint8Array, from: number, events: ScanEvent[]): number {
    // The hot loop: state lives in locals and string bodies are skipped with indexOf, several times faster.
    let inString = this.#inString;
    let escaped = this.#escaped;
    let i = from;
    // The next backslash, found once and reused: searching afresh for every string would rescan the chunk.
    let backslash = chunk.indexOf(BACKSLASH, i);
    try {
      while (i < chunk.length) {
        if (inString) {
          if (escaped) {
            escaped = false;
            i++;
            continue;
          }
          const quote = chunk.indexOf(QUOTE, i);
          if (backslash !== -1 && backslash < i) backslash = chunk.indexOf(BACKSLASH, i);
          if (backslash !== -1 && (quote === -1 || backslash < quote)) {
            escaped = true;
            i = backslash + 1;
          } else if (quote !== -1) {
            inString = false;
            i = quote + 1;
          } else {
            return chunk.length;
          }
          continue;
        }
        const byte = chunk[i] ?? 0;
        if (byte === NEWLINE) this.#line++;
        else if (byte === QUOTE) inString = true;
        else if (byte === OPEN_OBJECT) this.#closers.push(CLOSE_OBJECT);
        else if (byte === OPEN_ARRAY) this.#closers.push(CLOSE_ARRAY);
        else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          if (this.#closers.pop() !== byte) {
            // Past a mismatched bracket there is no telling where this element or the next begins.
            this.#fail(`mismatched ${String.fromCharCode(byte)} inside an element`, events, this.#base + i);
            return chunk.length;
          }
          if (this.#closers.length === 0) {
            this.#finishElement(chunk, i + 1, events);
            return i + 1;
          }
        }
        i++;
      }
      return chunk.length;
    } finally {
      this.#inString = inString;
      this.#escaped = escaped;
    }
  }

  #finishElement(chunk: Uint8Array, end: number, events: ScanEvent[]): void {
    const bytes = this.#take(chunk, end);
    const element = this.#frames.finishElement();
    if (element === null) return;
    const { arrayPath, index, header } = element;
    const next: ScanSnapshot = { offset: this.#base + end, line: this.#line, path: element.nextPath, header };
    const offset = this.#elementOffset;
    const line = this.#elementLine;
    // Literal objects, not spreads of a shared part: spreading here made the whole scan three times slower.
    events.push(
      bytes === null
        ? { kind: 'oversize', arrayPath, index, header, offset, line, next }
        : { kind: 'element', arrayPath, index, header, offset, line, next, bytes },
    );
  }
}
