/** Place names and everyday vocabulary shared by the corpus templates. */
export const CITIES = [
  'Алматы',
  'Астана',
  'Шымкент',
  'Караганда',
  'Актобе',
  'Павлодар',
  'Усть-Каменогорск',
  'Тараз',
  'Атырау',
  'Костанай',
  'Семей',
  'Кызылорда',
] as const;

export const CITIES_EN = ['Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe', 'Pavlodar'] as const;

export const DISTRICTS = [
  'Алмалинский',
  'Бостандыкский',
  'Медеуский',
  'Ауэзовский',
  'Жетысуский',
  'Турксибский',
  'Наурызбайский',
  'Есильский',
  'Сарыаркинский',
  'Байконурский',
  'Абайский',
  'Енбекшинский',
] as const;

export const FIRST_NAMES = [
  'aigerim',
  'dauren',
  'asel',
  'nurlan',
  'dana',
  'erlan',
  'madina',
  'arman',
  'olga',
  'sergey',
  'alina',
  'timur',
  'zhanna',
  'ruslan',
  'kamila',
  'denis',
] as const;

/** How shops write their goods (RU), with a form and a small quantity. */
export const SHOP_GOODS = [
  'Мефедрон',
  'Меф',
  'Альфа-PVP',
  'Скорость',
  'Соль',
  'Гашиш',
  'Бошки',
  'Шишки',
  'Амфетамин',
  'Кокаин',
  'Экстази',
  'МДМА',
  'Героин',
  'Метадон',
  'LSD',
  'Мяу',
  'Спайс',
  'Анаша',
  'Марихуана',
  'Гаш',
  'Лирика',
] as const;
export const SHOP_FORMS = ['крис', 'мука', 'кристаллы', 'VHQ', 'натур', 'ice-o-lator', 'крисс', 'премиум'] as const;
export const SHOP_QUANTITIES = ['0.5г', '1г', '2г', '0,3 гр', '5шт', '1 гр', '3г', '0.25г', '10шт'] as const;
export const SHOP_EMOJI = ['💎', '🧊', '🌿', '🍫', '❄️', '💊', '🌈', '⚡️', '🔥', '🍁'] as const;
export const STASH_TYPES = ['магнит', 'прикоп', 'тайник', 'магнит/прикоп', 'прикоп, магнит, тайник'] as const;
export const PAYMENTS = ['Kaspi', 'USDT TRC20', 'BTC', 'QIWI', 'крипта', 'Kaspi перевод', 'USDT/BTC', 'LTC'] as const;

export const GOODS_KK = [
  'есірткі',
  'марихуана',
  'гашиш',
  'мефедрон',
  'героин',
  'синтетикалық есірткі',
  'анаша',
] as const;
export const GOODS_EN = [
  'weed',
  'cocaine',
  'mdma',
  'meth',
  'ketamine',
  'xanax',
  'molly',
  'shrooms',
  'mephedrone',
] as const;

/** Ordinary classified goods: name, a price range in tenge, an adjective. */
export const ORDINARY_GOODS = [
  'iPhone 13 128GB',
  'Samsung Galaxy A54',
  'детская коляска',
  'диван угловой',
  'велосипед горный',
  'ноутбук Lenovo',
  'холодильник Atlant',
  'стиральная машина LG',
  'зимняя куртка',
  'кроссовки Nike 42 размер',
  'шкаф-купе',
  'PlayStation 5',
  'микроволновка',
  'обеденный стол',
  'гитара акустическая',
  'детский велосипед',
] as const;
export const CONDITIONS = [
  'в отличном состоянии',
  'б/у, без дефектов',
  'новый, в упаковке',
  'почти новый',
  'есть торг',
] as const;
export const ORDINARY_GOODS_KK = ['көлік', 'тоңазытқыш', 'диван', 'телефон', 'велосипед', 'кілем'] as const;
export const ORDINARY_GOODS_EN = ['bike', 'sofa', 'laptop', 'PS5', 'winter jacket', 'road bike'] as const;
