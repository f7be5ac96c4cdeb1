import type { Template } from './generate-corpus-drafts.js';
import type { Rng } from './generate-corpus-random.js';
import { CITIES, CITIES_EN, SHOP_GOODS } from './generate-corpus-vocab.js';

/** Templates of drug propaganda and of news that only mentions drugs (arrests, trials, science). */
function amount(rng: Rng): string {
  return rng.pick([`${rng.int(2, 900)} г`, `${rng.int(1, 40)} кг`, `${rng.int(2, 9)},${rng.int(1, 9)} кг`]);
}

const DRUG_GENITIVE = [
  'мефедрона',
  'гашиша',
  'героина',
  'кокаина',
  'марихуаны',
  'синтетических наркотиков',
  'амфетамина',
];

export const PROPAGANDA_TEMPLATES: readonly Template[] = [
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `${rng.pick(SHOP_GOODS)} — это не страшно, все пробуют. Кайф на всю ночь и никакого вреда, не вызывает привыкания.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Легализация марихуаны — это свобода. ${rng.pick(['Трава безвредна', 'Травка безвредна', 'Каннабис безвреден'])} и лучше алкоголя, хватит бояться!`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `${rng.pick(['Мефедрон', 'ЛСД', 'Грибы'])} расширяет сознание, жизнь ярче. Попробуй хоть раз, эйфория гарантирована 🌈`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Кто ещё не пробовал ${rng.pick(['мяу', 'соль', 'меф'])} — вы многое теряете 😎 кайф, трипы, торкает с первого раза. Наркотики — это просто химия счастья.`,
  }),
  (rng) => ({
    language: 'en',
    venue: 'telegram',
    text: `Weed is natural medicine, legalize it! Getting high is safer than booze ${rng.pick(['#420', '🌿', '#stoner'])}`,
  }),
  () => ({
    language: 'kk',
    venue: 'telegram',
    text: 'Марихуана зиянсыз, байқап көр! Ләззат пен еркіндік, есірткі туралы қорқынышты ертегілерге сенбе.',
  }),
];

export const MENTION_TEMPLATES: readonly Template[] = [
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `В ${rng.pick(CITIES)} задержали закладчика с ${amount(rng)} ${rng.pick(DRUG_GENITIVE)}. Возбуждено уголовное дело.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Полицейские ${rng.pick(CITIES)} изъяли ${amount(rng)} ${rng.pick(DRUG_GENITIVE)} у ${rng.int(19, 55)}-летнего местного жителя, сообщает пресс-служба ДП.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Суд приговорил организатора наркошопа к ${rng.int(8, 20)} годам лишения свободы. Через интернет-магазин он продавал мефедрон через закладки.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `МВД: в ${rng.pick(CITIES)} ликвидирована нарколаборатория, изъято ${amount(rng)} ${rng.pick(DRUG_GENITIVE)} и прекурсоры.`,
  }),
  () => ({
    language: 'ru',
    venue: 'telegram',
    text: 'Учёные выяснили, как каннабис влияет на память подростков: исследование длилось десять лет.',
  }),
  () => ({
    language: 'ru',
    venue: 'telegram',
    text: 'Вышел трейлер нового сериала о колумбийских наркокартелях, премьера весной.',
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `Мужчина искал закладку в подъезде на улице ${rng.pick(['Абая', 'Сейфуллина', 'Толе би', 'Жибек жолы'])}, а нашёл наряд полиции. При себе у него были наркотики.`,
  }),
  (rng) => ({
    language: 'ru',
    venue: 'telegram',
    text: `В школах ${rng.pick(CITIES)} прошли уроки профилактики наркомании: скажи нет наркотикам!`,
  }),
  (rng) => ({
    language: 'kk',
    venue: 'telegram',
    text: `${rng.pick(CITIES)} қаласында ${rng.int(2, 40)} кг есірткі тәркіленді. Күдікті ұсталды, қылмыстық іс қозғалды.`,
  }),
  (rng) => ({
    language: 'kk',
    venue: 'telegram',
    text: `Полиция ${rng.pick(CITIES)} қаласында есірткі саудагерін ұстады. Оның үйінен ${rng.int(1, 9)} кг марихуана табылды.`,
  }),
  () => ({
    language: 'kk',
    venue: 'telegram',
    text: 'Мектептерде нашақорлықтың алдын алу бойынша іс-шаралар өтті.',
  }),
  (rng) => ({
    language: 'en',
    venue: 'telegram',
    text: `Police in ${rng.pick(CITIES_EN)} seized ${rng.int(2, 90)} kg of heroin, two suspects arrested.`,
  }),
  () => ({
    language: 'en',
    venue: 'telegram',
    text: 'A new study links teenage cannabis use to memory problems, researchers say.',
  }),
];
