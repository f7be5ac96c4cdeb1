import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { QyranError } from '../../../core/errors.js';

export const LEXICON_CATEGORIES = [
  'substance',
  'form_quantity',
  'delivery',
  'commerce',
  'payment',
  'recruitment',
  'propaganda',
  'negation',
  'news_context',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** One row of a lexicon file; see data/lexicon/README.md for what each column means. */
export interface LexiconEntry {
  /** As written in the file: lower case, `*` at the end marks a stem. */
  readonly term: string;
  readonly language: string;
  readonly category: LexiconCategory;
  readonly weight: number;
  readonly source: string;
  /** The term is an everyday word: it counts only when the document also holds an unambiguous drug term. */
  readonly requiresContext: boolean;
  /** `category:term`, the name evidence gives for this entry, e.g. `substance:меф`. */
  readonly rule: string;
}

/** The lexicon files, in load order. Adding a file here is how a new list joins the detector. */
export const LEXICON_FILES = ['terms.csv', 'terms-dea-2018.csv'] as const;

const HEADER = ['term', 'language', 'category', 'weight', 'source', 'requires_context'] as const;

/**
 * The category as its constant: the string read from the file is another copy of the same text, and looking a
 * property up by such a copy (decide.ts sums by category) made V8 look the string up in its table every time.
 */
function knownCategory(value: string): LexiconCategory | undefined {
  return LEXICON_CATEGORIES.find((category) => category === value);
}

function parseRow(row: readonly string[], where: string): LexiconEntry {
  const [term = '', language = '', category = '', weight = '', source = '', requiresContext = ''] = row;
  const fail = (why: string): never => {
    throw new QyranError('CONFIG_INVALID', `${where}: ${why}`);
  };
  const numericWeight = Number(weight);
  if (term === '' || term === '*') fail('empty term');
  if (term !== term.toLowerCase()) fail(`term "${term}" is not lower case`);
  const known = knownCategory(category);
  if (known === undefined) return fail(`unknown category "${category}"`);
  if (!Number.isFinite(numericWeight) || numericWeight <= 0) fail(`weight "${weight}" is not a positive number`);
  if (requiresContext !== '' && requiresContext !== 'true' && requiresContext !== 'false') {
    fail(`requires_context "${requiresContext}" is not true or false`);
  }
  return {
    term,
    language,
    category: known,
    weight: numericWeight,
    source,
    requiresContext: requiresContext === 'true',
    rule: `${known}:${term}`,
  };
}

export function parseLexiconCsv(text: string, fileName: string): readonly LexiconEntry[] {
  const rows = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true });
  const [header, ...body] = rows;
  const headerOk =
    header !== undefined && header.length >= HEADER.length - 1 && header.every((name, i) => name === HEADER[i]);
  if (!headerOk) {
    throw new QyranError('CONFIG_INVALID', `${fileName}: header must be ${HEADER.join(',')}`);
  }
  return body.map((row, i) => parseRow(row, `${fileName} line ${i + 2}`));
}

export function loadLexicon(directory: string): readonly LexiconEntry[] {
  return LEXICON_FILES.flatMap((name) => parseLexiconCsv(readFileSync(join(directory, name), 'utf8'), name));
}
