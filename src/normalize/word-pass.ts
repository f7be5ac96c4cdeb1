import {
  AT,
  CLASS_TABLE,
  CYR,
  CYRILLIC_SIGN,
  DIGIT,
  EMOJI,
  HIGH_SURROGATE,
  LAT,
  LETTER,
  learnClass,
  NEUTRAL,
  STYLE,
  UNKNOWN,
  WORD,
} from './char-class.js';
import { classAt, isInIdentifier, nextWordScript } from './chunk.js';
import { LOOKALIKES } from './confusables.js';
import { Edits } from './edits.js';
import { emojiEnd } from './emoji.js';
import type { FoldedText } from './fold-pass.js';
import type { NormalizedText } from './normalize.js';
import { sourceOf } from './offset-map.js';
import type { Script } from './script-of-word.js';
import { lettersOfWord, type SpacedRun, spacedRunAt } from './spacing.js';
import { isUpperCode } from './upper-case.js';
import { type FoldedWord, foldWord, isIdentity, type WordView } from './word-fold.js';
import { needsFold } from './word-triggers.js';

const AT_SIGN = 0x40;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;
const CYRILLIC_FIRST = 0x430;
const CYRILLIC_LAST = 0x4ff;
/** Marks of handles, links, e-mails and abbreviations around a lone letter: «t.me/c», «c@», «p.s.», «c_d». */
const MARKS_BEFORE = '/@._-#:\\&=%+';
const MARKS_AFTER = '/@_-#\\&=%+';
/** Cyrillic one-letter words a lone Latin letter may stand for. */
const LONE_LETTER_WORDS = 'авиксоу';
/** Lone Latin letters that read as Roman numerals rather than as Cyrillic words. */
const ROMAN_NUMERALS = 'ivx';

/** A lone Latin letter standing for a Cyrillic word, waiting for the script of the next word. */
interface PendingLetter {
  readonly at: number;
  readonly reading: string;
}

/**
 * The second pass, per word, over the first pass's text: folds look-alikes by the script of their word, reads
 * digits and «@» inside Cyrillic words as letters, joins spaced-out letters, collapses repeated letters,
 * transliterates Latin spellings of vocabulary words, and sets emoji apart from words. A word made of one script
 * only is looked at by its character classes alone, which keeps ordinary text at table-lookup speed.
 */
class WordPass {
  /** Most texts need no edit; an Edits per text was a tenth of the pass's time in garbage collection. */
  edits: Edits | null = null;
  private readonly text: string;
  private lastScript: Script | null = null;
  private pending: PendingLetter | null = null;
  private flags = 0;
  private repeated = false;
  /**
   * Whether a Cyrillic-block unit may touch a Latin letter, a digit or «@». Two such units side by side are either
   * in one word (whose class bits then show both) or one of them is a «@» or «҂» outside words (`outsideWords`).
   */
  mayMixScripts = false;
  /**
   * Whether lone letters may stand in a row, joined by one spacer («з а к»). The middle letter of such a row is a
   * one-letter word between two spacers, and `spacedRunAt` finds the row from it or from a letter before it;
   * «҂», no letter here, is one to the lexicon's scan and is checked apart (`outsideWords`).
   */
  maySpaceLetters = false;
  /**
   * Whether an edit changed a word. Spaces set between emoji and words do not: they part no pair the two flags
   * above look for, and make none, as each has an emoji on one side.
   */
  changedWords = false;

  constructor(
    private readonly original: string,
    private readonly first: FoldedText,
  ) {
    this.text = first.text;
  }

