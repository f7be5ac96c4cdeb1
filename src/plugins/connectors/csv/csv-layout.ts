import { DOCUMENT_FIELDS, type DocumentField } from '../../../core/plugin.js';
import type { ResolvedFieldMap } from '../../../core/source/field-map.js';

/** Where each Qyran field and each leftover column sits in a row, worked out once from the header. */
export interface CsvLayout {
  readonly header: readonly string[];
  readonly fieldColumn: Readonly<Record<DocumentField, number>>;
  /** Columns no Qyran field reads, kept in `extra` under their header name. */
  readonly extraColumns: readonly (readonly [name: string, index: number])[];
}

export function layoutFor(header: readonly string[], map: ResolvedFieldMap): CsvLayout {
  const columnOf = (name: string): number => header.indexOf(name);
  const fieldColumn: Record<DocumentField, number> = {
    id: columnOf(map.id),
    text: columnOf(map.text),
    title: columnOf(map.title),
    url: columnOf(map.url),
    author: columnOf(map.author),
    platform: columnOf(map.platform),
    published_at: columnOf(map.published_at),
    thread: columnOf(map.thread),
    reply_to: columnOf(map.reply_to),
    forwarded_from: columnOf(map.forwarded_from),
    images: columnOf(map.images),
  };
  const used = new Set(DOCUMENT_FIELDS.map((field) => fieldColumn[field]));
  const extraColumns = header
    // A header like `a,b,` has an unnamed last column: it still gets a stable key.
    .map((name, index) => [name === '' ? `column_${index + 1}` : name, index] as const)
    .filter(([, index]) => !used.has(index));
  return { header, fieldColumn, extraColumns };
}
