import type {
  ConnectorOptions,
  ConnectorPlugin,
  FrameInput,
  ParsedFrame,
  SourceFrame,
  SourceProbe,
} from '../../../core/plugin.js';
import { decodeCursor, encodeCursor } from '../../../core/source/cursor.js';
import { type ResolvedFieldMap, resolveFieldMap } from '../../../core/source/field-map.js';
import { fileDocument } from '../../../core/source/file-record.js';
import { readLines } from '../../../core/source/line-reader.js';
import { contentStart, filePositionSchema } from '../../../core/source/position.js';
import { draftFromLine } from './line-record.js';
import { sniffJsonl } from './sniff.js';

const ID = 'jsonl';
const MAX_LINE_BYTES = 16 * 1024 * 1024;

async function* frames(
  probe: SourceProbe,
  _options: ConnectorOptions,
  resumeFrom: string | null,
): AsyncGenerator<SourceFrame<null>> {
  const from = resumeFrom === null ? contentStart(probe.head) : decodeCursor(ID, resumeFrom, filePositionSchema);
  for await (const event of readLines(probe.path, from, MAX_LINE_BYTES)) {
    const cursor = encodeCursor(ID, event.next);
    if (event.kind === 'too-long') {
      yield { kind: 'bad', line: event.line, reason: `line is longer than ${MAX_LINE_BYTES} bytes`, cursor };
      continue;
    }
    yield { kind: 'frame', bytes: event.bytes, byteOffset: event.offset, line: event.line, context: null, cursor };
  }
}

const resolvedMaps = new WeakMap<ConnectorOptions, ResolvedFieldMap>();

function parse(frame: FrameInput<null>, options: ConnectorOptions): ParsedFrame {
  let map = resolvedMaps.get(options);
  if (map === undefined) {
    map = resolveFieldMap(options.fieldMap);
    resolvedMaps.set(options, map);
  }
  const result = draftFromLine(frame.bytes, map, options);
  if (result === null) return { kind: 'skip' };
  if (!result.ok) return { kind: 'bad', reason: result.reason };
  return fileDocument(frame, 'application/json', result.draft);
}

const jsonl: ConnectorPlugin<null> = {
  meta: {
    kind: 'connector',
    id: ID,
    version: '1.0.0',
    description: 'JSON Lines files: one JSON object per line, fields read through the field map',
    consumes: ['file:jsonl'],
    produces: ['capture', 'document', 'account'],
  },
  sniff: sniffJsonl,
  frames,
  parse,
};

export default jsonl;
