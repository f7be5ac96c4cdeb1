/**
 * Look-alike letters and what they read as in a Cyrillic or a Latin word. Keys are folded (lower-case) forms;
 * where the upper-case original reads differently («B» is в, «b» is б) the `upper` fields say so.
 */
export interface Lookalike {
  readonly cyr?: string;
  readonly cyrUpper?: string;
  readonly lat?: string;
  readonly latUpper?: string;
  /** Other Cyrillic readings, tried when the first one does not make a known word («r»: г or р). */
  readonly cyrAlternatives?: string;
}

/**
 * Latin letters inside a Cyrillic word. Visual look-alikes first (a, c, e, o, p, x, y, and the italic u -> и,
 * n -> п, r -> г, m -> т); the rest as transliteration (z -> з, d -> д), which is how the VK comments of
 * ../shared/data/vk-distorted write them («пиzдец», «еbaлом», «шлюhа»).
 */
const LATIN: Readonly<Record<string, Lookalike>> = {
  a: { cyr: 'а' },
  b: { cyr: 'б', cyrUpper: 'в', cyrAlternatives: 'бвь' },
  c: { cyr: 'с' },
  d: { cyr: 'д' },
  e: { cyr: 'е' },
  f: { cyr: 'ф' },
  g: { cyr: 'г', cyrAlternatives: 'гд' },
  h: { cyr: 'х', cyrUpper: 'н', cyrAlternatives: 'хн' },
  i: { cyr: 'и' },
  j: { cyr: 'й' },
  k: { cyr: 'к' },
  l: { cyr: 'л' },
  m: { cyr: 'м', cyrAlternatives: 'мт' },
  n: { cyr: 'п', cyrUpper: 'н', cyrAlternatives: 'пн' },
  o: { cyr: 'о' },
  p: { cyr: 'р' },
  r: { cyr: 'г', cyrUpper: 'р', cyrAlternatives: 'гр' },
  s: { cyr: 'с' },
  t: { cyr: 'т' },
  u: { cyr: 'и', cyrAlternatives: 'иуй' },
  v: { cyr: 'в' },
  w: { cyr: 'ш' },
  x: { cyr: 'х' },
  y: { cyr: 'у' },
  z: { cyr: 'з' },
};

/** Cyrillic letters that pass for Latin ones, read as Latin inside a Latin word («shор» with Cyrillic о, р). */
const CYRILLIC: Readonly<Record<string, Lookalike>> = {
  а: { lat: 'a' },
  в: { lat: 'b' },
  е: { lat: 'e' },
  к: { lat: 'k' },
  м: { lat: 'm' },
  н: { lat: 'h' },
  о: { lat: 'o' },
  р: { lat: 'p' },
  с: { lat: 'c' },
  т: { lat: 't' },
  у: { lat: 'y' },
  х: { lat: 'x' },
  і: { lat: 'i' },
  һ: { lat: 'h' },
  ү: { lat: 'y' },
};

/** Letters of other scripts and styles that obfuscators mix into words of either script. */
const NEUTRAL: Readonly<Record<string, Lookalike>> = {
  // Greek
  α: { cyr: 'а', lat: 'a' },
  β: { cyr: 'в', lat: 'b' },
  γ: { cyr: 'у', lat: 'y' },
  ε: { cyr: 'е', lat: 'e' },
  ζ: { lat: 'z' },
  η: { cyr: 'п', cyrUpper: 'н', lat: 'n', latUpper: 'h' },
  ι: { cyr: 'и', lat: 'i' },
  κ: { cyr: 'к', lat: 'k' },
  λ: { cyr: 'л' },
  // Lower-case μ is also the micro sign: «µg» is micrograms, not «mg».
  μ: { cyrUpper: 'м', latUpper: 'm' },
  ν: { cyr: 'в', cyrUpper: 'н', lat: 'v', latUpper: 'n' },
  ο: { cyr: 'о', lat: 'o' },
  π: { cyr: 'п' },
  ρ: { cyr: 'р', lat: 'p' },
  τ: { cyr: 'т', lat: 't' },
  υ: { cyr: 'и', cyrUpper: 'у', lat: 'u', latUpper: 'y' },
  φ: { cyr: 'ф' },
  χ: { cyr: 'х', lat: 'x' },
  ω: { cyr: 'ш', lat: 'w' },
  // Armenian
  ա: { cyr: 'ш', lat: 'w' },
  հ: { cyr: 'х', lat: 'h' },
  ո: { cyr: 'п', lat: 'n' },
  ս: { cyr: 'и', lat: 'u' },
  օ: { cyr: 'о', lat: 'o' },
  // Cyrillic letters of other languages and IPA letters that only pass for Latin ones
  ѕ: { cyr: 'с', lat: 's' },
  ј: { cyr: 'й', lat: 'j' },
  ԁ: { cyr: 'д', lat: 'd' },
  ԛ: { lat: 'q' },
  ԝ: { cyr: 'ш', lat: 'w' },
  ɑ: { cyr: 'а', lat: 'a' },
  ɡ: { cyr: 'г', lat: 'g' },
  ı: { cyr: 'и', lat: 'i' },
  ɛ: { cyr: 'е', lat: 'e' },
  ɜ: { cyr: 'з', lat: 'e' },
  ʒ: { cyr: 'з', lat: 'z' },
  ʍ: { cyr: 'м', lat: 'w' },
  ɯ: { cyr: 'ш', lat: 'w' },
  ɸ: { cyr: 'ф', lat: 'f' },
};

