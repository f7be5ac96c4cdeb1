/**
 * Words the network generator needs beyond scripts/generate-corpus-vocab.ts: people's names, chat lines, replies,
 * and the parts shops build their ad templates from. `{slot}` marks are filled by the post writers.
 */

/** [Cyrillic display form, Latin form for handles]. Common names on purpose: display names collide. */
export const PEOPLE: readonly (readonly [string, string])[] = [
  ['Айгерим', 'aigerim'],
  ['Даурен', 'dauren'],
  ['Асель', 'asel'],
  ['Нурлан', 'nurlan'],
  ['Дана', 'dana'],
  ['Ерлан', 'erlan'],
  ['Мадина', 'madina'],
  ['Арман', 'arman'],
  ['Ольга', 'olga'],
  ['Сергей', 'sergey'],
  ['Алина', 'alina'],
  ['Тимур', 'timur'],
  ['Жанна', 'zhanna'],
  ['Руслан', 'ruslan'],
  ['Камила', 'kamila'],
  ['Денис', 'denis'],
  ['Айдос', 'aidos'],
  ['Бекзат', 'bekzat'],
  ['Динара', 'dinara'],
  ['Жансая', 'zhansaya'],
  ['Ержан', 'erzhan'],
  ['Асхат', 'askhat'],
  ['Гульнара', 'gulnara'],
  ['Светлана', 'svetlana'],
  ['Наталья', 'natalya'],
  ['Андрей', 'andrey'],
  ['Дмитрий', 'dmitriy'],
  ['Марат', 'marat'],
  ['Салтанат', 'saltanat'],
  ['Аружан', 'aruzhan'],
  ['Алихан', 'alikhan'],
  ['Данияр', 'daniyar'],
  ['Карина', 'karina'],
  ['Виктория', 'viktoriya'],
  ['Максим', 'maksim'],
  ['Артём', 'artem'],
  ['Әлия', 'aliya'],
  ['Ақбота', 'akbota'],
  ['Еркебулан', 'erkebulan'],
  ['Санжар', 'sanzhar'],
];

export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Ахметов', 'akhmetov'],
  ['Сериков', 'serikov'],
  ['Иванов', 'ivanov'],
  ['Ким', 'kim'],
  ['Цой', 'tsoy'],
  ['Нурланов', 'nurlanov'],
  ['Жумабаев', 'zhumabaev'],
  ['Петров', 'petrov'],
  ['Смагулов', 'smagulov'],
  ['Омаров', 'omarov'],
  ['Касымов', 'kasymov'],
  ['Тен', 'ten'],
  ['Ли', 'li'],
  ['Абдрахманов', 'abdrakhmanov'],
  ['Исаев', 'isaev'],
  ['Байжанов', 'baizhanov'],
];

/** Shop brand words: [Latin, as written in a display name]. */
export const BRAND_WORDS: readonly (readonly [string, string])[] = [
  ['kristal', 'Кристалл'],
  ['sneg', 'Снег'],
  ['snow', 'Snow'],
  ['white', 'White'],
  ['belka', 'Белка'],
  ['green', 'Грин'],
  ['magic', 'Magic'],
  ['raketa', 'Ракета'],
  ['ice', 'Ice'],
  ['moroz', 'Мороз'],
  ['yeti', 'Йети'],
  ['panda', 'Панда'],
  ['kosmos', 'Космос'],
  ['luna', 'Луна'],
  ['kaif', 'Кайф'],
  ['fenix', 'Феникс'],
  ['joker', 'Джокер'],
  ['tesla', 'Тесла'],
  ['mario', 'Марио'],
  ['pilot', 'Пилот'],
  ['limon', 'Лимон'],
  ['kokos', 'Кокос'],
  ['zefir', 'Зефир'],
  ['candy', 'Candy'],
  ['dream', 'Dream'],
  ['oblako', 'Облако'],
  ['zvezda', 'Звезда'],
  ['diamond', 'Diamond'],
  ['gold', 'Голд'],
  ['platina', 'Платина'],
  ['khimik', 'Химик'],
  ['heisenberg', 'Хайзенберг'],
  ['walter', 'Уолтер'],
  ['amsterdam', 'Амстердам'],
  ['yamaika', 'Ямайка'],
  ['rasta', 'Раста'],
  ['krolik', 'Кролик'],
  ['tigr', 'Тигр'],
  ['volk', 'Волк'],
  ['lis', 'Лис'],
  ['sova', 'Сова'],
  ['mishka', 'Мишка'],
  ['mafia', 'Мафия'],
  ['boss', 'Босс'],
  ['king', 'Кинг'],
  ['baron', 'Барон'],
  ['doktor', 'Доктор'],
  ['pharma', 'Фарма'],
  ['laba', 'Лаба'],
  ['rick', 'Рик'],
  ['nirvana', 'Нирвана'],
  ['galaktika', 'Галактика'],
  ['matrix', 'Матрица'],
  ['neo', 'Нео'],
  ['turbo', 'Турбо'],
  ['drift', 'Дрифт'],
  ['shaman', 'Шаман'],
  ['alkhimik', 'Алхимик'],
  ['kapitan', 'Капитан'],
  ['smile', 'Смайл'],
];
export const BRAND_SUFFIXES = ['shop', 'store', 'market', 'team', 'kz', 'club', 'house', 'express', 'bro', 'plus'];

