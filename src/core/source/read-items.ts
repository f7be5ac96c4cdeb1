import type { ConnectorItem, ConnectorOptions, ConnectorPlugin, SourceProbe } from '../plugin.js';

/**
 * A connector's records in source order, framed and parsed in this thread: what the worker pool does in
 * parallel, done sequentially (for tests, baselines and small sources). `sourcePath` names the file in origins.
 */
export async function* readItems(
  connector: ConnectorPlugin,
  probe: SourceProbe,
  options: ConnectorOptions,
  resumeFrom: string | null,
  sourcePath: string = probe.path,
): AsyncGenerator<ConnectorItem> {
  for await (const frame of connector.frames(probe, options, resumeFrom)) {
    if (frame.kind === 'bad') {
      yield frame;
      continue;
    }
    const parsed = connector.parse({ ...frame, sourcePath }, options);
    if (parsed.kind === 'skip') continue;
    if (parsed.kind === 'bad') {
      yield { kind: 'bad', line: frame.line, reason: parsed.reason, cursor: frame.cursor };
      continue;
    }
    yield {
      kind: 'record',
      bytes: frame.bytes,
      byteOffset: frame.byteOffset,
      mediaType: parsed.mediaType,
      origin: parsed.origin,
      document: parsed.document,
      cursor: frame.cursor,
    };
  }
}
