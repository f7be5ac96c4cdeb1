import type { ConnectorOptions } from '../../../core/plugin.js';
import type { ResolvedFieldMap } from '../../../core/source/field-map.js';
import type { ExtraValue } from '../../../core/source/json-value.js';
import { type DraftResult, draftFromRecord } from '../../../core/source/record-draft.js';
import type { CsvLayout } from './csv-layout.js';

/** Turns one row of fields into a draft; CSV cannot tell an empty cell from a missing value, so both are absent. */
export function draftFromRow(
  fields: readonly string[],
  layout: CsvLayout,
  map: ResolvedFieldMap,
  options: ConnectorOptions,
): DraftResult {
  if (fields.length !== layout.header.length) {
    return { ok: false, reason: `the record has ${fields.length} fields, the header has ${layout.header.length}` };
  }
  const extra: Record<string, ExtraValue> = {};
  for (const [name, index] of layout.extraColumns) extra[name] = fields[index] ?? null;
  return draftFromRecord(
    {
      get: (field) => {
        const value = fields[layout.fieldColumn[field]];
        return value === '' ? undefined : value;
      },
      numberText: (value) => String(value),
      extra,
    },
    map,
    options,
  );
}
