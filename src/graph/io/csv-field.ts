/** A CSV field, quoted (RFC 4180) when it holds a comma, a quote, a line break or leading/trailing blanks. */
export function csvField(text: string): string {
  return /[",\r\n]|^[ \t]|[ \t]$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
