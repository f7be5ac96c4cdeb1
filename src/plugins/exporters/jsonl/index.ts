import type { ExporterPlugin, ExportRecord } from '../../../core/plugin.js';

async function* exportJsonl(records: AsyncIterable<ExportRecord>): AsyncIterable<string> {
  let chunk = '';
  for await (const record of records) {
    chunk += `${JSON.stringify(record)}\n`;
    // Hand out ~64 KiB at a time: one write per record costs more than the serialisation.
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

const jsonlExporter: ExporterPlugin = {
  meta: {
    kind: 'exporter',
    id: 'jsonl',
    version: '1.0.0',
    description: 'Documents with their decision, identifiers and capture hash as JSON Lines, one document a line',
    consumes: ['document', 'detection', 'identifier'],
    produces: ['file:jsonl'],
  },
  fileExtension: 'jsonl',
  export: exportJsonl,
};

export default jsonlExporter;
