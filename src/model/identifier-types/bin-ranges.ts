import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { QyranError } from '../../core/errors.js';
import { findPackageRoot } from '../../core/package-root.js';

export interface CardIssuer {
  readonly issuer: string;
  /** ISO 3166 alpha-2. */
  readonly country: string;
}

interface BinRange extends CardIssuer {
  readonly from: string;
  readonly to: string;
}

const HEADER = ['from', 'to', 'issuer', 'country', 'confidence', 'basis'] as const;
const PREFIX = /^[0-9]{4,8}$/;

function parseRanges(path: string): BinRange[] {
  const rows: string[][] = parse(readFileSync(path, 'utf8'), { skip_empty_lines: true });
  const [header, ...body] = rows;
  if (header?.join(',') !== HEADER.join(',')) throw new QyranError('CONFIG_INVALID', `${path}: unexpected header`);
  return body.map((row, index) => {
    const [from = '', to = '', issuer = '', country = ''] = row;
    if (!PREFIX.test(from) || from.length !== to.length || from > to || issuer === '') {
      throw new QyranError('CONFIG_INVALID', `${path}:${index + 2}: not a prefix range with an issuer`);
    }
    return { from, to, issuer, country };
  });
}

let ranges: readonly BinRange[] | null = null;

/** The issuing bank of the longest range in data/bin-ranges.csv that holds the card's leading digits. */
export function issuerByPrefix(digits: string): CardIssuer | null {
  ranges ??= parseRanges(join(findPackageRoot(import.meta.url), 'data', 'bin-ranges.csv'));
  let best: BinRange | null = null;
  for (const range of ranges) {
    const prefix = digits.slice(0, range.from.length);
    if (prefix.length !== range.from.length || prefix < range.from || prefix > range.to) continue;
    if (best === null || range.from.length > best.from.length) best = range;
  }
  return best === null ? null : { issuer: best.issuer, country: best.country };
}
