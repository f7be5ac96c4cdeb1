import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';
import urlExtractor from './index.js';

function found(text: string): [string, string, string][] {
  return urlExtractor
    .extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)
    .map((identifier) => [identifier.type, identifier.raw, identifier.value]);
}

describe('url extractor', () => {
  it('finds a scheme link and its domain', () => {
    expect(found('Каталог: https://Shop-KZ.com/catalog?id=AbC#top, заходи!')).toEqual([
      ['url', 'https://Shop-KZ.com/catalog?id=AbC#top', 'https://shop-kz.com/catalog?id=AbC'],
      ['domain', 'Shop-KZ.com', 'shop-kz.com'],
    ]);
  });

  it('finds a bare host with a path', () => {
    expect(found('заходи на shop-kz.com/catalog.')).toEqual([
      ['url', 'shop-kz.com/catalog', 'https://shop-kz.com/catalog'],
      ['domain', 'shop-kz.com', 'shop-kz.com'],
    ]);
  });

  it.each([
    ['site[.]ru', 'https://site.ru', 'site.ru'],
    ['site(.)ru', 'https://site.ru', 'site.ru'],
    ['site[dot]ru', 'https://site.ru', 'site.ru'],
    ['магазин.рф', 'https://xn--80aairftm.xn--p1ai', 'xn--80aairftm.xn--p1ai'],
    ['dukan.қаз', 'https://dukan.xn--80ao21a', 'dukan.xn--80ao21a'],
    ['www.Shop.KZ', 'https://www.shop.kz', 'shop.kz'],
    ['abcdefghij234567.onion', 'https://abcdefghij234567.onion', 'abcdefghij234567.onion'],
  ])('finds the bare host %j', (host, url, domain) => {
    expect(found(`Сайт: ${host} — работаем 24/7`)).toEqual([
      ['url', host, url],
      ['domain', host, domain],
    ]);
  });

  it('reads defanged scheme links', () => {
    expect(found('hxxps://evil[.]ru/path?x=1.')).toEqual([
      ['url', 'hxxps://evil[.]ru/path?x=1', 'https://evil.ru/path?x=1'],
      ['domain', 'evil[.]ru', 'evil.ru'],
    ]);
  });

  it('stops a link at an emoji, a dash or an ellipsis glued to it', () => {
    expect(found('https://shop.kz/catalog🔥 shop2.kz/x— и shop3.kz/y…').map(([type, raw]) => `${type}:${raw}`)).toEqual(
      [
        'url:https://shop.kz/catalog',
        'domain:shop.kz',
        'url:shop2.kz/x',
        'domain:shop2.kz',
        'url:shop3.kz/y',
        'domain:shop3.kz',
      ],
    );
  });

  it('finds a link inside Markdown and keeps a Cyrillic path', () => {
    expect(found('[статья](https://ru.wikipedia.org/wiki/Алматы)')).toEqual([
      [
        'url',
        'https://ru.wikipedia.org/wiki/Алматы',
        'https://ru.wikipedia.org/wiki/%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B',
      ],
      ['domain', 'ru.wikipedia.org', 'wikipedia.org'],
    ]);
  });

  it('emits an IP link as a URL without a domain', () => {
    expect(found('панель http://192.168.10.5:8080/admin')).toEqual([
      ['url', 'http://192.168.10.5:8080/admin', 'http://192.168.10.5:8080/admin'],
    ]);
  });

  it('emits t.me links as URLs too', () => {
    expect(found('канал t.me/shop_almaty')).toEqual([
      ['url', 't.me/shop_almaty', 'https://t.me/shop_almaty'],
      ['domain', 't.me', 't.me'],
    ]);
  });

  it('finds the social platform account a profile link opens', () => {
    expect(found('Наш инстаграм: https://www.instagram.com/Shop_Almaty/?igsh=MWQ1ZGUx, пишите в директ')).toEqual([
      [
        'url',
        'https://www.instagram.com/Shop_Almaty/?igsh=MWQ1ZGUx',
        'https://www.instagram.com/Shop_Almaty/?igsh=MWQ1ZGUx',
      ],
      ['domain', 'www.instagram.com', 'instagram.com'],
      ['platform_account', 'https://www.instagram.com/Shop_Almaty/?igsh=MWQ1ZGUx', 'instagram:shop_almaty'],
    ]);
  });

  it.each([
    ['vk.com/id123456', 'vk:id123456'],
    ['ВК: vk[.]com/wall-987654_321', 'vk:club987654'],
    ['тикток tiktok.com/@shop.almaty/video/7301234567890123456', 'tiktok:shop.almaty'],
    ['ok.ru/profile/577123456789', 'ok:profile/577123456789'],
    ['fb: facebook точка com/profile.php?id=100012345678901', 'facebook:100012345678901'],
    ['hxxps://twitter[.]com/Shop_Almaty/status/1790000000000000000', 'x:shop_almaty'],
    ['x.com/shop_almaty', 'x:shop_almaty'],
    ['Ватсап: wa.me/996555123456', 'whatsapp:+996555123456'],
    ['https://api.whatsapp.com/send?phone=77071234567&text=Здравствуйте', 'whatsapp:+77071234567'],
  ])('reads the account of %j', (text, value) => {
    const accounts = found(text).filter(([type]) => type === 'platform_account');
    expect(accounts.map(([, , account]) => account)).toEqual([value]);
  });

  it.each([
    ['a post', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['a reel', 'instagram.com/reel/C1a2B3c4D5e'],
    ['a VK feed', 'vk.com/feed'],
    ['a Facebook group', 'https://www.facebook.com/groups/almaty.shop'],
    ['X home', 'x.com/home'],
    ['an X share intent', 'https://twitter.com/intent/tweet?text=hi'],
    ['a Telegram channel', 't.me/shop_almaty'],
    ['a TikTok short link', 'vm.tiktok.com/ZMabcdef/'],
  ])('finds no account in %s', (_kind, text) => {
    expect(found(text).filter(([type]) => type === 'platform_account')).toEqual([]);
  });

  it.each([
    ['shop@mail.ru', 'shop@mail.ru'],
    ['Shop.Almaty@Gmail.com', 'shop.almaty@gmail.com'],
    ['shop [at] mail.ru', 'shop@mail.ru'],
    ['shop(at)mail[.]ru', 'shop@mail.ru'],
  ])('finds the e-mail %j and not its host as a URL', (raw, value) => {
    expect(found(`Почта для связи: ${raw}.`)).toEqual([['email', raw, value]]);
  });

  it.each([
    ['an abbreviation', 'Оплата, т.е. перевод, и т.д. и т.п.'],
    ['a file name', 'смотри photo.jpg и видео clip.mp4'],
    ['a file-like real TLD', 'архив archive.zip и скрипт main.py'],
    ['a decimal', 'цена 1.5 млн, вес 0.5г'],
    ['a date', '12.05.2024'],
    ['a version', 'версия 2.10.3'],
    ['a sentence joined without a space', 'Hello.World, sale.Shop'],
    ['a city abbreviation', 'г.Алматы, ул.Абая'],
    ['a bare IP', 'адрес 192.168.1.1'],
    ['a handle', '@shop_almaty'],
    ['an unknown suffix', 'server.local и host.lan'],
  ])('does not emit %s', (_kind, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds several links with exact spans in mixed text', () => {
    const text = 'Заказ: shop-kz.com, зеркало hxxp://shop2[.]kz/x\nпочта: op@shop-kz.com\nтг: t.me/shop_kz';
    const identifiers = urlExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
    expect(identifiers.map((identifier) => identifier.type)).toEqual([
      'url',
      'domain',
      'url',
      'domain',
      'email',
      'url',
      'domain',
    ]);
    for (const identifier of identifiers) expect(text.slice(identifier.start, identifier.end)).toBe(identifier.raw);
  });
});