/** Cherokee capitals that copy Latin ones, by the Latin letter they copy; case folding made them lower-case. */
const CHEROKEE: readonly (readonly [number, string, string])[] = [
  [0x13aa, 'а', 'a'],
  [0x13f4, 'в', 'b'],
  [0x13df, 'с', 'c'],
  [0x13a0, 'д', 'd'],
  [0x13ac, 'е', 'e'],
  [0x13c0, 'г', 'g'],
  [0x13bb, 'н', 'h'],
  [0x13a5, 'и', 'i'],
  [0x13e6, 'к', 'k'],
  [0x13de, 'л', 'l'],
  [0x13b7, 'м', 'm'],
  [0x13e2, 'р', 'p'],
  [0x13d2, 'р', 'r'],
  [0x13da, 'с', 's'],
  [0x13a2, 'т', 't'],
  [0x13d9, 'в', 'v'],
  [0x13b3, 'ш', 'w'],
  [0x13a9, 'у', 'y'],
  [0x13c3, 'з', 'z'],
  [0x13eb, 'о', 'o'],
];

/** Small capitals («ᴨᴀʙ»): no language writes with them, so a word of them takes its script from its neighbours. */
export const SMALL_CAPITALS: Readonly<Record<string, Lookalike>> = {
  ᴀ: { cyr: 'а', lat: 'a' },
  ʙ: { cyr: 'в', lat: 'b' },
  ᴄ: { cyr: 'с', lat: 'c' },
  ᴅ: { cyr: 'д', lat: 'd' },
  ᴇ: { cyr: 'е', lat: 'e' },
  ꜰ: { cyr: 'ф', lat: 'f' },
  ɢ: { cyr: 'г', lat: 'g' },
  ʜ: { cyr: 'н', lat: 'h' },
  ɪ: { cyr: 'и', lat: 'i' },
  ᴊ: { cyr: 'й', lat: 'j' },
  ᴋ: { cyr: 'к', lat: 'k' },
  ʟ: { cyr: 'л', lat: 'l' },
  ᴍ: { cyr: 'м', lat: 'm' },
  ɴ: { cyr: 'н', lat: 'n' },
  ᴏ: { cyr: 'о', lat: 'o' },
  ᴘ: { cyr: 'р', lat: 'p' },
  ʀ: { cyr: 'р', lat: 'r' },
  ꜱ: { cyr: 'с', lat: 's' },
  ᴛ: { cyr: 'т', lat: 't' },
  ᴜ: { cyr: 'и', lat: 'u' },
  ᴠ: { cyr: 'в', lat: 'v' },
  ᴡ: { cyr: 'ш', lat: 'w' },
  ʏ: { cyr: 'у', lat: 'y' },
  ᴢ: { cyr: 'з', lat: 'z' },
  ᴦ: { cyr: 'г', lat: 'r' },
  ᴧ: { cyr: 'л', lat: 'l' },
  ᴨ: { cyr: 'п', lat: 'n' },
  ᴩ: { cyr: 'р', lat: 'p' },
  ᴫ: { cyr: 'л', lat: 'l' },
};

/** Digits written for letters inside a Cyrillic word («гер0ин», «3акладки», «е6лан», «4ел»). */
export const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б' };
/** Digits in a Latin spelling of a Russian word («3akladki», «sh1shki»), one letter each. */
export const DIGIT_LATIN_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'z', '6': 'b' };

/** Kazakh and Ukrainian letters read as Russian ones, only where that makes a known word («закладкі»). */
export const KAZAKH_AS_RUSSIAN: Readonly<Record<string, string>> = {
  і: 'и',
  ә: 'а',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  һ: 'х',
  є: 'е',
};

function buildLookalikes(): ReadonlyMap<number, Lookalike> {
  const table = new Map<number, Lookalike>();
  for (const group of [LATIN, CYRILLIC, NEUTRAL, SMALL_CAPITALS]) {
    for (const [letter, lookalike] of Object.entries(group)) table.set(letter.charCodeAt(0), lookalike);
  }
  for (const [upper, cyr, lat] of CHEROKEE) {
    const lower = String.fromCharCode(upper).toLowerCase().charCodeAt(0);
    table.set(lower, { cyr, lat });
  }
  return table;
}

export const LOOKALIKES: ReadonlyMap<number, Lookalike> = buildLookalikes();

/** The letters of NEUTRAL and CHEROKEE, for the character classes. */
export const NEUTRAL_LETTERS: readonly number[] = [
  ...Object.keys(NEUTRAL).map((letter) => letter.charCodeAt(0)),
  ...CHEROKEE.map(([upper]) => String.fromCharCode(upper).toLowerCase().charCodeAt(0)),
];
