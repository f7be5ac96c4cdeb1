import { lazyCuePattern } from './cue-pattern.js';
import type { LinkIdentifierUse } from './link-input.js';
import { warningCues } from './reply-warnings.js';

const disowningCues = lazyCuePattern('disowned-contacts.csv');
const owningCues = lazyCuePattern('own-contacts.csv');

/**
 * Sentence ends: «.» before a space or the end (not the one of `t.me/x` or `0.5г`), «!», «?», «;», a line break,
 * and the «|» and «•» that ads put between their lines.
 */
const SENTENCE_BREAK = /[!?;\n|•]+|\.(?=\s|$)/u;
/** The national significant number: how a phone is recognised however its prefix was written (+7, 8, none). */
const PHONE_TAIL = 10;

export interface ContactStance {
  /** A sentence warns against or reports a contact it names: the post is a warning, not an offer. */
  readonly warns: boolean;
  /** Ids of the contacts the post says are not its own (any more): «старый аккаунт @x заблокирован». */
  readonly disowned: ReadonlySet<string>;
}

const NEUTRAL: ContactStance = { warns: false, disowned: new Set() };

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** `value` written as a whole word of `span`: `@shop_a` is not named by «@shop_a_bot». */
function writes(span: string, value: string): boolean {
  for (let at = span.indexOf(value); at >= 0; at = span.indexOf(value, at + 1)) {
    if (!WORD_CHAR.test(span[at - 1] ?? ' ') && !WORD_CHAR.test(span[at + value.length] ?? ' ')) return true;
  }
  return false;
}

function named(span: string, contacts: readonly LinkIdentifierUse[]): LinkIdentifierUse[] {
  const digits = span.replace(/\D/g, '');
  return contacts.filter((contact) => {
    if (contact.type !== 'phone') return writes(span, contact.value.toLowerCase());
    const tail = contact.value.replace(/\D/g, '').slice(-PHONE_TAIL);
    return tail.length === PHONE_TAIL && digits.includes(tail);
  });
}

/**
 * What a post says of the contacts it names, sentence by sentence. It warns against one («@x — это наркошоп, не
 * ведитесь», «report @x», «Админ, удалите спам от @x»): bystanders' warnings the classifier took for sales made
 * them holders of the shop's contact and tied shops together. It disowns one, in the clause naming it («Старый
 * аккаунт @x заблокирован», «@x больше не наш», «осторожно, фейк @x»): that is no contact of the writer's, and a
 * claim to an old handle is what an impersonator copies («старый аккаунт @x» of the shop it copies). Read per
 * sentence because shops' own ads use the same words about nobody («Осторожно, фейки! Наш бот @x»); a sentence
 * calling the contact its own («наш бот») is no warning against it; and disowning is read per clause because «Если
 * бот заблокирован, пиши @reserve» offers the reserve. `normalized` is the post's normalised text (`normalize`).
 */
export function contactStance(normalized: string, contacts: readonly LinkIdentifierUse[]): ContactStance {
  if (contacts.length === 0) return NEUTRAL;
  const warning = warningCues();
  const disowning = disowningCues();
  const anyDisowning = disowning.test(normalized);
  if (!anyDisowning && !warning.test(normalized)) return NEUTRAL;
  const sentences = normalized.split(SENTENCE_BREAK);
  const disowned = new Set<string>();
  if (anyDisowning) {
    for (const sentence of sentences) {
      if (!disowning.test(sentence)) continue;
      for (const clause of sentence.split(',')) {
        if (disowning.test(clause)) for (const contact of named(clause, contacts)) disowned.add(contact.id);
      }
    }
  }
  const own = disowned.size === 0 ? contacts : contacts.filter((c) => !disowned.has(c.id));
  // «Осторожно, фейки, наш бот только @x» warns others off and offers its own contact.
  const owning = owningCues();
  const warns = sentences.some((s) => warning.test(s) && !owning.test(s) && named(s, own).length > 0);
  return { warns, disowned };
}
