import type { PathSegment } from './frame-stack.js';

/**
 * The `messages` arrays of a Telegram Desktop export: at the root of a single-chat export, and under
 * `chats.list[i]` / `left_chats.list[i]` in a full-account export. Other lists of a full export (contacts,
 * sessions, `other_data`) are never read as messages, even if a key happens to be called `messages`.
 */
export function isMessagesArray(path: readonly PathSegment[]): boolean {
  if (path.length === 1) return path[0] === 'messages';
  const [section, list, index, key] = path;
  return (
    path.length === 4 &&
    (section === 'chats' || section === 'left_chats') &&
    list === 'list' &&
    typeof index === 'number' &&
    key === 'messages'
  );
}
