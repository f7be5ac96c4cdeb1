import type { Rng } from './generate-corpus-random.js';
import { weighted } from './generate-networks-random.js';

/** What a post is, as someone deciding to answer it sees it. */
export type Topic = 'chat' | 'sale' | 'recruit' | 'job' | 'listing';

export interface BoardEntry {
  readonly id: string;
  readonly time: number;
  /** A handle the post advertises (`@name`), which a complaint or a question quotes. */
  readonly mention: string | null;
}

const KEPT_PER_TOPIC = 64;

/**
 * A sample of the posts of each thread, by topic, so that later posts can answer earlier ones from other units
 * (a bystander replying to a shop's spam). Bounded per thread: when full, a new post replaces a random one.
 */
export class ThreadBoard {
  private readonly threads = new Map<string, Map<Topic, BoardEntry[]>>();

  constructor(private readonly rng: Rng) {}

  add(thread: string, topic: Topic, entry: BoardEntry): void {
    let topics = this.threads.get(thread);
    if (topics === undefined) {
      topics = new Map();
      this.threads.set(thread, topics);
    }
    let entries = topics.get(topic);
    if (entries === undefined) {
      entries = [];
      topics.set(topic, entries);
    }
    if (entries.length < KEPT_PER_TOPIC) entries.push(entry);
    else entries[this.rng.int(0, KEPT_PER_TOPIC - 1)] = entry;
  }

  /** A post of one of `topics` (weighted) in the thread, or null when it has none of them. */
  pick(thread: string, topics: readonly (readonly [Topic, number])[]): { topic: Topic; entry: BoardEntry } | null {
    const present = this.threads.get(thread);
    if (present === undefined) return null;
    const available = topics.filter(([topic]) => (present.get(topic)?.length ?? 0) > 0);
    if (available.length === 0) return null;
    const topic = weighted(this.rng, available);
    const entries = present.get(topic);
    if (entries === undefined) return null;
    return { topic, entry: this.rng.pick(entries) };
  }
}
