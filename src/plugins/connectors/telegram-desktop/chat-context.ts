import type { ArrayHeader, PathSegment } from './frame-stack.js';

export interface ChatContext {
  /** The chat id as the export gives it; see chatContext for chats whose id is unknown. */
  readonly exportId: string;
  readonly threadKey: string | null;
  readonly name: string | null;
  readonly type: string | null;
}

/**
 * Telegram Desktop writes a chat's name, type and id before its messages, so they are known when the messages
 * stream by. A file that puts them after `messages` (not one Telegram wrote) still reads: its chat is then
 * named by its place in the file (`path:chats.list.3`), which is stable across runs and resumes, and has no
 * thread key because the Telegram chat is unknown.
 */
export function chatContext(header: ArrayHeader, arrayPath: readonly PathSegment[]): ChatContext {
  const id = header.id;
  const known = typeof id === 'number' || (typeof id === 'string' && id !== '');
  const name = header.name;
  const type = header.type;
  return {
    exportId: known ? String(id) : `path:${arrayPath.slice(0, -1).join('.') || 'root'}`,
    threadKey: known ? `telegram:${id}` : null,
    name: typeof name === 'string' ? name : null,
    type: typeof type === 'string' ? type : null,
  };
}
