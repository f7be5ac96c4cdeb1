import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { platformAccountOfUrl, platformAccountType } from './platform-account.js';

const clean = (raw: string) => platformAccountType.clean(raw, DEFAULT_CLEAN_CONTEXT);

describe('platform account identifier type', () => {
  it.each([
    // Instagram: case folded, features and posts are not accounts, stories and the app link name theirs.
    ['https://www.instagram.com/Shop_Almaty/', 'instagram:shop_almaty'],
    ['instagram.com/shop.almaty.kz?igsh=MWQ1ZGUxMzBkMA==', 'instagram:shop.almaty.kz'],
    ['https://instagram.com/shop_almaty/reels/', 'instagram:shop_almaty'],
    ['https://www.instagram.com/stories/shop_almaty/3312345678901234567/', 'instagram:shop_almaty'],
    ['https://www.Instagram.com/Stories/Shop_Almaty/3312345678901234567/', 'instagram:shop_almaty'],
    ['instagr.am/shop_almaty', 'instagram:shop_almaty'],
    ['https://instagram.com/_u/shop_almaty', 'instagram:shop_almaty'],
    ['instagram[.]com/shop_almaty', 'instagram:shop_almaty'],
    ['instagram точка com/shop_almaty', 'instagram:shop_almaty'],
    ['hxxps://www.instagram.com/shop_almaty', 'instagram:shop_almaty'],
    // VK: numeric ids kept as ids, communities under one name, an object's owner recovered.
    ['https://vk.com/id123456', 'vk:id123456'],
    ['vk.com/Durov', 'vk:durov'],
    ['https://m.vk.com/public987654', 'vk:club987654'],
    ['vk.com/event987654', 'vk:club987654'],
    ['https://vk.com/wall-987654_321', 'vk:club987654'],
    ['https://vk.com/wall123456_12', 'vk:id123456'],
    ['https://vk.com/photo123456_457239017', 'vk:id123456'],
    ['https://vk.com/write123456', 'vk:id123456'],
    ['https://vk.com/profile.php?id=123456', 'vk:id123456'],
    ['https://vk.ru/shop.almaty', 'vk:shop.almaty'],
    // TikTok: only @user links, whatever follows.
    ['https://www.tiktok.com/@Shop.Almaty/video/7301234567890123456', 'tiktok:shop.almaty'],
    ['tiktok.com/@shop_almaty', 'tiktok:shop_almaty'],
    // Odnoklassniki.
    ['https://ok.ru/profile/577123456789', 'ok:profile/577123456789'],
    ['https://ok.ru/group/53389123456789/topic/1', 'ok:group/53389123456789'],
    ['ok.ru/group53389123456789', 'ok:group/53389123456789'],
    ['https://ok.ru/Shop.Almaty', 'ok:shop.almaty'],
    // Facebook: dots and case do not count, ids come from the query or the end of old page links.
    ['https://www.facebook.com/profile.php?id=100012345678901', 'facebook:100012345678901'],
    ['https://m.facebook.com/John.Smith.77', 'facebook:johnsmith77'],
    ['https://www.facebook.com/johnsmith77/posts/pfbid02abc', 'facebook:johnsmith77'],
    ['https://www.facebook.com/people/Shop-Almaty/100089123456789/', 'facebook:100089123456789'],
    ['https://www.facebook.com/Shop-Almaty-104123456789012/', 'facebook:104123456789012'],
    ['https://www.facebook.com/permalink.php?story_fbid=123&id=100012345678901', 'facebook:100012345678901'],
    ['fb.com/shopalmaty', 'facebook:shopalmaty'],
    ['m.me/shopalmaty', 'facebook:shopalmaty'],
    // X.
    ['https://x.com/Shop_Almaty', 'x:shop_almaty'],
    ['https://twitter.com/shop_almaty/status/1790000000000000000', 'x:shop_almaty'],
    ['https://twitter.com/intent/follow?screen_name=Shop_Almaty', 'x:shop_almaty'],
    // WhatsApp: the account is the number, in E.164.
    ['https://wa.me/77071234567', 'whatsapp:+77071234567'],
    ['wa.me/996555123456', 'whatsapp:+996555123456'],
    ['wa.me/87071234567', 'whatsapp:+77071234567'],
    [
      'https://api.whatsapp.com/send?phone=77071234567&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
      'whatsapp:+77071234567',
    ],
    ['https://api.whatsapp.com/send/?phone=%2B77071234567&type=phone_number', 'whatsapp:+77071234567'],
    ['wa[.]me/77071234567', 'whatsapp:+77071234567'],
    ['https://wa.me/c/77071234567', 'whatsapp:+77071234567'],
    // Values, as stored and as an analyst types them.
    ['instagram:shop_almaty', 'instagram:shop_almaty'],
    ['Instagram:@Shop_Almaty', 'instagram:shop_almaty'],
    ['vk:public987654', 'vk:club987654'],
    ['vk: Durov', 'vk:durov'],
    ['whatsapp:+77071234567', 'whatsapp:+77071234567'],
    ['whatsapp:8 707 123 45 67', 'whatsapp:+77071234567'],
    ['facebook:john.smith.77', 'facebook:johnsmith77'],
  ])('cleans %j to %s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it.each([
    ['an Instagram post', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['an Instagram reel', 'https://www.instagram.com/reel/C1a2B3c4D5e/'],
    ['an Instagram post in capitals', 'https://www.instagram.com/P/C1a2B3c4D5e/'],
    ['Instagram search', 'https://www.instagram.com/explore/tags/almaty/'],
    ['an Instagram highlight', 'https://www.instagram.com/stories/highlights/17912345678901234/'],
    ['an Instagram name with two dots', 'instagram.com/shop..almaty'],
    ['a VK feed', 'https://vk.com/feed'],
    ['a VK redirect', 'https://vk.com/away.php?to=https%3A%2F%2Fshop.kz'],
    ['a VK search', 'https://vk.com/search?c%5Bq%5D=shop'],
    ['a VK app', 'https://vk.com/app123456'],
    ['a TikTok short link', 'https://vm.tiktok.com/ZMabcdef/'],
    ['a TikTok tag', 'https://www.tiktok.com/tag/almaty'],
    ['an OK video', 'https://ok.ru/video/1234567890'],
    ['a Facebook group', 'https://www.facebook.com/groups/almaty.shop'],
    ['a Facebook share', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fshop.kz'],
    ['a Facebook script', 'https://www.facebook.com/home.php'],
    ['Facebook watch', 'https://www.facebook.com/watch/?v=123456789'],
    ['X home', 'https://x.com/home'],
    ['an X intent', 'https://twitter.com/intent/tweet?text=hello'],
    ['an X share', 'https://x.com/share?url=https%3A%2F%2Fshop.kz'],
    ['an X handle too long', 'https://x.com/shop_almaty_kz_2024'],
    ['a WhatsApp short message link', 'https://wa.me/message/ABCDEF123456'],
    ['a WhatsApp group invite', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv'],
    ['a WhatsApp link to an invalid number', 'https://wa.me/12345'],
    ['a Telegram link', 'https://t.me/shop_almaty'],
    ['another site', 'https://shop-almaty.kz/instagram'],
    ['a look-alike host', 'https://instagram.com.evil.kz/shop_almaty'],
    ['a bare platform', 'https://www.instagram.com/'],
    ['an unknown platform value', 'myspace:shop'],
    ['an empty account', 'instagram:'],
    ['a junk account', 'vk:привет'],
    ['a WhatsApp app link', 'whatsapp://send?phone=77071234567'],
    ['plain words', 'инстаграм магазина'],
    ['nothing', ''],
  ])('rejects %s', (_kind, raw) => {
    expect(clean(raw)).toBeNull();
  });

  it('reads a link the same from its URL value as from the text', () => {
    expect(platformAccountOfUrl('https://instagram.com/Shop_Almaty', DEFAULT_CLEAN_CONTEXT)).toBe(
      'instagram:shop_almaty',
    );
    expect(platformAccountOfUrl('https://shop.kz/instagram.com/x', DEFAULT_CLEAN_CONTEXT)).toBeNull();
  });

  it('describes a value by its platform, account and a link that opens it', () => {
    const describe = (value: string) => platformAccountType.describe?.(value);
    expect(describe('instagram:shop_almaty')).toEqual({
      platform: 'instagram',
      account: 'shop_almaty',
      profile_url: 'https://www.instagram.com/shop_almaty/',
    });
    expect(describe('facebook:100012345678901')?.profile_url).toBe(
      'https://www.facebook.com/profile.php?id=100012345678901',
    );
    expect(describe('whatsapp:+77071234567')?.profile_url).toBe('https://wa.me/77071234567');
    expect(describe('vk:club987654')?.profile_url).toBe('https://vk.com/club987654');
    expect(describe('vk:public987654')).toEqual({});
    expect(describe('Instagram:shop_almaty')).toEqual({});
  });

  it('never throws, and what it cleans is a valid value that cleans to itself', () => {
    const pieces = fc.constantFrom(
      'https://',
      'www.',
      'm.',
      'instagram.com/',
      'vk.com/',
      'ok.ru/',
      'facebook.com/',
      'x.com/',
      'tiktok.com/@',
      'wa.me/',
      'api.whatsapp.com/send?phone=',
      'profile.php?id=',
      'instagram:',
      'vk:',
      'whatsapp:',
      'id',
      'club',
      'wall-',
      '_',
      '.',
      '@',
      '/',
      '?',
      '&',
      '%2B',
      '77071234567',
      '123',
      'Shop',
      'almaty',
      '[.]',
      ' точка ',
      'й',
      '\u200b',
    );
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const value = clean(text);
        if (value === null) return;
        expect(clean(value)).toBe(value);
        expect(platformAccountType.validate(value)).toBe(true);
        expect(platformAccountType.describe?.(value).platform).toBe(value.slice(0, value.indexOf(':')));
      }),
      { numRuns: 3_000 },
    );
  });
});
