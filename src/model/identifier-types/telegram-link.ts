/**
 * The start of a t.me / telegram.me / telegram.dog link, scheme optional. Tolerates the «t . me / name» spacing and
 * the [.] defang that dealers use to dodge link filters. Lower-case: match it against normalised text or with `i`.
 */
export const TELEGRAM_LINK_PREFIX = String.raw`(?:(?:https?|hxxps?):\/\/)?(?:www\.)?(?:t|telegram) ?(?:\.|\[\.\]|\(\.\)) ?(?:me|dog) ?\/ ?`;
