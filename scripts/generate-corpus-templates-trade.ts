import type { Template } from './generate-corpus-drafts.js';
import { formatPhone } from './generate-corpus-networks.js';
import { obfuscate } from './generate-corpus-obfuscate.js';
import type { Rng } from './generate-corpus-random.js';
import {
  CITIES_EN,
  DISTRICTS,
  GOODS_EN,
  GOODS_KK,
  PAYMENTS,
  SHOP_EMOJI,
  SHOP_FORMS,
  SHOP_GOODS,
  SHOP_QUANTITIES,
  STASH_TYPES,
} from './generate-corpus-vocab.js';

/** Templates of drug-sale ads and courier-recruitment ads, written from the shop-bot texts in lexicon-seed. */
const OBFUSCATION_RATE = 0.3;

function price(rng: Rng): string {
  const amount = rng.int(4, 60) * 500;
  return rng.pick([`${amount}₸`, `${amount} тг`, `${amount}тг`, `${amount} тенге`]);
}

function goods(rng: Rng): string {
  return obfuscate(rng, rng.pick(SHOP_GOODS), OBFUSCATION_RATE);
}

function stashWord(rng: Rng): string {
  return obfuscate(rng, rng.pick(['закладки', 'клады', 'закладка', 'клад']), OBFUSCATION_RATE);
}

function menuLine(rng: Rng): string {
  const form = rng.chance(0.5) ? ` (${rng.pick(SHOP_FORMS)})` : '';
  return `${rng.pick(SHOP_EMOJI)} ${goods(rng)}${form} - ${rng.pick(SHOP_QUANTITIES)} ${price(rng)}`;
}

