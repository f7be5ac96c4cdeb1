import type { SourceProbe } from '../../../core/plugin.js';

const decoder = new TextDecoder('utf-8');

// The order Telegram Desktop writes a chat in: name (absent for Saved Messages), type, id, then messages.
const SINGLE_CHAT =
  /^\s*\{\s*(?:"name"\s*:\s*(?:"(?:[^"\\]|\\.)*"|null)\s*,\s*)?"type"\s*:\s*"[a-z_]*"\s*,\s*"id"\s*:\s*-?\d+\s*,\s*"messages"\s*:\s*\[/;
// A full-account export opens with "about", then the sections the user chose to export.
const FULL_EXPORT = /^\s*\{\s*"about"\s*:/;
const FULL_EXPORT_SECTIONS = ['"personal_information"', '"contacts"', '"frequent_contacts"', '"chats"', '"left_chats"'];
const MESSAGE_SIGNS = [/"date_unixtime"\s*:/, /"from_id"\s*:/, /"text_entities"\s*:/, /"type"\s*:\s*"message"/];

/** Decides from the head alone: exports run to gigabytes and are read whole only once chosen. */
export function sniffTelegram(probe: SourceProbe): number {
  const head = decoder.decode(probe.head);
  if (SINGLE_CHAT.test(head)) return 0.95;
  if (FULL_EXPORT.test(head) && FULL_EXPORT_SECTIONS.some((section) => head.includes(section))) return 0.9;
  const signs = MESSAGE_SIGNS.filter((sign) => sign.test(head)).length;
  return head.includes('"messages"') && signs >= 2 ? 0.7 : 0;
}
