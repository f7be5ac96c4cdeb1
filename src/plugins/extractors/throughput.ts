/**
 * Hand-run throughput check for the extractors (not a test: timings belong to a quiet machine, not to CI).
 *   npm run build && node dist/src/plugins/extractors/throughput.js [posts.jsonl]
 * Prints MB/s (UTF-8) per extractor over a synthetic corpus of Russian/Kazakh posts, most of them clean chatter
 * with prices and dates, one in five a dealer's ad with phones, handles, links and e-mails; or over the `text`
 * fields of a JSONL file.
 */
import { readFileSync } from 'node:fs';
import type { AnalysisInput, ExtractorPlugin } from '../../core/plugin.js';
import { DEFAULT_CLEAN_CONTEXT } from '../../model/identifier-type.js';
import { analysisInput } from './analysis-input.js';
import phoneExtractor from './phone/index.js';
import telegramExtractor from './telegram/index.js';
import urlExtractor from './url/index.js';

const DOCUMENTS = 5000;
const ROUNDS = 20;

const CHATTER = [
  'Всем привет! Кто знает, где в Алматы можно недорого починить велосипед? Цены от 5000 тг, в 2023 было дешевле.',
  'Сдаю квартиру на Абая 150, 2 комнаты, 180 000 ₸ в месяц, т.е. с коммуналкой. Звонить после 18:00.',
  'Сегодня 12.05.2024 в ТРЦ Mega скидки до 50%, подробнее на сайте магазина, и т.д. и т.п.',
  'Қайырлы таң! Бүгін ауа райы жақсы, +25 градус. Балаларды саябаққа апарамыз ба?',
  'Продам iPhone 13, 128 ГБ, состояние отличное, торг уместен. Фото в лс, photo.jpg не грузится.',
  'Ребята, кто сдавал ЕНТ в этом году? Сколько баллов нужно на грант? У меня 115 из 140.',
];
const ADS = [
  '🍁 Закладки Алматы, Астана 24/7 🍁 Оператор: @{handle}, резерв t.me/+AbCdEf{hash}. Тел {phone}.',
  'Лучший стафф в городе ❄️ Пиши: t.me/{handle} или WhatsApp {phone}. Сайт: {handle}-kz.com/catalog',
  'Работа курьером, 300к в неделю, без опыта. Связь: @ {handle}_job, почта {handle}@mail.ru, зеркало hxxps://{handle}[.]ru',
  'Байланыс үшін: 8-7О7-{digits} (Ерлан), канал https://t.me/s/{handle}, бот @{handle}_bot',
];

function pick(items: readonly string[], seed: number): string {
  return items[seed % items.length] ?? '';
}

function jsonlCorpus(path: string): AnalysisInput[] {
  const documents: AnalysisInput[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record: unknown = JSON.parse(line);
    if (typeof record === 'object' && record !== null && 'text' in record && typeof record.text === 'string') {
      documents.push(analysisInput(record.text));
    }
  }
  return documents;
}

function syntheticCorpus(): AnalysisInput[] {
  const documents: AnalysisInput[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const seed = (i * 2_654_435_761) >>> 0;
    const digits = String(1_000_000 + (seed % 9_000_000));
    const text =
      i % 5 === 0
        ? pick(ADS, seed)
            .replaceAll('{handle}', `shop_${seed % 997}`)
            .replaceAll('{hash}', `Gh${seed % 99_991}Ij`)
            .replaceAll('{phone}', `8 707 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)}`)
            .replaceAll('{digits}', `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5, 7)}`)
        : `${pick(CHATTER, seed)} ${pick(CHATTER, seed >>> 8)}`;
    documents.push(analysisInput(text));
  }
  return documents;
}

function measure(extractor: ExtractorPlugin, documents: readonly AnalysisInput[], megabytes: number): void {
  let found = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const document of documents) found += extractor.extract(document, DEFAULT_CLEAN_CONTEXT).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = (megabytes * ROUNDS) / seconds;
  const docsPerSecond = (documents.length * ROUNDS) / seconds;
  console.log(
    `${extractor.meta.id.padEnd(9)} ${rate.toFixed(1).padStart(7)} MB/s ${Math.round(docsPerSecond).toString().padStart(8)} docs/s ${found / ROUNDS} identifiers`,
  );
}

const normalizeStarted = performance.now();
const path = process.argv[2];
const documents = path === undefined ? syntheticCorpus() : jsonlCorpus(path);
const normalizeSeconds = (performance.now() - normalizeStarted) / 1000;
const megabytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0) / 1e6;
console.log(`${documents.length} documents, ${megabytes.toFixed(2)} MB UTF-8`);
console.log(
  `normalise ${(megabytes / normalizeSeconds).toFixed(1).padStart(7)} MB/s (shared input, not extractor cost)`,
);
const extractors = [phoneExtractor, telegramExtractor, urlExtractor];
// One warm-up pass so the JIT and libphonenumber's metadata caches are settled before timing.
for (const extractor of extractors)
  for (const document of documents) extractor.extract(document, DEFAULT_CLEAN_CONTEXT);
for (const extractor of extractors) measure(extractor, documents, megabytes);
const allStarted = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const document of documents)
    for (const extractor of extractors) extractor.extract(document, DEFAULT_CLEAN_CONTEXT);
}
console.log(
  `all three ${((megabytes * ROUNDS) / ((performance.now() - allStarted) / 1000)).toFixed(1).padStart(7)} MB/s`,
);
