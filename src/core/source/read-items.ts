import type { ConnectorItem, ConnectorOptions, ConnectorPlugin, FrameInput, SourceProbe } from '../plugin.js';

/**
 * One frame parsed into the item the pipeline keeps: a record, a bad record with the reason, or null for nothing
 * to keep. The one place that turns `parse` results into items, in this thread and on the workers.
 */
export function itemOf(
  connector: ConnectorPlugin,
  frame: FrameInput,
  options: ConnectorOptions,
  cursor: string,
): ConnectorItem | null {
  const parsed = connector.parse(frame, options);
  switch (parsed.kind) {
    case 'skip':
      return null;
    case 'bad':
      return { kind: 'bad', line: frame.line, reason: parsed.reason, cursor };
    case 'document':
      return {
        kind: 'record',
        bytes: frame.bytes,
        byteOffset: frame.byteOffset,
        mediaType: parsed.mediaType,
        origin: parsed.origin,
        document: parsed.document,
        cursor,
      };
  }
}

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
    const item = frame.kind === 'bad' ? frame : itemOf(connector, { ...frame, sourcePath }, options, frame.cursor);
    if (item !== null) yield item;
  }
}