export const SALE_TEMPLATES: readonly Template[] = [
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: [
      `${net.shopName} | ${net.city} 24/7`,
      ...Array.from({ length: rng.int(2, 5) }, () => menuLine(rng)),
      `Тип клада: ${rng.pick(STASH_TYPES)}`,
      `Районы: ${rng.pickDistinct(DISTRICTS, 3).join(', ')}`,
      `Оператор: ${rng.pick(net.accounts)}`,
      `Бот: ${net.bot}`,
      `Оплата: ${rng.pick(PAYMENTS)}${net.wallet === null ? '' : ` ${net.wallet}`}`,
    ].join('\n'),
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `${rng.pick(['🔥', '✅', '💎'])} ${net.shopName} снова в ${net.city}! ${goods(rng)}, ${rng.pick(SHOP_FORMS)}, моментальные ${stashWord(rng)} (${rng.pick(STASH_TYPES)}). Бот ${net.bot}, оператор ${rng.pick(net.accounts)}. Отзывы в канале ${net.channel}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `есть ${goods(rng)} ${rng.pick(SHOP_QUANTITIES)}, ${rng.pick(DISTRICTS)} р-н, ${stashWord(rng)} за 15 минут. пиши в лс ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'olx',
    title: rng.pick(['Соль для ванн премиум', 'Кристаллы для декора', 'Удобрения для растений', 'Товары для дома']),
    text: `${goods(rng)} ${rng.pick(SHOP_FORMS)}, ${rng.pick(SHOP_QUANTITIES)} - ${price(rng)}. ${rng.pick(['Клад', 'Закладка', 'Магнит или прикоп'])} в любом районе. Пишите в телеграм ${rng.pick(net.accounts)} или ${formatPhone(rng, rng.pick(net.phones))}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Продам ${goods(rng).toLowerCase()}, качество огонь, не бодяга. ${rng.pick(['Без палева', 'Всё анонимно', 'Бесконтактно'])}, ${stashWord(rng)} по всему ${net.city}. Оплата ${rng.pick(PAYMENTS)}. ${formatPhone(rng, rng.pick(net.phones))}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `❗️Новое поступление❗️\n${menuLine(rng)}\n${menuLine(rng)}\nЗаказ через бота ${net.bot}. Ненаход - перезаклад по фото. Приятных покупок и легких подъемов!`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `${rng.pick(['Скорость', 'Соль', 'Мука', 'Бошки'])} в наличии. ${rng.pick(['Крис', 'Мука', 'Шишки'])} ${rng.pick(SHOP_QUANTITIES)} ${price(rng)}. Гео + фото сразу после оплаты, прикоп/магнит. ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'kk',
    venue: 'telegram',
    text: `${rng.pick(GOODS_KK)} сатамын, ${net.city}. Бағасы ${price(rng)}. Жеткізу бар, ${stashWord(rng)}. Жазыңыз ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'kk',
    venue: 'olx',
    title: rng.pick(['Сатылады', 'Жаңа тауар', 'Арзан']),
    text: `Сапалы ${rng.pick(GOODS_KK)} сатылады. ${rng.pick(['Клад', 'Закладка'])} ${rng.pick(DISTRICTS)} ауданында. Kaspi немесе USDT. Хабарласыңыз ${formatPhone(rng, rng.pick(net.phones))}`,
  }),
  (rng, net) => ({
    language: 'en',
    venue: 'telegram',
    text: `Selling ${rng.pick(GOODS_EN)} in ${rng.pick(CITIES_EN)}, dead drops only. DM ${rng.pick(net.accounts)}. ${rng.pick(['BTC/USDT accepted', 'Crypto only', 'Pay in USDT'])}${net.wallet === null ? '' : `: ${net.wallet}`}`,
  }),
  (rng, net) => ({
    language: 'en',
    venue: 'telegram',
    text: `🔌 ${rng.pick(GOODS_EN)} + ${rng.pick(GOODS_EN)} in stock, ${rng.pick(CITIES_EN)}. Menu in bot ${net.bot}, hmu ${rng.pick(net.accounts)}`,
  }),
];

export const RECRUITMENT_TEMPLATES: readonly Template[] = [
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Требуются ${obfuscate(rng, rng.pick(['закладчики', 'курьеры-закладчики', 'кладмены']), OBFUSCATION_RATE)} в ${net.city}! З/п от ${rng.int(150, 600)} 000 тг в неделю, выплаты ежедневно. Без опыта, обучение. Пиши ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'olx',
    title: rng.pick(['Работа курьером', 'Подработка для всех', 'Курьер, свободный график']),
    text: `Работа для всех от 18 лет! Раскладка по городу, ${rng.int(3, 9)} 000₸ за адрес (${stashWord(rng)}). Залог от ${rng.int(20, 80)} 000. Пишите ${rng.pick(net.accounts)} или ${formatPhone(rng, rng.pick(net.phones))}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Набор в команду ${net.shopName}! Вакансии: ${rng.pick(['кладмен', 'закладчик'])}, ${rng.pick(['склад', 'фасовщик', 'трафаретчик', 'водитель-курьер'])}. Оплата в BTC. Подойдет даже школьникам. Анкета в боте ${net.bot}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Лёгкая подработка, ${rng.int(20, 60)} 000 в день. Нужен только телефон с камерой: забрать опт, сделать ${stashWord(rng)}, фото с координатами. ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Ищем курьеров в ${net.city}. Работа с ${stashWord(rng)}, ${rng.pick(['мефедрон', 'соль', 'шишки'])}. Зарплата от ${rng.int(300, 900)}к, без привязки к месту. Пиши ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'kk',
    venue: 'telegram',
    text: `Жұмысқа шақырамыз! Курьер-закладчик қажет, ${net.city}. Жалақы жоғары, күнделікті төлем. Тәжірибесіз болса да болады. ${rng.pick(net.accounts)}`,
  }),
  (rng, net) => ({
    language: 'en',
    venue: 'telegram',
    text: `Hiring runners in ${rng.pick(CITIES_EN)}: pick up and place stash (zakladki), ${rng.int(5, 20)}00$ per week, no experience needed. DM ${rng.pick(net.accounts)}`,
  }),
];
