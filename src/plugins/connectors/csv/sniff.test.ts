import { describe, expect, it } from 'vitest';
import { sniffCsv } from './sniff.js';

const probe = (path: string, content: string) => {
  const head = new TextEncoder().encode(content);
  return { path, size: head.length, head };
};

describe('sniffCsv', () => {
  it('trusts the .csv and .tsv extensions', () => {
    expect(sniffCsv(probe('/d/a.csv', 'id,text\n1,x\n'))).toBe(0.9);
    expect(sniffCsv(probe('/d/a.TSV', 'id\ttext\n'))).toBe(0.9);
    expect(sniffCsv(probe('/d/a.csv', 'text\nhello\n'))).toBe(0.6);
  });

  it('accepts another name only with a header naming a text column', () => {
    expect(sniffCsv(probe('/d/export.txt', '\uFEFF"id";"Text";"author"\n'))).toBe(0.4);
    expect(sniffCsv(probe('/d/PROVENANCE.txt', 'Source repo : github.com/x, commit 1\n'))).toBe(0);
    expect(sniffCsv(probe('/d/a.jsonl', '{"id":1,"text":"a"}\n'))).toBe(0);
  });
});
