/**
 * JSON.parse rounds integers past 2^53, so a tweet id like 1674835763123456789 would come back wrong. This finds
 * the digits as the source wrote them: the first `"key": digits` in the text whose value parses to the same number.
 */
export function exactNumberText(json: string, key: string, value: number): string {
  if (!Number.isInteger(value) || Number.isSafeInteger(value)) return String(value);
  const quotedKey = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${quotedKey}\\s*:\\s*(-?\\d+)(?![\\d.eE])`, 'g');
  for (const match of json.matchAll(pattern)) {
    const digits = match[1];
    if (digits !== undefined && Number(digits) === value) return digits;
  }
  return String(value);
}