/** Cities as handles and thread names spell them, in the order of CITIES in generate-corpus-vocab.ts. */
export const CITY_SLUGS = [
  'almaty',
  'astana',
  'shymkent',
  'karaganda',
  'aktobe',
  'pavlodar',
  'oskemen',
  'taraz',
  'atyrau',
  'kostanay',
  'semey',
  'kyzylorda',
] as const;
/** Relative population: where posts, shops and people are. */
export const CITY_WEIGHTS = [24, 16, 12, 6, 5, 4, 4, 4, 4, 3, 3, 3] as const;

export type Language = 'ru' | 'kk' | 'en';

/** Labels of a shop ad's lines, by language. */
export interface AdLabels {
  readonly taglines: readonly string[];
  readonly contact: readonly string[];
  readonly bot: readonly string[];
  readonly pay: readonly string[];
  readonly phone: readonly string[];
  readonly stash: readonly string[];
  readonly districts: readonly string[];
  readonly closings: readonly string[];
  readonly channel: readonly string[];
}

export const AD_LABELS: Readonly<Record<Language, AdLabels>> = {
  ru: {
    taglines: [
      '24/7',
      'лучший товар в городе',
      '№1 в {city}',
      'качество проверено временем',
      'работаем с 2019 года',
      'моментальные клады',
      'чистый продукт без бодяги',
      'скидки постоянным',
      'клады по всему городу',
      'снова в {city}',
    ],
    contact: ['Оператор', 'По всем вопросам', 'Связь', 'Менеджер', 'Поддержка', 'Админ', 'Пиши'],
    bot: ['Бот', 'Автопродажи 24/7', 'Заказ через бота', 'Магазин в боте', 'Витрина'],
    pay: ['Оплата', 'Принимаем', 'Способы оплаты'],
    phone: ['Тел', 'Звонить/WhatsApp', 'WhatsApp', 'Номер для связи'],
    stash: ['Тип клада', 'Клады', 'Виды кладов'],
    districts: ['Районы', 'Работаем в районах', 'Районы кладов'],
    closings: [
      'Ненаход — перезаклад по фото',
      'Приятных покупок и лёгких подъёмов!',
      'Работаем честно, отзывы в канале',
      'Постоянным клиентам скидки',
      'Бонус за отзыв',
      'Опт обсуждается с оператором',
      'Заказывая, вы соглашаетесь с правилами магазина',
    ],
    channel: ['Канал', 'Отзывы', 'Наш канал'],
  },
  kk: {
    taglines: ['тәулік бойы', 'ең жақсы сапа', '{city} №1', 'жылдам клад'],
    contact: ['Оператор', 'Байланыс', 'Сұрақтар бойынша', 'Менеджер'],
    bot: ['Бот', 'Тапсырыс боты'],
    pay: ['Төлем'],
    phone: ['Тел', 'WhatsApp'],
    stash: ['Клад түрі'],
    districts: ['Аудандар'],
    closings: ['Сапасына кепілдік береміз', 'Тұрақты клиенттерге жеңілдік', 'Пікірлер арнада'],
    channel: ['Арна'],
  },
  en: {
    taglines: ['24/7', 'best quality in town', 'No.1 in {city}', 'instant drops'],
    contact: ['Operator', 'Contact', 'Support', 'DM'],
    bot: ['Bot', 'Order via bot'],
    pay: ['Payment'],
    phone: ['Phone', 'WhatsApp'],
    stash: ['Drop type'],
    districts: ['Areas'],
    closings: ['Reship on no-find with photo', 'Discounts for regulars', 'Reviews in the channel'],
    channel: ['Channel'],
  },
};

/** What classifieds shops put in the title of a disguised ad. */
export const DISGUISED_TITLES = [
  'Соль для ванн премиум',
  'Кристаллы для декора',
  'Удобрения для растений',
  'Товары для дома',
  'Ароматические смеси',
  'Подарочные наборы',
  'Сувениры ручной работы',
];

