import { CsvError, parse } from 'csv-parse/sync';

export type ParsedRecord =
  | { readonly ok: true; readonly fields: readonly string[] }
  | { readonly ok: false; readonly reason: string };

// csv-parse's own messages count lines from the start of the one record it was given, which would mislead.
const REASONS: Readonly<Partial<Record<string, string>>> = {
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a delimiter',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
};

/** Reads the fields of one framed record (see record-framer.ts). */
export function parseRecord(bytes: Uint8Array, delimiter: string): ParsedRecord {
  let rows: string[][];
  try {
    // Only `\n` ends a record: the framer already cut there, so a lone `\r` left in a field is content.
    rows = parse(bytes, { delimiter, record_delimiter: '\n', bom: false, relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, reason: REASONS[error.code] ?? error.message };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const [fields, ...rest] = rows;
  if (fields === undefined || rest.length > 0) return { ok: false, reason: `record reads as ${rows.length} rows` };
  return { ok: true, fields };
}
