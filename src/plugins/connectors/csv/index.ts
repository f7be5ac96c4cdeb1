import type {
  ConnectorOptions,
  ConnectorPlugin,
  FrameInput,
  ParsedFrame,
  SourceFrame,
  SourceProbe,
} from '../../../core/plugin.js';
import { decodeCursor, encodeCursor } from '../../../core/source/cursor.js';
import { resolveFieldMap } from '../../../core/source/field-map.js';
import { fileDocument } from '../../../core/source/file-record.js';
import { contentStart, type FilePosition, filePositionSchema } from '../../../core/source/position.js';
import { type CsvLayout, layoutFor } from './csv-layout.js';
import { draftFromRow } from './csv-row.js';
import { detectDelimiter, firstLine } from './delimiter.js';
import { parseRecord } from './parse-record.js';
import { MAX_RECORD_BYTES, readFrames } from './read-frames.js';
import { sniffCsv } from './sniff.js';

const ID = 'csv';

type Header =
  | { readonly ok: true; readonly names: readonly string[]; readonly next: FilePosition }
  | { readonly ok: false; readonly reason: string };

async function readHeader(path: string, delimiter: string, start: FilePosition): Promise<Header> {
  for await (const frame of readFrames(path, delimiter, start)) {
    if (frame.kind === 'too-long') return { ok: false, reason: `the header is longer than ${MAX_RECORD_BYTES} bytes` };
    const parsed = parseRecord(frame.bytes, delimiter);
    if (!parsed.ok) return { ok: false, reason: `unreadable header: ${parsed.reason}` };
    return { ok: true, names: parsed.fields.map((name) => name.trim()), next: frame.next };
  }
  return { ok: false, reason: 'the file is empty: a header row is required' };
}

/** What every record of one CSV file shares: its delimiter and where each field sits. */
export interface CsvContext {
  readonly delimiter: string;
  readonly layout: CsvLayout;
}

async function* frames(
  probe: SourceProbe,
  options: ConnectorOptions,
  resumeFrom: string | null,
): AsyncGenerator<SourceFrame<CsvContext>> {
  const map = resolveFieldMap(options.fieldMap);
  const resumeAt = resumeFrom === null ? null : decodeCursor(ID, resumeFrom, filePositionSchema);
  const delimiter = detectDelimiter(firstLine(probe.head));
  const start = contentStart(probe.head);
  const header = await readHeader(probe.path, delimiter, start);
  if (!header.ok) {
    yield { kind: 'bad', line: 1, reason: header.reason, cursor: encodeCursor(ID, start) };
    return;
  }
  const layout = layoutFor(header.names, map);
  if (layout.fieldColumn.text === -1) {
    const reason = `the header has no "${map.text}" column (columns: ${header.names.join(', ')}); point fieldMap.text at one of them`;
    yield { kind: 'bad', line: 1, reason, cursor: encodeCursor(ID, header.next) };
    return;
  }
  const context: CsvContext = { delimiter, layout };
  for await (const frame of readFrames(probe.path, delimiter, resumeAt ?? header.next)) {
    const cursor = encodeCursor(ID, frame.next);
    if (frame.kind === 'too-long') {
      const reason = `record is longer than ${MAX_RECORD_BYTES} bytes (an unclosed quote?)`;
      yield { kind: 'bad', line: frame.line, reason, cursor };
      continue;
    }
    yield { kind: 'frame', bytes: frame.bytes, byteOffset: frame.offset, line: frame.line, context, cursor };
  }
}

function parse(frame: FrameInput<CsvContext>, options: ConnectorOptions): ParsedFrame {
  const parsed = parseRecord(frame.bytes, frame.context.delimiter);
  const map = resolveFieldMap(options.fieldMap);
  const result = parsed.ok ? draftFromRow(parsed.fields, frame.context.layout, map, options) : parsed;
  if (!result.ok) return { kind: 'bad', reason: result.reason };
  return fileDocument(frame, 'text/csv', result.draft);
}

const csv: ConnectorPlugin<CsvContext> = {
  meta: {
    kind: 'connector',
    id: ID,
    version: '1.0.0',
    description: 'CSV and TSV files with a header row; delimiter (, ; or tab) detected from the header',
    consumes: ['file:csv'],
    produces: ['capture', 'document', 'account'],
  },
  sniff: sniffCsv,
  frames,
  parse,
};

export default csv;