export const CHAT_LINES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Кто едет завтра на шашлыки? Нужно ещё два человека в машину',
    'Подскажите хорошего стоматолога в {district} районе',
    'Во сколько сегодня собрание жильцов?',
    'Скиньте расписание автобусов до аэропорта, пожалуйста',
    'Потерялся чёрный кот возле 5-го подъезда, очень ждём дома',
    'Спасибо всем, кто пришёл на субботник!',
    'Отключат горячую воду с понедельника, запасайтесь терпением',
    'Где в {district} можно недорого починить телефон?',
    'Кто знает, работает ли сегодня ЦОН?',
    'Пробки жуткие на Аль-Фараби, объезжайте',
    'Ищу попутчика до {city} в пятницу',
    'Посоветуйте садик в {district} районе',
    'Снег опять не чистят, позор',
    'Кто-нибудь продаёт детскую кроватку?',
    'Сдам гараж в {district}, недорого',
    'Где лучше поменять доллары?',
    'Свет отключили на всей улице, у кого так же?',
    'Всех с праздником, мира и добра!',
    'Кто знает хорошего репетитора по математике?',
    'Нашла ключи у магазина, пишите в лс',
    'Какой интернет лучше в частном секторе?',
    'Посоветуйте автосервис, стучит подвеска',
    'Сегодня в парке концерт, кто идёт?',
    'Продаётся щенок, в добрые руки',
    'Ребята, где купить ёлку подешевле?',
    'Кто в курсе, когда откроют новую поликлинику?',
  ],
  kk: [
    'Ертең жиналыс сағат нешеде басталады?',
    'Бүгін ауа райы суық, жылы киініңіздер',
    'Барлығыңызды мерекемен құттықтаймын!',
    '{district} ауданында жақсы тіс дәрігері бар ма?',
    'Кім {city} қаласына жұма күні барады?',
    'Кілт тауып алдым, жеке жазыңыз',
    'Балабақша туралы кеңес беріңізші',
    'Жарық сөніп қалды, сіздерде қалай?',
  ],
  en: [
    'Anyone know a good dentist near {district}?',
    'Lost a black cat near block 5, please message me',
    'Is the airport bus running today?',
    'Looking for a ride to {city} on Friday',
    'Where can I fix my phone screen cheaply?',
  ],
};

export const CHAT_REPLIES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Да, согласен',
    'Спасибо!',
    '+1',
    'Тоже интересно',
    'Напишите в лс',
    'Не знаю, спросите в соседнем чате',
    'У нас тоже так',
    'Сколько стоит?',
    'Актуально ещё?',
    'Вчера было нормально',
    'Я могу помочь, напишу',
    'Ого, не знал',
  ],
  kk: ['Рахмет!', 'Иә, келісемін', 'Бізде де солай', 'Әлі актуал ма?', 'Жеке жазыңыз'],
  en: ['Thanks!', 'Same here', 'Is it still available?', 'DM me'],
};

/** What people write under a recruitment post: couriers who go on to join, and people who never do. */
export const RECRUIT_REPLIES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    '+',
    'Интересно, подробнее',
    'Подробнее в лс?',
    'Сколько в день выходит?',
    'Актуально?',
    'Написал',
    'Мне 18, подойду?',
    'Я в {district}, есть места?',
    'Куда писать?',
    'Готов работать',
  ],
  kk: ['Қызық', 'Жазып жібердім', 'Әлі актуал ма?', 'Мен {district} ауданынанмын'],
  en: ['interested', 'dm sent', 'still hiring?'],
};

export const SKEPTIC_REPLIES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Это закладки, не ведитесь',
    'Сядете лет на 10, подумайте',
    'Админ, удалите',
    'Пожаловался',
    'Развод, залог не отдают',
    'Опять эта реклама',
  ],
  kk: ['Бұл есірткі, алданбаңыздар', 'Админ, өшіріңізші'],
  en: ['This is a drug shop, report it', 'scam, do not pay a deposit'],
};

/** Someone reporting a shop's spam: quotes the shop's handle, so a naive linker attaches them to it. */
export const COMPLAINTS: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Админ, удалите спам от {handle}',
    '{handle} — это наркошоп, не ведитесь',
    'Опять реклама {handle}, баньте',
    'Пожаловался на {handle} в поддержку',
    'Кто-нибудь знает, что за {handle}? Пишет всем в личку',
  ],
  kk: ['Админ, {handle} жарнамасын өшіріңізші', '{handle} — алаяқ, сенбеңіздер'],
  en: ['report {handle}, it is a drug shop', 'who is {handle}? spamming everyone'],
};

