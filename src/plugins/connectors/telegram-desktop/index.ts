import type { ConnectorItem, ConnectorOptions, ConnectorPlugin, SourceProbe } from '../../../core/plugin.js';
import { contentStart } from '../../../core/source/position.js';
import { chatContext } from './chat-context.js';
import { decodeTelegramCursor, encodeTelegramCursor } from './cursor.js';
import { isMessagesArray } from './export-paths.js';
import { messageDraft } from './message-document.js';
import { parseMessageJson } from './message-json.js';
import { scanFile } from './scan-file.js';
import { sniffTelegram } from './sniff.js';

const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

async function* read(
  probe: SourceProbe,
  _options: ConnectorOptions,
  resumeFrom: string | null,
): AsyncGenerator<ConnectorItem> {
  const resume = resumeFrom === null ? null : decodeTelegramCursor(resumeFrom);
  let cursor = encodeTelegramCursor(resume);
  const scanOptions = { isTarget: isMessagesArray, maxElementBytes: MAX_MESSAGE_BYTES };
  const from = resume ?? contentStart(probe.head).offset;
  for await (const event of scanFile(probe.path, scanOptions, from)) {
    if (event.kind === 'error') {
      // Nothing after a broken structure can be trusted; the cursor stays at the last message read whole.
      yield { kind: 'bad', line: event.line, reason: `not a readable Telegram export: ${event.reason}`, cursor };
      return;
    }
    cursor = encodeTelegramCursor(event.next);
    const chat = chatContext(event.header, event.arrayPath);
    const where = `message at index ${event.index} of chat ${chat.exportId}`;
    if (event.kind === 'oversize') {
      yield { kind: 'bad', line: event.line, reason: `${where} is larger than ${MAX_MESSAGE_BYTES} bytes`, cursor };
      continue;
    }
    const parsed = parseMessageJson(event.bytes);
    const result = parsed.ok ? messageDraft(parsed.value, chat) : parsed;
    if (!result.ok) {
      yield { kind: 'bad', line: event.line, reason: `${where}: ${result.reason}`, cursor };
      continue;
    }
    yield {
      kind: 'record',
      bytes: event.bytes,
      byteOffset: event.offset,
      mediaType: 'application/json',
      origin: { kind: 'export', path: probe.path, exportId: chat.exportId, itemId: result.itemId },
      document: result.draft,
      cursor,
    };
  }
}

const telegramDesktop: ConnectorPlugin = {
  meta: {
    kind: 'connector',
    id: 'telegram-desktop',
    version: '1.0.0',
    description: 'Telegram Desktop "Export chat history" JSON (result.json), single-chat or full-account, streamed',
    consumes: ['file:telegram-desktop-json'],
    produces: ['capture', 'document', 'account'],
  },
  sniff: sniffTelegram,
  read,
};

export default telegramDesktop;
