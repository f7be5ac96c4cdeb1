import type {
  ConnectorOptions,
  ConnectorPlugin,
  FrameInput,
  ParsedFrame,
  SourceFrame,
  SourceProbe,
} from '../../../core/plugin.js';
import { contentStart } from '../../../core/source/position.js';
import { type ChatContext, chatContext } from './chat-context.js';
import { decodeTelegramCursor, encodeTelegramCursor } from './cursor.js';
import { isMessagesArray } from './export-paths.js';
import { messageDraft } from './message-document.js';
import { parseMessageJson } from './message-json.js';
import { scanFile } from './scan-file.js';
import { sniffTelegram } from './sniff.js';

const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Where a message sits: its chat (shared by the chat's messages) and its index in the chat's list. */
export interface MessagePlace {
  readonly chat: ChatContext;
  readonly index: number;
}

async function* frames(
  probe: SourceProbe,
  _options: ConnectorOptions,
  resumeFrom: string | null,
): AsyncGenerator<SourceFrame<MessagePlace>> {
  const resume = resumeFrom === null ? null : decodeTelegramCursor(resumeFrom);
  let cursor = encodeTelegramCursor(resume);
  const scanOptions = { isTarget: isMessagesArray, maxElementBytes: MAX_MESSAGE_BYTES };
  const from = resume ?? contentStart(probe.head).offset;
  let chat: ChatContext | null = null;
  for await (const event of scanFile(probe.path, scanOptions, from)) {
    if (event.kind === 'error') {
      // Nothing after a broken structure can be trusted; the cursor stays at the last message read whole.
      yield { kind: 'bad', line: event.line, reason: `not a readable Telegram export: ${event.reason}`, cursor };
      return;
    }
    cursor = encodeTelegramCursor(event.next);
    const here = chatContext(event.header, event.arrayPath);
    // One chat object for all of a chat's messages, so a batch carries it once.
    if (chat === null || chat.exportId !== here.exportId || chat.threadKey !== here.threadKey) chat = here;
    if (event.kind === 'oversize') {
      const reason = `message at index ${event.index} of chat ${chat.exportId} is larger than ${MAX_MESSAGE_BYTES} bytes`;
      yield { kind: 'bad', line: event.line, reason, cursor };
      continue;
    }
    const context = { chat, index: event.index };
    yield { kind: 'frame', bytes: event.bytes, byteOffset: event.offset, line: event.line, context, cursor };
  }
}

function parse(frame: FrameInput<MessagePlace>): ParsedFrame {
  const { chat, index } = frame.context;
  const parsed = parseMessageJson(frame.bytes);
  const result = parsed.ok ? messageDraft(parsed.value, chat) : parsed;
  if (!result.ok)
    return { kind: 'bad', reason: `message at index ${index} of chat ${chat.exportId}: ${result.reason}` };
  return {
    kind: 'document',
    document: result.draft,
    origin: { kind: 'export', path: frame.sourcePath, exportId: chat.exportId, itemId: result.itemId },
    mediaType: 'application/json',
  };
}

const telegramDesktop: ConnectorPlugin<MessagePlace> = {
  meta: {
    kind: 'connector',
    id: 'telegram-desktop',
    version: '1.0.0',
    description: 'Telegram Desktop "Export chat history" JSON (result.json), single-chat or full-account, streamed',
    consumes: ['file:telegram-desktop-json'],
    produces: ['capture', 'document', 'account'],
  },
  sniff: sniffTelegram,
  frames,
  parse,
};

export default telegramDesktop;