export const CUSTOMER_QUESTIONS: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Есть что в {district}?',
    'Бот {bot} не отвечает, что случилось?',
    'Кто брал у {handle}? Норм?',
    'Ненаход был, оператор молчит',
    'Сколько стоит 1г?',
    'Работаете сегодня?',
    'Через Kaspi можно оплатить?',
    'Когда поступление?',
  ],
  kk: ['{district} ауданында бар ма?', 'Бот жауап бермейді', 'Бүгін жұмыс істейсіздер ме?'],
  en: ['anyone ordered from {bot}?', 'is {handle} legit?'],
};

export const OPERATOR_REPLIES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Да, в наличии',
    'Пиши в лс',
    'Бот {bot} работает 24/7',
    'Перезаклад будет, скинь фото в лс',
    'Адреса обновлены',
    'Оплата {pay}',
    'Все вопросы к {handle}',
    'Поступление завтра',
  ],
  kk: ['Иә, бар. Жеке жазыңыз', 'Бот {bot} жұмыс істейді', 'Ертең түседі'],
  en: ['yes, dm me', 'bot {bot} is up 24/7'],
};

/** Short ads network members post in city chats during a spam wave. */
export const WAVE_LINES: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Работа для всех! {money} в день, пиши {handle}',
    'Нужны курьеры, {handle}',
    'Клады в {district}, бот {bot}',
    '{goods} в наличии 🔥 {bot}',
    'Новые адреса, заказ в {bot}',
    'Лучший шоп в {city}, {handle}',
    'Свежий завоз, {handle}',
  ],
  kk: ['Жұмыс бар! Күніне {money}, {handle}', '{goods} бар, бот {bot}'],
  en: ['Jobs! {money} a day, dm {handle}', '{goods} in stock, bot {bot}'],
};

/** What a courier tells the recruiter in public. */
export const COURIER_ASKS: Readonly<Record<Language, readonly string[]>> = {
  ru: ['{handle} ответь в лс, жду адреса', '{handle} не отвечает уже час', '{handle} написал вам, проверьте'],
  kk: ['{handle} жауап беріңіз'],
  en: ['{handle} answer my dm'],
};

/** A naive recruit giving away their own number. */
export const COURIER_NUMBERS: Readonly<Record<Language, readonly string[]>> = {
  ru: ['Мой вотсап {phone}, напишите', 'Звоните {phone}, я на связи', 'Пишите на {phone}'],
  kk: ['Менің нөмірім {phone}'],
  en: ['my whatsapp {phone}'],
};

export const NEWS_CHANNELS = ['kz_novosti_syn', 'almaty_live_syn', 'astana_info_syn', 'gorod_24_syn', 'qazaq_news_syn'];

/** Services legitimate businesses advertise: [display, handle stem]. */
export const SERVICES: readonly (readonly [string, string])[] = [
  ['Ремонт телефонов', 'remont_telefonov'],
  ['Маникюр на дому', 'manikur'],
  ['Репетитор по английскому', 'english_tutor'],
  ['Сантехник', 'santehnik'],
  ['Грузоперевозки', 'gruzoperevozki'],
  ['Клининг квартир', 'cleaning'],
  ['Ремонт стиральных машин', 'remont_stiralok'],
  ['Натяжные потолки', 'potolki'],
  ['Мебель на заказ', 'mebel'],
  ['Торты на заказ', 'torty'],
  ['Электрик', 'elektrik'],
  ['Ремонт квартир под ключ', 'remont_kvartir'],
];

export const BUSINESS_SLOGANS = [
  'Работаем без выходных',
  'Гарантия качества',
  'Выезд в течение часа',
  'Доступные цены',
  'Более 10 лет опыта',
  'Скидка 10% при заказе сегодня',
];

/** Delivery services that hire couriers in the open: the legitimate twin of a recruitment ad. */
export const DELIVERY_BUSINESSES: readonly (readonly [string, string])[] = [
  ['Быстрая доставка', 'bystraya_dostavka'],
  ['ЕдаПлюс', 'eda_plus'],
  ['Курьер24', 'kurier24'],
  ['Доставим', 'dostavim'],
  ['Экспресс-почта', 'express_pochta'],
];

/** A replacement account telling followers where the banned one went; impersonators say the same of a real shop. */
export const MOVED: Readonly<Record<Language, readonly string[]>> = {
  ru: [
    'Старый аккаунт {handle} заблокирован, теперь мы здесь!',
    'Мы переехали! {handle} больше не наш, пишите сюда',
    'Внимание: {handle} удалён, это наш новый аккаунт',
  ],
  kk: ['Ескі аккаунт {handle} бұғатталды, енді біз осындамыз!'],
  en: ['Our old account {handle} got banned, we are here now'],
};

/** A business pointing to its other accounts. */
export const ALSO_AT = [
  'Мы в Instagram: {handle}',
  'Наш Telegram: {handle}',
  'Подписывайтесь: {handle}',
  'Біз Instagram-да: {handle}',
];
