import { concatBytes } from '../../../core/source/file-chunks.js';
import type { FilePosition } from '../../../core/source/position.js';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type CsvFrame =
  | {
      readonly kind: 'record';
      /** The record's exact bytes, without its line ending; quoted line breaks inside stay. */
      readonly bytes: Uint8Array;
      /** The line the record starts on. */
      readonly line: number;
      readonly offset: number;
      readonly next: FilePosition;
    }
  | { readonly kind: 'too-long'; readonly line: number; readonly offset: number; readonly next: FilePosition };

/**
 * Cuts a CSV byte stream into records with their exact byte ranges, so that captures are the bytes on disk and a
 * cursor can reopen the file right after any record. It follows csv-parse's quoting rules (a quote opens a field
 * only at its start; `""` inside is a literal quote) so both agree on where a record ends; csv-parse then reads
 * the fields of each record.
 */
export class CsvRecordFramer {
  readonly #delimiter: number;
  readonly #maxRecordBytes: number;
  #base: number;
  #line: number;
  #recordStart: number;
  #recordLine: number;
  #parts: Uint8Array[] = [];
  #partsLength = 0;
  #tooLong = false;
  #quoted = false;
  #quotePending = false;
  #atFieldStart = true;

  constructor(delimiter: string, from: FilePosition, maxRecordBytes: number) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#maxRecordBytes = maxRecordBytes;
    this.#base = from.offset;
    this.#line = from.line;
    this.#recordStart = from.offset;
    this.#recordLine = from.line;
  }

  push(chunk: Uint8Array): CsvFrame[] {
    const frames: CsvFrame[] = [];
    let pieceStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (this.#endsRecord(chunk[i] ?? 0)) {
        this.#keep(chunk.subarray(pieceStart, i));
        this.#line++;
        const frame = this.#finish({ offset: this.#base + i + 1, line: this.#line });
        if (frame !== null) frames.push(frame);
        pieceStart = i + 1;
      }
    }
    this.#keep(chunk.subarray(pieceStart));
    this.#base += chunk.length;
    return frames;
  }

  /** The last record, when the file does not end with a line break. */
  end(): CsvFrame | null {
    return this.#finish({ offset: this.#base, line: this.#line + 1 });
  }

  #endsRecord(byte: number): boolean {
    if (this.#quoted) {
      if (!this.#quotePending) {
        if (byte === QUOTE) this.#quotePending = true;
        else if (byte === NEWLINE) this.#line++;
        return false;
      }
      this.#quotePending = false;
      if (byte === QUOTE) return false;
      this.#quoted = false;
    }
    if (byte === NEWLINE) {
      this.#atFieldStart = true;
      return true;
    }
    if (byte === QUOTE && this.#atFieldStart) {
      this.#quoted = true;
      this.#atFieldStart = false;
      return false;
    }
    this.#atFieldStart = byte === this.#delimiter;
    return false;
  }

  #keep(piece: Uint8Array): void {
    if (this.#tooLong || piece.length === 0) return;
    if (this.#partsLength + piece.length > this.#maxRecordBytes) {
      this.#tooLong = true;
      this.#parts = [];
      this.#partsLength = 0;
      return;
    }
    this.#parts.push(piece);
    this.#partsLength += piece.length;
  }

  #finish(next: FilePosition): CsvFrame | null {
    const offset = this.#recordStart;
    const line = this.#recordLine;
    const bytes = concatBytes(this.#parts, this.#partsLength);
    const tooLong = this.#tooLong;
    this.#parts = [];
    this.#partsLength = 0;
    this.#tooLong = false;
    this.#quoted = false;
    this.#quotePending = false;
    this.#atFieldStart = true;
    this.#recordStart = next.offset;
    this.#recordLine = next.line;
    if (tooLong) return { kind: 'too-long', line, offset, next };
    const record = bytes.at(-1) === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes;
    // Blank lines separate nothing in CSV: csv-parse skips them too.
    return record.length === 0 ? null : { kind: 'record', bytes: record, line, offset, next };
  }
}
