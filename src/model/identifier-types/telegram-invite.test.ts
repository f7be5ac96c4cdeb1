import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { telegramInviteType } from './telegram-invite.js';

const clean = (raw: string) => telegramInviteType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('telegram invite identifier type', () => {
  it.each([
    ['t.me/+AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
    ['https://t.me/+AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
    ['https://t.me/joinchat/AAAAAEHbEkejzxUjAUCzYA', 'AAAAAEHbEkejzxUjAUCzYA'],
    ['HTTPS://T.ME/joinchat/AAAAAEHbEkejzxUjAUCzYA/', 'AAAAAEHbEkejzxUjAUCzYA'],
    ['telegram.me/joinchat/AAAAAEHbEkejzxUjAUCzYA', 'AAAAAEHbEkejzxUjAUCzYA'],
    ['tg://join?invite=AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
    ['t . me / +AbCd-fGh_jKlMnOp', 'AbCd-fGh_jKlMnOp'],
    ['AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    't.me/+77071234567',
    't.me/+abcdefghijklmnop',
    't.me/shop_almaty',
    't.me/+Ab1',
    'shop_almaty_kz',
    'https://example.com/joinchat/AbCdEfGhIjKlMnOp',
    '',
  ])('rejects %j', (raw) => {
    expect(clean(raw)).toBeNull();
  });
});
