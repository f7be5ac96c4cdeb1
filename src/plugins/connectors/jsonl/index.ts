import type { ConnectorItem, ConnectorOptions, ConnectorPlugin, SourceProbe } from '../../../core/plugin.js';
import { decodeCursor, encodeCursor } from '../../../core/source/cursor.js';
import { resolveFieldMap } from '../../../core/source/field-map.js';
import { fileRecord } from '../../../core/source/file-record.js';
import { readLines } from '../../../core/source/line-reader.js';
import { contentStart, filePositionSchema } from '../../../core/source/position.js';
import { draftFromLine } from './line-record.js';
import { sniffJsonl } from './sniff.js';

const ID = 'jsonl';
const MAX_LINE_BYTES = 16 * 1024 * 1024;

async function* read(
  probe: SourceProbe,
  options: ConnectorOptions,
  resumeFrom: string | null,
): AsyncGenerator<ConnectorItem> {
  const map = resolveFieldMap(options.fieldMap);
  const from = resumeFrom === null ? contentStart(probe.head) : decodeCursor(ID, resumeFrom, filePositionSchema);
  for await (const event of readLines(probe.path, from, MAX_LINE_BYTES)) {
    const cursor = encodeCursor(ID, event.next);
    if (event.kind === 'too-long') {
      yield { kind: 'bad', line: event.line, reason: `line is longer than ${MAX_LINE_BYTES} bytes`, cursor };
      continue;
    }
    const result = draftFromLine(event.bytes, map, options);
    if (result === null) continue;
    if (!result.ok) {
      yield { kind: 'bad', line: event.line, reason: result.reason, cursor };
      continue;
    }
    yield fileRecord(probe.path, event, 'application/json', result.draft, cursor);
  }
}

const jsonl: ConnectorPlugin = {
  meta: {
    kind: 'connector',
    id: ID,
    version: '1.0.0',
    description: 'JSON Lines files: one JSON object per line, fields read through the field map',
    consumes: ['file:jsonl'],
    produces: ['capture', 'document', 'account'],
  },
  sniff: sniffJsonl,
  read,
};

export default jsonl;
