/**
 * Ways to reach a seller that no word list captures: Telegram handles and links, messenger links and
 * Kazakh/Russian phone numbers. The extractors read the identifiers properly; here they only tell the detector
 * that an ad invites contact.
 */
export const CONTACT_KINDS = ['telegram-handle', 'messenger-link', 'phone'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactHit {
  readonly start: number;
  readonly end: number;
  readonly kind: ContactKind;
  readonly weight: number;
  /** `contact:<kind>`, the name evidence gives for this cue. */
  readonly rule: string;
  /** The rule's number (decide.ts `Cue`): a contact kind's place in CONTACT_KINDS. */
  readonly ruleId: number;
}

// A phone is the classic classified-ad contact; news posts carry channel handles and links in every footer.
const WEIGHT_OF: Readonly<Record<ContactKind, number>> = { 'telegram-handle': 0.5, 'messenger-link': 0.4, phone: 0.6 };

const RULE_OF: Readonly<Record<ContactKind, string>> = {
  'telegram-handle': 'contact:telegram-handle',
  'messenger-link': 'contact:messenger-link',
  phone: 'contact:phone',
};

/** Rule numbers below this are contact kinds'; the lexicon's rules are numbered from it on (matcher.ts). */
export const CONTACT_RULE_IDS = CONTACT_KINDS.length;

const CONTACT = new RegExp(
  [
    '(?<![a-z0-9_.])(@[a-z][a-z0-9_]{3,31})',
    '((?:t|telegram)\\.me/[a-z0-9_+]{3,}|wa\\.me/\\d+)',
    '((?<!\\d)(?:\\+7|8)[\\s(-]*[79]\\d\\d[\\s)-]*\\d{3}[\\s-]*\\d\\d[\\s-]*\\d\\d(?!\\d))',
  ].join('|'),
  'g',
);

export function findContacts(text: string): ContactHit[] {
  const hits: ContactHit[] = [];
  CONTACT.lastIndex = 0;
  for (let m = CONTACT.exec(text); m !== null; m = CONTACT.exec(text)) {
    const kind: ContactKind = m[1] !== undefined ? 'telegram-handle' : m[2] !== undefined ? 'messenger-link' : 'phone';
    const { index } = m;
    const end = index + m[0].length;
    const ruleId = CONTACT_KINDS.indexOf(kind);
    hits.push({ start: index, end, kind, weight: WEIGHT_OF[kind], rule: RULE_OF[kind], ruleId });
  }
  return hits;
}
