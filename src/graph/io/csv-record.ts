/**
 * Splits one CSV line with quotes (RFC 4180: a quoted field may hold the delimiter, and "" stands for a quote).
 * The fast reader only comes here for lines that contain a quote. Unquoted fields are trimmed; quoted ones are
 * kept exactly. Returns the fields, or the reason the line is not valid CSV.
 */
export function splitQuotedLine(line: string, delimiter: string): readonly string[] | { readonly error: string } {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    if (line[at] === '"') {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote === -1) return { error: 'a quoted field is not closed (quoted fields cannot span lines)' };
        value += line.slice(from, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      while (line[at] === ' ' || line[at] === '\t') at++;
      fields.push(value);
      if (at === line.length) return fields;
      if (line[at] !== delimiter) return { error: `text after a closing quote in field ${fields.length}` };
      at++;
    } else {
      const next = line.indexOf(delimiter, at);
      const end = next === -1 ? line.length : next;
      const raw = line.slice(at, end).trim();
      if (raw.includes('"')) return { error: `a quote inside unquoted field ${fields.length + 1}` };
      fields.push(raw);
      if (next === -1) return fields;
      at = next + 1;
    }
  }
}
