import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractedIdentifier, ExtractorPlugin } from '../../core/plugin.js';
import { loadRegistry } from '../../core/registry.js';
import { DEFAULT_CLEAN_CONTEXT } from '../../model/identifier-type.js';
import { identifierType } from '../../model/identifier-types/index.js';
import { analysisInput } from './analysis-input.js';

const EXTRACTORS: readonly ExtractorPlugin[] = (await loadRegistry()).extractors;
const MEGABYTE = 1 << 20;

/** Fragments of real identifiers and of what surrounds them, so random texts hit the interesting paths. */
const FRAGMENTS = [
  '8',
  '7',
  '0',
  '707',
  ' ',
  '-',
  '(',
  ')',
  '+',
  '.',
  '/',
  '\n',
  '@',
  '_',
  'О',
  'з',
  'l',
  'shop',
  'almaty',
  't.me/',
  's/',
  'joinchat/',
  'AbCdEfGhIjKlMnOp',
  'https://',
  'hxxp://',
  '[.]',
  '(.)',
  ' точка ',
  'ru',
  'kz',
  'рф',
  'mail',
  'tg://resolve?domain=',
  'закладки',
  'wa.me/',
  'api.whatsapp.com/send?phone=',
  '%2b',
  '=',
  'instagram.com/',
  'vk.com/',
  'id',
  'wall-',
  '_1',
  'tiktok.com/@',
  'facebook.com/profile.php?id=',
  'x.com/',
  'ok.ru/profile/',
  'USDT',
  'юсдт',
  'TRC-20',
  'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre',
  'ё',
  '\u200b',
  '\u00a0',
  '😀',
  '\ud800',
];
const textArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
);

function checkOutput(extractor: ExtractorPlugin, text: string, identifiers: readonly ExtractedIdentifier[]): void {
  for (const found of identifiers) {
    expect(found.start).toBeGreaterThanOrEqual(0);
    expect(found.end).toBeGreaterThan(found.start);
    expect(found.end).toBeLessThanOrEqual(text.length);
    expect(found.raw).toBe(text.slice(found.start, found.end));
    expect(extractor.meta.produces).toContain(`identifier:${found.type}`);
    const type = identifierType(found.type);
    expect(type?.clean(found.raw, DEFAULT_CLEAN_CONTEXT)).toBe(found.value);
    expect(type?.clean(found.value, DEFAULT_CLEAN_CONTEXT)).toBe(found.value);
    expect(type?.validate(found.value)).toBe(true);
    const attributes: unknown = 'attributes' in found ? found.attributes : {};
    expect(attributes).toBeTypeOf('object');
    for (const attribute of Object.values(attributes ?? {})) expect(attribute).toBeTypeOf('string');
  }
}

function randomUnicode(length: number): string {
  let seed = 42;
  const units: string[] = [];
  for (let i = 0; i < length; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    units.push(String.fromCharCode(seed % 0x3000));
  }
  return units.join('');
}

const ADVERSARIAL_TEXTS: readonly (readonly [string, string])[] = [
  ['@', '@'.repeat(MEGABYTE)],
  ['digits', '7'.repeat(MEGABYTE)],
  ['spaced digits', '1 2 3 4 5 6 7 8 9 0 '.repeat(MEGABYTE / 20)],
  ['random unicode', randomUnicode(MEGABYTE)],
  ['dotted labels', 'a.'.repeat(MEGABYTE / 2)],
  ['long word', 'a'.repeat(MEGABYTE)],
  ['t.me links', 't.me/'.repeat(MEGABYTE / 5)],
  ['defang markers', '[.]('.repeat(MEGABYTE / 4)],
  ['e-mail locals', 'a@'.repeat(MEGABYTE / 2)],
  ['spaces', ' '.repeat(MEGABYTE)],
  // Shapes that make the scanners work hard but yield few identifiers: checking a million of them would be slow.
  ['WhatsApp link heads', 'api.whatsapp.com/send?a=&phone=1234567890&'.repeat(MEGABYTE / 42)],
  ['spaced WhatsApp heads', 'wa.me/ wa.me/1234567890 phone=%2b1234567890 '.repeat(MEGABYTE / 44)],
  ['profile paths', 'instagram.com/vk.com/@x.com/'.repeat(MEGABYTE / 27)],
  ['token words', 'usdt trc20 юсдт '.repeat(MEGABYTE / 16)],
];
// Normalised once up front: only the extractors are on the clock.
const ADVERSARIAL = ADVERSARIAL_TEXTS.map(([kind, text]) => ({ kind, input: analysisInput(text) }));

describe.each(EXTRACTORS)('$meta.id extractor', (extractor) => {
  it('declares itself as an extractor', () => {
    expect(extractor.meta).toMatchObject({ kind: 'extractor', consumes: ['document.text'] });
    expect(extractor.meta.description.length).toBeGreaterThan(0);
  });

  it('never throws, and every span, raw and value is consistent', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        checkOutput(extractor, text, extractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT));
      }),
      { numRuns: 400 },
    );
  });

  it.each(ADVERSARIAL)('finishes 1 MB of $kind quickly', ({ input }) => {
    const started = performance.now();
    const identifiers = extractor.extract(input, DEFAULT_CLEAN_CONTEXT);
    // A hang detector, not a speed target (those are in bench/): a backtracking regex takes minutes here.
    expect(performance.now() - started).toBeLessThan(10_000);
    checkOutput(extractor, input.text, identifiers);
  });
});
