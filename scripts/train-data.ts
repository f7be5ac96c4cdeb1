import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QyranError } from '../src/core/errors.js';
import { DETECTION_LABELS, type DetectionLabel } from '../src/model/detection.js';
import type { Template } from './generate-corpus-drafts.js';
import { makeNetwork } from './generate-corpus-networks.js';
import { obfuscate } from './generate-corpus-obfuscate.js';
import { Rng } from './generate-corpus-random.js';
import { HARD_NEGATIVE_TEMPLATES, ORDINARY_TEMPLATES } from './generate-corpus-templates-benign.js';
import { MENTION_TEMPLATES, PROPAGANDA_TEMPLATES } from './generate-corpus-templates-talk.js';
import { RECRUITMENT_TEMPLATES, SALE_TEMPLATES } from './generate-corpus-templates-trade.js';

/**
 * The labelled texts the classifier learns from (see data/training/README.md): texts written here, the
 * synthetic generator's templates, and vendored real text: the news sample and half of the tg-spam lines.
 */
export type TrainingSource = 'written-here' | 'obfuscated' | 'synthetic' | 'news-ru-sample' | 'tg-spam-sample';

export interface LabelledText {
  readonly text: string;
  readonly label: DetectionLabel;
  /** ru, kk, en, or mix (Kazakh and Russian in one text). */
  readonly language: string;
  readonly source: TrainingSource;
  /** The file or generator template set the text comes from, e.g. `none-hard-ru.tsv` or `synthetic:sale`. */
  readonly origin: string;
  /** Texts with the same key are near-duplicates by construction (one generator template); null otherwise. */
  readonly groupKey: string | null;
}

const LANGUAGES = new Set(['ru', 'kk', 'en', 'mix']);

function isLabel(value: string): value is DetectionLabel {
  return DETECTION_LABELS.some((label) => label === value);
}

/** `label<TAB>language<TAB>text`, a header line, `\n` written as a backslash and n. */
function parseWrittenTsv(tsv: string, fileName: string): LabelledText[] {
  const lines = tsv.split('\n');
  if (lines[0] !== 'label\tlanguage\ttext') {
    throw new QyranError('BAD_RECORD', `${fileName}: header must be label<TAB>language<TAB>text`);
  }
  return lines.slice(1).flatMap((line, i): LabelledText[] => {
    if (line.trim() === '' || line.startsWith('#')) return [];
    const [label = '', language = '', text = '', ...rest] = line.split('\t');
    const where = `${fileName} line ${i + 2}`;
    if (!isLabel(label)) throw new QyranError('BAD_RECORD', `${where}: unknown label "${label}"`);
    if (!LANGUAGES.has(language)) throw new QyranError('BAD_RECORD', `${where}: unknown language "${language}"`);
    if (text.trim() === '' || rest.length > 0) throw new QyranError('BAD_RECORD', `${where}: one non-empty text`);
    const written = text.replaceAll('\\n', '\n');
    return [
      { text: written, label, language, source: 'written-here', origin: fileName, groupKey: `written:${written}` },
    ];
  });
}

export function loadWrittenHere(directory: string): LabelledText[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => parseWrittenTsv(readFileSync(join(directory, name), 'utf8'), name));
}

function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): unknown => JSON.parse(line));
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null && name in record ? Reflect.get(record, name) : undefined;
}

/** Vendored real text in JSONL with `text` and, where a reader gave one, `label` (`none` otherwise). */
export function loadVendored(path: string, source: TrainingSource): LabelledText[] {
  return jsonLines(path).map((record): LabelledText => {
    const text = field(record, 'text');
    const label = field(record, 'label') ?? 'none';
    if (typeof text !== 'string' || typeof label !== 'string' || !isLabel(label)) {
      throw new QyranError('BAD_RECORD', `${path}: a record without text or with an unknown label`);
    }
    return { text, label, language: 'ru', source, origin: basename(path), groupKey: null };
  });
}

const TEMPLATE_SETS: readonly { name: string; label: DetectionLabel; templates: readonly Template[] }[] = [
  { name: 'sale', label: 'sale', templates: SALE_TEMPLATES },
  { name: 'recruitment', label: 'recruitment', templates: RECRUITMENT_TEMPLATES },
  { name: 'propaganda', label: 'propaganda', templates: PROPAGANDA_TEMPLATES },
  { name: 'mention', label: 'mention', templates: MENTION_TEMPLATES },
  { name: 'hard-negative', label: 'none', templates: HARD_NEGATIVE_TEMPLATES },
  { name: 'ordinary', label: 'none', templates: ORDINARY_TEMPLATES },
];
const NETWORKS = 40;

/**
 * The generator's templates, called directly rather than through generateCorpus so that every text keeps the
 * template that wrote it: a template is one near-duplicate cluster and goes to one split whole. The generator
 * marks its handles `_syn` and its links `.example` so no record can pass for a real one; those markers are
 * taken out here, or the model would learn that `_syn` means a dealer.
 */
export function syntheticTexts(seed: number, perTemplate: number): LabelledText[] {
  const rng = new Rng(seed);
  const networks = Array.from({ length: NETWORKS }, (_, i) => makeNetwork(rng, i));
  const out: LabelledText[] = [];
  for (const set of TEMPLATE_SETS) {
    set.templates.forEach((template, t) => {
      const seen = new Set<string>();
      for (let i = 0; i < perTemplate; i++) {
        const draft = template(rng, rng.pick(networks));
        const text = draft.text.replaceAll('_syn', '').replaceAll('.example', '.kz');
        if (seen.has(text)) continue;
        seen.add(text);
        const groupKey = `synthetic:${set.name}:${t}`;
        out.push({
          text,
          label: set.label,
          language: draft.language,
          source: 'synthetic',
          origin: `synthetic:${set.name}`,
          groupKey,
        });
      }
    });
  }
  return out;
}

const OBFUSCATION_RATE = 0.35;
const CYRILLIC_WORD = /[а-яёА-ЯЁ]+/g;
const FLAGGED: ReadonlySet<DetectionLabel> = new Set(['sale', 'recruitment', 'propaganda']);

/**
 * A disguised copy of each written sale, recruitment and propaganda text in Cyrillic, made with the generator's
 * own disguises (Latin look-alikes, digits, spaced letters), so the n-grams learn what the folding misses. A
 * copy keeps its original's group key and so its split.
 */
export function obfuscatedCopies(items: readonly LabelledText[], seed: number): LabelledText[] {
  const rng = new Rng(seed);
  return items.flatMap((item): LabelledText[] => {
    if (item.source !== 'written-here' || !FLAGGED.has(item.label) || item.language === 'en') return [];
    const text = item.text.replace(CYRILLIC_WORD, (word) => obfuscate(rng, word, OBFUSCATION_RATE));
    return text === item.text ? [] : [{ ...item, text, source: 'obfuscated' }];
  });
}
