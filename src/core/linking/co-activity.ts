import type { LinkDocument } from './link-input.js';

/** Posts this close in one place are one wave: a shop posts and its people repost within minutes. */
const CO_ACTIVITY_WINDOW_MS = 10 * 60_000;
/** Two busy accounts meet in a chat by chance now and then; on this many separate days it is a habit. */
const CO_ACTIVITY_MIN_DAYS = 3;
/** A window with more posters than this is a busy chat hour, not a coordinated wave. */
const MAX_WINDOW_ACCOUNTS = 12;
const DAY = 86_400_000;

export interface CoActivity {
  readonly a: number;
  readonly b: number;
  readonly days: number;
  readonly documents: readonly string[];
}

/**
 * Accounts that repeatedly post in the same thread within minutes of each other, counted in distinct days. Sorted
 * per thread and swept with a window, so the cost is the posts times the (small) window, not threads squared.
 */
export function coActivity(documents: readonly LinkDocument[], accountOf: (id: string) => number): CoActivity[] {
  const byThread = new Map<string, { time: number; account: number; doc: string; trade: boolean }[]>();
  for (const doc of documents) {
    if (doc.threadKey === null || doc.authorAccountId === null || Number.isNaN(doc.time)) continue;
    const account = accountOf(doc.authorAccountId);
    if (account < 0) continue;
    const list = byThread.get(doc.threadKey) ?? [];
    list.push({ time: doc.time, account, doc: doc.id, trade: doc.trade });
    byThread.set(doc.threadKey, list);
  }
  const days = new Map<number, { a: number; b: number; days: Set<number>; docs: string[] }>();
  const span = 1 << 26;
  for (const posts of byThread.values()) {
    posts.sort((p, q) => p.time - q.time);
    let start = 0;
    for (let i = 0; i < posts.length; i++) {
      const p = posts[i];
      if (p === undefined) continue;
      while ((posts[start]?.time ?? p.time) < p.time - CO_ACTIVITY_WINDOW_MS) start++;
      if (i - start > MAX_WINDOW_ACCOUNTS) continue;
      for (let k = start; k < i; k++) {
        const q = posts[k];
        if (q === undefined || q.account === p.account || !(p.trade || q.trade)) continue;
        const a = Math.min(p.account, q.account);
        const b = Math.max(p.account, q.account);
        const key = a * span + b;
        let entry = days.get(key);
        if (entry === undefined) {
          entry = { a, b, days: new Set(), docs: [] };
          days.set(key, entry);
        }
        entry.days.add(Math.floor(p.time / DAY));
        if (entry.docs.length < 6) entry.docs.push(q.doc, p.doc);
      }
    }
  }
  const out: CoActivity[] = [];
  for (const e of days.values()) {
    if (e.days.size >= CO_ACTIVITY_MIN_DAYS) out.push({ a: e.a, b: e.b, days: e.days.size, documents: e.docs });
  }
  return out;
}
