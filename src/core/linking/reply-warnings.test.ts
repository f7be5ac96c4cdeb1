import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/normalize.js';
import { isWarning as warnsInNormalized } from './reply-warnings.js';

const isWarning = (text: string): boolean => warnsInNormalized(normalize(text).text);

describe('isWarning', () => {
  it.each([
    'Это закладки, не ведитесь',
    'Развод, залог не отдают',
    'Админ, удалите',
    'Пожаловался',
    'Сядете лет на 10, подумайте',
    'Опять эта реклама',
    'Бұл есірткі, алданбаңыздар',
    'Админ, өшіріңізші',
    'scam, do not pay a deposit',
    'This is a drug shop, report it',
    'МОШЕННИКИ!!!',
  ])('reads «%s» as a warning', (text) => {
    expect(isWarning(text)).toBe(true);
  });

  it.each([
    '+',
    'Интересно, пишу в лс',
    'Сколько платят за смену?',
    'How much per drop?',
    'Удалить аккаунт нельзя',
    'Сяду за руль сам',
    'Мне подходит, ночью свободен',
  ])('reads «%s» as no warning', (text) => {
    expect(isWarning(text)).toBe(false);
  });
});
