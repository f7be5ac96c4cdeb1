import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const input = [
  { id: 'a1', text: 'Меф, альфа, шишки в наличии. Закладки по Алматы, оператор @shop_almaty24, звони 8 707 123 45 67' },
  { id: 'a2', text: 'Продам диван, почти новый. Самовывоз, Астана.' },
  'not json',
  { id: 'a4', body: 'no text field' },
  { id: 'a5', text: '🌿 Шишки 🌿 телега: t.me/Green_Shop_KZ' },
]
  .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
  .join('\n');

interface ResultLine {
  id: unknown;
  label?: string;
  score?: number;
  evidence?: { start: number; end: number; text: string; rule: string }[];
  identifiers?: { type: string; value: string; start: number; end: number }[];
  line?: number;
  error?: string;
}

describe('qyran analyze contract', () => {
  const result = runCli(['analyze', '--in', '-', '--out', '-', '--threads', '1'], `${input}\n`);
  const lines: ResultLine[] = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  it('writes one line per input line, in order, and exits 1 when some lines were malformed', () => {
    expect(result.status).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', null, 'a4', 'a5']);
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(lines[2]?.error).toContain('not JSON');
    expect(lines[3]).toMatchObject({ id: 'a4', line: 4 });
    expect(result.stderr).toContain('2 malformed line(s)');
  });

  it('gives a label, a score in 0..1, evidence and normalised identifiers with UTF-16 offsets', () => {
    const texts = input.split('\n');
    const sale = lines[0];
    expect(sale?.label).toBe('sale');
    expect(sale?.score).toBeGreaterThan(0.5);
    expect(sale?.score).toBeLessThanOrEqual(1);
    const saleText = JSON.parse(texts[0] ?? '{}').text;
    for (const e of sale?.evidence ?? []) expect(saleText.slice(e.start, e.end)).toBe(e.text);
    expect(sale?.evidence?.length).toBeGreaterThan(0);
    const ids = (sale?.identifiers ?? []).map((i) => `${i.type}:${i.value}`);
    expect(ids).toEqual(expect.arrayContaining(['phone:+77071234567', 'telegram:shop_almaty24']));
    const phone = sale?.identifiers?.find((i) => i.type === 'phone');
    expect(saleText.slice(phone?.start, phone?.end)).toBe('8 707 123 45 67');

    expect(lines[1]?.label).toBe('none');
    const emojiText = JSON.parse(texts[4] ?? '{}').text;
    const handle = lines[4]?.identifiers?.find((i) => i.type === 'telegram');
    expect(handle?.value).toBe('green_shop_kz');
    expect(emojiText.slice(handle?.start, handle?.end)).toContain('Green_Shop_KZ');
  });

  it('reads and writes files, and says what to do about a missing input', () => {
    const missing = runCli(['analyze', '--in', '/nonexistent/in.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such input file');
  });
});
