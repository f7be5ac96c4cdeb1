import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTION_LABELS } from '../src/model/detection.js';
import { generateCorpus, writeCorpusFile } from './generate-corpus.js';
import { Rng } from './generate-corpus-random.js';

describe('generateCorpus', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = JSON.stringify([...generateCorpus({ seed: 42, count: 500 })]);
    const b = JSON.stringify([...generateCorpus({ seed: 42, count: 500 })]);
    const c = JSON.stringify([...generateCorpus({ seed: 43, count: 500 })]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('extends rather than reshuffles when the count grows', () => {
    const short = [...generateCorpus({ seed: 42, count: 200 })];
    const long = [...generateCorpus({ seed: 42, count: 400 })];
    expect(long.slice(0, 200).map((r) => r.id)).toEqual(short.map((r) => r.id));
  });

  const records = [...generateCorpus({ seed: 42, count: 2000 })];

  it('covers every label, language and platform, with ordinary texts the majority', () => {
    for (const label of DETECTION_LABELS)
      expect(
        records.some((r) => r.label === label),
        label,
      ).toBe(true);
    for (const language of ['ru', 'kk', 'en']) expect(records.some((r) => r.language === language)).toBe(true);
    expect(new Set(records.map((r) => r.platform))).toEqual(new Set(['olx-synthetic', 'telegram-synthetic']));
    expect(records.filter((r) => r.label === 'none').length / records.length).toBeGreaterThan(0.5);
  });

  it('marks every record synthetic and keeps ids unique', () => {
    expect(records.every((r) => r.synthetic)).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.every((r) => /^https:\/\/[a-z.]+\.example\//.test(r.url))).toBe(true);
    expect(records.every((r) => !Number.isNaN(Date.parse(r.published_at)))).toBe(true);
  });

  it('lets dealer networks share accounts across several records', () => {
    const trade = records.filter((r) => r.network !== undefined);
    expect(trade.every((r) => r.label === 'sale' || r.label === 'recruitment')).toBe(true);
    const authorsByNetwork = new Map<string, Set<string>>();
    for (const r of trade) {
      const authors = authorsByNetwork.get(r.network ?? '') ?? new Set<string>();
      authors.add(r.author);
      authorsByNetwork.set(r.network ?? '', authors);
    }
    expect([...authorsByNetwork.values()].some((authors) => authors.size >= 2)).toBe(true);
    expect(trade.every((r) => r.author.endsWith('_syn'))).toBe(true);
  });

  it('includes disguised spellings and hard negatives', () => {
    expect(records.some((r) => /[a-z0-9][а-я]|[а-я][a-z0-9]/i.test(r.text) && r.label === 'sale')).toBe(true);
    expect(records.some((r) => /(?:^|\s)[А-Я][ .][А-Я][ .][А-Я](?:$|[^А-Яа-я])/.test(r.text))).toBe(true);
    expect(records.some((r) => r.label === 'none' && r.text.includes('Требуется курьер'))).toBe(true);
    expect(records.some((r) => r.label === 'none' && r.text.includes('Соль поваренная'))).toBe(true);
  });
});

describe('writeCorpusFile', () => {
  it('writes one JSON record per line, the same as the generator yields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qyran-corpus-'));
    try {
      const path = join(dir, 'c.jsonl');
      writeCorpusFile({ seed: 1, count: 300 }, path);
      const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(300);
      expect(lines.map((line) => JSON.parse(line))).toEqual(
        [...generateCorpus({ seed: 1, count: 300 })].map((r) => JSON.parse(JSON.stringify(r))),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const ints = Array.from({ length: 1000 }, () => a.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });
});