  run(): void {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      let k = CLASS_TABLE[c] ?? 0;
      if (k === UNKNOWN) k = learnClass(c);
      if ((k & WORD) === 0) {
        // One test keeps spaces and punctuation on the fast path.
        i = k & (EMOJI | HIGH_SURROGATE | AT | CYRILLIC_SIGN) ? this.outsideWords(i, k) : i + 1;
        continue;
      }
      const end = this.readWord(i);
      i = end - i === 1 && this.flags & LETTER ? this.lone(i) : this.word(i, end);
    }
    this.resolvePending(null);
  }

  private readWord(start: number): number {
    const { text } = this;
    let flags = 0;
    let repeated = false;
    let previous = -1;
    let repeats = 0;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let k = CLASS_TABLE[c] ?? 0;
      if (k === UNKNOWN) k = learnClass(c);
      if ((k & WORD) === 0) {
        if (c !== AT_SIGN || !this.atIsLetter(start, i)) break;
        k = AT;
      }
      if (c === previous) repeated ||= ++repeats >= 2 && (k & CYR) !== 0;
      else {
        previous = c;
        repeats = 0;
      }
      flags |= k;
    }
    this.flags = flags;
    this.repeated = repeated;
    return i;
  }

  /**
   * An emoji, or a unit that may make a pair the lexicon's disguise folding looks for: a «@» outside a word beside
   * a Cyrillic-block unit (one inside a word shows in that word's class bits), or «҂». Returns where to go on.
   */
  private outsideWords(at: number, k: number): number {
    if (k & (EMOJI | HIGH_SURROGATE)) return this.emoji(at);
    if (k & CYRILLIC_SIGN) {
      this.mayMixScripts = true;
      this.maySpaceLetters = true;
    } else if (isCyrillicBlock(this.text.charCodeAt(at - 1)) || isCyrillicBlock(this.text.charCodeAt(at + 1))) {
      this.mayMixScripts = true;
    }
    return at + 1;
  }

  /** «сук@», «н@х@й»: «@» after a letter of a word and not opening a handle, an e-mail domain or a host. */
  private atIsLetter(start: number, at: number): boolean {
    const { text } = this;
    if (at === start || ((classAt(text, at - 1) & LETTER) === 0 && text.charCodeAt(at - 1) !== AT_SIGN)) return false;
    const next = text.charCodeAt(at + 1);
    if (classAt(text, at + 1) & (LAT | DIGIT) || next === UNDERSCORE) return false;
    let end = at + 1;
    while (classAt(text, end) & LETTER) end++;
    return !(text.charCodeAt(end) === DOT && classAt(text, end + 1) & LETTER);
  }

  private word(start: number, end: number): number {
    const { flags } = this;
    // Cyrillic-block units are CYR or NEUTRAL («ѕ», «ј»); «@» read as a letter is AT.
    if (flags & (CYR | NEUTRAL) && flags & (LAT | DIGIT | AT)) this.mayMixScripts = true;
    if (needsFold(this.text, start, end, flags, this.repeated)) {
      this.record(this.foldAt(start, end), start, end, null);
    } else {
      const script = flags & CYR ? 'cyr' : flags & LAT ? 'lat' : null;
      if (script !== null) this.setScript(script);
    }
    return end;
  }

  private foldAt(start: number, end: number): FoldedWord {
    return foldWord(new WordInText(this, this.text.slice(start, end), start, isInIdentifier(this.text, start, end)));
  }

  /** The script of the words around a word ending at `end`: the one before it, else the one after. */
  scriptAround(end: number): Script | null {
    return this.lastScript ?? nextWordScript(this.text, end);
  }

  /**
   * Records a folded word over [start, end). `letters` are the offsets of a spaced-out word's letters; null for a
   * word written in one piece.
   */
  private record(folded: FoldedWord, start: number, end: number, letters: readonly number[] | null): void {
    // A lone letter says little of its neighbours' script, and a second pass must see what the first saw.
    if (folded.script !== null && end - start > 1) this.setScript(folded.script);
    const { from } = folded;
    if (from === null && letters === null) return;
    const length = folded.text.length;
    if (letters === null) {
      const inPlace = length === end - start && (from === null || isIdentity(from));
      this.edit(start, end, folded.text, inPlace ? null : sourcesOf(from, length, (j) => start + j));
    } else {
      this.edit(
        start,
        end,
        folded.text,
        sourcesOf(from, length, (j) => letters[j] ?? start),
      );
    }
  }

  private edit(from: number, to: number, text: string, sources: readonly number[] | null): void {
    this.changedWords = true;
    this.insert(from, to, text, sources);
  }

  private insert(from: number, to: number, text: string, sources: readonly number[] | null): void {
    this.edits ??= new Edits();
    this.edits.add(from, to, text, sources);
  }

  private setScript(script: Script): void {
    this.resolvePending(script);
    this.lastScript = script;
  }

  private lone(at: number): number {
    const run = spacedRunAt(this.text, at);
    if (run === null) {
      this.single(at, this.flags);
      return at + 1;
    }
    this.maySpaceLetters = true;
    if (run.joined) return this.spaced(run);
    for (const letter of run.letters) this.single(letter, classAt(this.text, letter));
    return (run.letters.at(-1) ?? at) + 1;
  }

  private single(at: number, flags: number): void {
    // A lone letter of either script between a waiting letter and the next word leaves the right side unknown.
    this.resolvePending(null);
    if (flags & STYLE) this.loneCapital(at);
    else this.loneLetter(at, flags);
  }

  private spacedView(letters: readonly number[]): WordView {
    const last = letters[letters.length - 1] ?? 0;
    return {
      chars: letters.map((at) => this.text.charAt(at)).join(''),
      isUpper: (j) => this.isUpper(letters[j] ?? 0),
      inIdentifier: false,
      neighbourScript: () => this.lastScript ?? nextWordScript(this.text, last + 1),
    };
  }

  /** Joins a spaced-out word, leaving out a one-letter word at either end that is not part of it. */
  private spaced(run: SpacedRun): number {
    const chosen = lettersOfWord(
      run.letters,
      this.text,
      (at) => this.isUpper(at),
      (letters) => foldWord(this.spacedView(letters)),
    );
    const start = chosen.letters[0] ?? 0;
    const end = (chosen.letters.at(-1) ?? start) + 1;
    // A one-letter word left out in front is a lone letter like any other; one left out behind comes next.
    const first = run.letters[0] ?? start;
    if (first !== start) this.single(first, classAt(this.text, first));
    this.record(chosen.word, start, end, chosen.letters);
    return end;
  }

  /**
   * A lone Latin letter between Cyrillic words stands for the Cyrillic one-letter word it looks like: «Работа
   * c закладками», «B наличии». Roman numerals («Спутник V») and abbreviations («p.s.») are not such words. It
   * waits for the next word to know the script on its right.
   */
  private loneLetter(at: number, flags: number): void {
    const { text } = this;
    if ((flags & LAT) === 0 || this.lastScript === 'lat' || ROMAN_NUMERALS.includes(text.charAt(at))) return;
    const before = at === 0 || ((classAt(text, at - 1) & WORD) === 0 && !MARKS_BEFORE.includes(text.charAt(at - 1)));
    const after =
      at + 1 === text.length || ((classAt(text, at + 1) & WORD) === 0 && !MARKS_AFTER.includes(text.charAt(at + 1)));
    if (!before || !after || isInIdentifier(this.text, at, at + 1)) return;
    const lookalike = LOOKALIKES.get(text.charCodeAt(at));
    const reading = this.isUpper(at) ? (lookalike?.cyrUpper ?? lookalike?.cyr) : lookalike?.cyr;
    if (reading === undefined || !LONE_LETTER_WORDS.includes(reading)) return;
    this.pending = { at, reading };
  }

  /**
   * A lone small capital reads as Latin after a Latin word or in a handle or link, else as Cyrillic: what a second
   * pass over the result would make of it, since a lone Cyrillic letter is never changed and a Latin one only
   * between Cyrillic words.
   */
  private loneCapital(at: number): void {
    const lookalike = LOOKALIKES.get(this.text.charCodeAt(at));
    const latin = this.lastScript === 'lat' || isInIdentifier(this.text, at, at + 1);
    const reading = latin ? lookalike?.lat : lookalike?.cyr;
    if (reading !== undefined) this.edit(at, at + 1, reading, null);
  }

  private resolvePending(rightScript: Script | null): void {
    const { pending } = this;
    if (pending === null) return;
    this.pending = null;
    const agrees = rightScript === null ? this.lastScript !== null : rightScript === 'cyr';
    if (agrees) this.edit(pending.at, pending.at + 1, pending.reading, null);
  }

  /** Sets an emoji (with its modifiers and joined parts) apart from the words it touches. */
  private emoji(at: number): number {
    const { text } = this;
    const end = emojiEnd(text, at);
    if (end === null) return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    // «@» may have been read as a letter of the word before («сук@❄»).
    if (classAt(text, at - 1) & (WORD | AT)) this.insert(at, at, ' ', [at]);
    if (classAt(text, end) & WORD) this.insert(end, end, ' ', [end]);
    return end;
  }

  /** Whether the original character behind first-pass unit `unit` is upper case. */
  isUpper(unit: number): boolean {
    return isUpperCode(this.original.codePointAt(sourceOf(this.first.map, unit)) ?? 0);
  }
}

