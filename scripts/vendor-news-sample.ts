import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { QyranError, UsageError } from '../src/core/errors.js';

/**
 * Copies a small, reproducible sample of the news-ru-dev Telegram posts (CC BY 4.0) into data/demo: every post
 * a Qyran reader labelled in labels.tsv, topped up with posts chosen by hash so that reruns pick the same ones.
 */
export interface NewsSampleRecord {
  readonly id: string;
  readonly platform: 'telegram';
  readonly published_at: string;
  /** The channel that published the post: its author, named for attribution. */
  readonly author: string;
  readonly url: string;
  readonly text: string;
  /** Present only for posts a reader labelled: `mention` or `none`. */
  readonly label?: string | undefined;
}

export interface SourcePost {
  readonly file: string;
  readonly messageId: number;
  readonly channel: string;
  readonly date: string;
  readonly text: string;
}

interface Label {
  readonly label: string;
  readonly sha256Prefix: string;
}

const FILE_SUFFIX = '_messages.json';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function postKey(file: string, messageId: number): string {
  return `${file}:${messageId}`;
}

export function parseLabels(tsv: string): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const line of tsv.split('\n').slice(1)) {
    const [file, messageId, sha256Prefix, label] = line.split('\t');
    if (file === undefined || messageId === undefined || sha256Prefix === undefined || label === undefined) continue;
    labels.set(postKey(file, Number(messageId)), { label, sha256Prefix });
  }
  return labels;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parsePosts(file: string, json: string): SourcePost[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new QyranError('BAD_RECORD', `${file}: expected a JSON array of posts`);
  return parsed.flatMap((post: unknown): SourcePost[] => {
    if (!isRecord(post)) return [];
    const { message_id: messageId, channel, date, text } = post;
    if (typeof messageId !== 'number' || typeof text !== 'string' || text.trim() === '') return [];
    if (typeof channel !== 'string' || typeof date !== 'string') return [];
    return [{ file, messageId, channel, date, text }];
  });
}

/** The channel's internal id from a file name like `1001003313758_messages.json` (Telegram's -100 prefix dropped). */
function channelIdOf(file: string): string {
  return file.slice(0, -FILE_SUFFIX.length).replace(/^100/, '');
}

export function toRecord(post: SourcePost, label: string | undefined): NewsSampleRecord {
  const channelId = channelIdOf(post.file);
  return {
    id: `tg-${channelId}-${post.messageId}`,
    platform: 'telegram',
    published_at: post.date,
    author: post.channel,
    // t.me/c/<id>/<message> is the link Telegram gives for a post of a channel known only by id.
    url: `https://t.me/c/${channelId}/${post.messageId}`,
    text: post.text,
    label,
  };
}

/** All labelled posts, then unlabelled ones in hash order until `count`; output in file and message order. */
export function selectSample(
  posts: readonly SourcePost[],
  labels: ReadonlyMap<string, Label>,
  count: number,
): NewsSampleRecord[] {
  const labelled = posts.filter((p) => labels.has(postKey(p.file, p.messageId)));
  if (labelled.length !== labels.size) {
    throw new QyranError('BAD_RECORD', `labels.tsv names ${labels.size} posts but ${labelled.length} were found`);
  }
  for (const post of labelled) {
    const expected = labels.get(postKey(post.file, post.messageId))?.sha256Prefix ?? '';
    if (!sha256(post.text).startsWith(expected)) {
      throw new QyranError('BAD_RECORD', `${post.file} message ${post.messageId} does not match labels.tsv`);
    }
  }
  const others = posts
    .filter((p) => !labels.has(postKey(p.file, p.messageId)))
    .map((p) => ({ post: p, order: sha256(postKey(p.file, p.messageId)) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, Math.max(0, count - labelled.length))
    .map((o) => o.post);
  return [...labelled, ...others]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.messageId - b.messageId))
    .map((p) => toRecord(p, labels.get(postKey(p.file, p.messageId))?.label));
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: { source: { type: 'string' }, out: { type: 'string' }, count: { type: 'string' } },
    strict: true,
  });
  const source = values.source ?? '/work/shared/data/news-ru-dev';
  const out = values.out ?? 'data/demo/news-ru-sample.jsonl';
  const count = Number(values.count ?? '200');
  if (!Number.isSafeInteger(count) || count < 0) throw new UsageError(`--count must be a non-negative integer`);
  const files = readdirSync(source)
    .filter((f) => f.endsWith(FILE_SUFFIX))
    .sort();
  const posts = files.flatMap((f) => parsePosts(f, readFileSync(join(source, f), 'utf8')));
  const sample = selectSample(posts, parseLabels(readFileSync(join(source, 'labels.tsv'), 'utf8')), count);
  writeFileSync(out, sample.map((r) => `${JSON.stringify(r)}\n`).join(''));
  process.stderr.write(`wrote ${sample.length} posts to ${out}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
