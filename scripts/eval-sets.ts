import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectionLabel } from '../src/model/detection.js';
import { isVendoredSpamLine } from './train-vendor-tg-spam.js';
import { parseLabels, parsePosts, toRecord } from './vendor-news-sample.js';

/**
 * The real, unseen evaluation sets read from the shared development data (../shared/data), never copied into
 * the repo: news-ru-dev (CC BY 4.0), tg-spam-umputun (MIT) and vk-distorted (MIT, holds VK user ids). A folder
 * that is not there is skipped, so `npm run eval` works without them.
 */
export interface EvalText {
  readonly text: string;
  readonly label: DetectionLabel;
  readonly language: string;
}

export interface EvalSet {
  readonly name: string;
  readonly texts: readonly EvalText[];
  /** Every text is also in another set: listed for its own figures, skipped where texts would count twice. */
  readonly subset: boolean;
}

const NEWS_SUFFIX = '_messages.json';

function newsSets(folder: string, vendoredIds: ReadonlySet<string>): EvalSet[] {
  if (!existsSync(join(folder, 'labels.tsv'))) return [];
  const labels = parseLabels(readFileSync(join(folder, 'labels.tsv'), 'utf8'));
  const posts = readdirSync(folder)
    .filter((f) => f.endsWith(NEWS_SUFFIX))
    .sort()
    .flatMap((f) => parsePosts(f, readFileSync(join(folder, f), 'utf8')));
  const labelled: EvalText[] = [];
  const all: EvalText[] = [];
  const unseen: EvalText[] = [];
  for (const post of posts) {
    const reader = labels.get(`${post.file}:${post.messageId}`)?.label;
    const label: DetectionLabel = reader === 'mention' ? 'mention' : 'none';
    const text: EvalText = { text: post.text, label, language: 'ru' };
    all.push(text);
    if (reader !== undefined) labelled.push(text);
    if (!vendoredIds.has(toRecord(post, undefined).id)) unseen.push(text);
  }
  return [
    { name: 'news-ru-dev labelled (vendored, mostly trained on)', texts: labelled, subset: true },
    { name: 'news-ru-dev all posts', texts: all, subset: false },
    { name: 'news-ru-dev not vendored (unseen)', texts: unseen, subset: true },
  ];
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function spamSets(folder: string): EvalSet[] {
  const ham = join(folder, 'umputun_ham-samples.txt');
  const spam = join(folder, 'umputun_spam-samples.txt');
  if (!existsSync(ham) || !existsSync(spam)) return [];
  const negatives = (path: string): EvalText[] => lines(path).map((text) => ({ text, label: 'none', language: 'ru' }));
  const unseen = (texts: EvalText[]): EvalText[] => texts.filter((t) => !isVendoredSpamLine(t.text));
  return [
    { name: 'tg-spam ham (all)', texts: negatives(ham), subset: false },
    { name: 'tg-spam ham (not vendored, unseen)', texts: unseen(negatives(ham)), subset: true },
    { name: 'tg-spam spam (all)', texts: negatives(spam), subset: false },
    { name: 'tg-spam spam (not vendored, unseen)', texts: unseen(negatives(spam)), subset: true },
  ];
}

function vkSets(folder: string): EvalSet[] {
  const path = join(folder, 'russian_distorted_toxicity.tsv');
  if (!existsSync(path)) return [];
  const rows = lines(path)
    .slice(1)
    .map((line) => line.split('\t'));
  const toText = (row: readonly string[]): EvalText => ({ text: row[2] ?? '', label: 'none', language: 'ru' });
  return [
    { name: 'vk-distorted all comments', texts: rows.map(toText), subset: false },
    { name: 'vk-distorted obfuscated only', texts: rows.filter((row) => row[3] === '1').map(toText), subset: true },
  ];
}

export function sharedEvalSets(sharedDirectory: string, vendoredNewsIds: ReadonlySet<string>): EvalSet[] {
  return [
    ...newsSets(join(sharedDirectory, 'news-ru-dev'), vendoredNewsIds),
    ...spamSets(join(sharedDirectory, 'tg-spam-umputun')),
    ...vkSets(join(sharedDirectory, 'vk-distorted')),
  ];
}