/** The first-pass offset of each unit of a folded word, by `source` of the index it came from (itself if null). */
function sourcesOf(from: readonly number[] | null, length: number, source: (j: number) => number): number[] {
  const sources: number[] = [];
  for (let k = 0; k < length; k++) sources.push(source(from === null ? k : (from[k] ?? 0)));
  return sources;
}

function isCyrillicBlock(code: number): boolean {
  return code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST;
}

/**
 * A word written in one piece, as the word fold sees it: one object per folded word, where an object literal
 * with two closures was three allocations per word of obfuscated spam.
 */
class WordInText implements WordView {
  constructor(
    private readonly pass: WordPass,
    readonly chars: string,
    private readonly start: number,
    readonly inIdentifier: boolean,
  ) {}

  isUpper(index: number): boolean {
    return this.pass.isUpper(this.start + index);
  }

  neighbourScript(): Script | null {
    return this.pass.scriptAround(this.start + this.chars.length);
  }
}

/**
 * The normalised text: the word pass's output over the first pass's, its map composed through the first pass's,
 * with what the pass saw of the disguises it leaves to the lexicon.
 */
export function foldWords(original: string, first: FoldedText): NormalizedText {
  const pass = new WordPass(original, first);
  pass.run();
  const { edits, changedWords } = pass;
  // What the pass saw holds for its output only where it changed no word.
  const mayMixScripts = changedWords || pass.mayMixScripts;
  const maySpaceLetters = changedWords || pass.maySpaceLetters;
  const { text, map } = edits === null ? first : edits.apply(first, original.length);
  return {
    text,
    originalLength: original.length,
    shiftAt: map.shiftAt,
    shiftBy: map.shiftBy,
    mayMixScripts,
    maySpaceLetters,
  };
}
