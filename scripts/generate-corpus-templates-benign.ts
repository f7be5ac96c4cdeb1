import type { Template } from './generate-corpus-drafts.js';
import { formatPhone, randomMobile } from './generate-corpus-networks.js';
import type { Rng } from './generate-corpus-random.js';
import {
  CITIES,
  CONDITIONS,
  DISTRICTS,
  ORDINARY_GOODS,
  ORDINARY_GOODS_EN,
  ORDINARY_GOODS_KK,
} from './generate-corpus-vocab.js';

/** Ordinary classifieds and chat, the bulk of any real feed. */
function phone(rng: Rng): string {
  return formatPhone(rng, randomMobile(rng));
}

function tenge(rng: Rng, min: number, max: number): string {
  return `${rng.int(min, max) * 1000} тг`;
}

export const ORDINARY_TEMPLATES: readonly Template[] = [
  (rng) => {
    const item = rng.pick(ORDINARY_GOODS);
    return {
      language: 'ru',
      venue: 'olx',
      title: `Продам ${item}`,
      text: `Продам ${item}, ${rng.pick(CONDITIONS)}. Цена ${tenge(rng, 10, 400)}, торг уместен. ${rng.pick(CITIES)}, ${rng.pick(DISTRICTS)} район. ${phone(rng)}`,
    };
  },
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: `Сдается ${rng.int(1, 4)}-комнатная квартира`,
    text: `Сдается квартира в ${rng.pick(DISTRICTS)} районе, мебель и техника есть. ${tenge(rng, 150, 450)}/мес, залог за один месяц. Без животных. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: rng.pick(['Требуется продавец', 'Вакансия бухгалтера', 'Требуется повар']),
    text: `В ${rng.pick(['магазин', 'кафе', 'офис'])} требуется сотрудник, график 5/2, зарплата ${tenge(rng, 180, 450)}, официальное трудоустройство. Резюме на почту или ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: rng.pick([
      'Кто едет завтра на шашлыки? Нужно ещё два человека в машину',
      'Ребята, подскажите хорошего стоматолога в центре',
      'Во сколько сегодня собрание жильцов?',
      'Скиньте расписание автобусов до аэропорта, пожалуйста',
      'Кто-нибудь нашёл чёрного кота возле 5-го подъезда? Очень ждём дома',
      'Спасибо всем, кто пришёл на субботник!',
      'Отключат горячую воду с понедельника, запасайтесь терпением',
    ]),
  }),
  (rng) => ({
    language: 'kk',
    venue: 'olx',
    title: `${rng.pick(ORDINARY_GOODS_KK)} сатамын`,
    text: `${rng.pick(ORDINARY_GOODS_KK)} сатамын, жағдайы жақсы. Бағасы ${tenge(rng, 20, 900)}. ${rng.pick(CITIES)}. Хабарласыңыз ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'kk',
    venue: 'olx',
    title: 'Пәтер жалға беріледі',
    text: `${rng.int(1, 3)} бөлмелі пәтер жалға беріледі, ${rng.pick(CITIES)}. Айына ${tenge(rng, 120, 350)}. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'kk',
    venue: 'telegram',
    text: rng.pick([
      'Ертең жиналыс сағат нешеде басталады?',
      'Бүгін ауа райы суық, жылы киініңіздер',
      'Барлығыңызды мерекемен құттықтаймын!',
    ]),
  }),
  (rng) => ({
    language: 'en',
    venue: 'olx',
    title: `Selling ${rng.pick(ORDINARY_GOODS_EN)}`,
    text: `Selling my ${rng.pick(ORDINARY_GOODS_EN)}, good condition, price ${rng.int(50, 900)}$. DM me or call ${phone(rng)}`,
  }),
];

/** Texts a naive keyword filter would flag: everyday senses of drug slang and legitimate courier jobs. */
export const HARD_NEGATIVE_TEMPLATES: readonly Template[] = [
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Требуется курьер',
    text: `Требуется курьер в службу доставки, оплата ежедневно. Свой транспорт приветствуется, ${tenge(rng, 8, 20)} за смену. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Пеший курьер, свободный график',
    text: `Ищем пеших курьеров для доставки еды по ${rng.pick(CITIES)}. Выплаты ежедневно, без опыта, обучение. Заработок до ${tenge(rng, 15, 30)} в день.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Соль поваренная',
    text: `Соль поваренная 1 кг, мука пшеничная высшего сорта, сахар. Доставка по городу, цена ${tenge(rng, 1, 5)}.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Магниты на холодильник',
    text: `Магнит на холодильник с вашим логотипом, от 100 шт. Изготовим за 2 дня. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Интернет для дома',
    text: `Подключим домашний интернет: скорость интернета до ${rng.pick(['100', '500', '1000'])} Мбит/с, роутер в подарок. Звоните ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Камни для бани',
    text: `Камни для бани и сауны, ${rng.int(10, 40)} кг, габбро-диабаз. Доставка по городу. Цена ${tenge(rng, 5, 20)}.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Фен для волос',
    text: `Фен для волос, новый, 3 режима скорости. ${tenge(rng, 10, 60)}. Самовывоз.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Кедровые шишки',
    text: `Кедровые шишки свежие, урожай этого года, ${rng.int(1, 10)} кг. Также грибы сушеные белые. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Колеса R16',
    text: `Продам колеса R16 на литых дисках, резина зимняя. ${tenge(rng, 60, 250)}. ${phone(rng)}`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Требуются фасовщики',
    text: `На склад требуются фасовщики и упаковщики, з/п ${tenge(rng, 200, 350)}, график 2/2, оплата ежедневно.`,
  }),
  () => ({
    language: 'ru',
    venue: 'telegram',
    text: 'Полезная подборка книг по Python — сохраните в закладки, пригодится!',
  }),
  () => ({
    language: 'ru',
    venue: 'telegram',
    text: 'Главная героиня нового сериала — следователь, которая возвращается в родной город.',
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Реабилитационный центр',
    text: `Лечение наркомании и алкоголизма, анонимно. Нарколог на дом круглосуточно. ${phone(rng)}`,
  }),
  () => ({
    language: 'ru',
    venue: 'telegram',
    text: 'Эта песня — чистая лирика, слушаю на повторе. Кайф!',
  }),
  (rng) => ({
    language: 'ru',
    venue: 'olx',
    title: 'Почтовые марки',
    text: `Коллекция: почтовые марки СССР, ${rng.int(50, 400)} шт. Цена договорная.`,
  }),
  () => ({
    language: 'en',
    venue: 'telegram',
    text: 'Courier job: deliver parcels around the city, paid per delivery, no experience needed.',
  }),
];
