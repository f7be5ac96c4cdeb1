/**
 * Written here for Qyran (not copied from any data set): the Russian words of the drug trade that obfuscators
 * disguise, in normalised form (lower case, е for ё). The normaliser only rewrites a word into one of these when
 * the rewrite is otherwise ambiguous: a Latin spelling («zakladki»), a Kazakh letter used as a look-alike
 * («закладкі»), a leading digit («3акладки»), an ambiguous Latin letter («r»: г or р). Kept in code, not read
 * from data/, because the normaliser is pure and runs before any I/O.
 *
 * `stem:ending,ending` lists word forms; an empty ending is the stem itself.
 */
export const VOCABULARY_FORMS: readonly string[] = [
  // substances
  'меф:,а,у,ом,е',
  'мефчик:,а,и,у',
  'мефедрон:,а,у,ом,е',
  'мяу',
  'кристалл:,ы,ов,а',
  'кристал:,ы',
  'крис:,а,ы',
  'крисс:,а',
  'скорост:ь,и',
  'альф:а,ы,у',
  'альфапвп',
  'пвп',
  'сол:ь,и',
  'бошк:а,и,у',
  'бошек',
  'шишк:а,и,у,ой',
  'шишек',
  'гашиш:,а,у',
  'гаш:,а,ик',
  'ганджа',
  'ганжа',
  'марихуан:а,ы,у',
  'канабис',
  'каннабис',
  'трав:а,ы,у,ка',
  'план:,а',
  'амфетамин:,а,у',
  'амф:,а',
  'фен:,а',
  'спид:ы,ов',
  'экстази',
  'мдма',
  'марк:а,и,у',
  'лсд',
  'героин:,а,у,ом',
  'метадон:,а,у',
  'кокаин:,а,у,ом',
  'кокс:,а,у',
  'спайс:,а,ы,у',
  'микс:,ы,ов',
  'лирик:а,и,у',
  'трамадол:,а',
  'тропикамид:,а',
  'наркотик:,и,ов,а,ами',
  'наркот:а,ы,у',
  'нарко',
  'дур:ь,и',
  // stashes, delivery and work
  'закладк:а,и,у,ой,е,ам,ами,ах',
  'закладок',
  'закладчик:,и,а,ов,у,ом,ами',
  'закладчиц:а,ы',
  'клад:,ы,а,у,ом,ов,ами',
  'кладмен:,ы,а,ов,ом,ам',
  'кладчик:,и',
  'тайник:,и,а,ов',
  'прикоп:,ы,ом',
  'магнит:,ы,ом',
  'гео',
  'курьер:,ы,а,ом,ов',
  'работ:а,у,ы,е',
  'подработк:а,и,у',
  'заработок',
  'заработк:а,и',
  'опт:,ом',
  'грамм:,а,ов',
];

/**
 * Latin spellings that are words of English or another language in their own right («plan», «alpha», «ganja»,
 * «tramadol»), abbreviations («mdma») or the spelling of another Russian word («krysa», a rat): they stay Latin.
 * Spellings under four letters stay Latin anyway.
 */
export const LATIN_WORDS_KEPT: readonly string[] = [
  'alfa',
  'alpha',
  'duri',
  'ganja',
  'gash',
  'kris',
  'krisa',
  'kriss',
  'krysa',
  'krysy',
  'marihuana',
  'mdma',
  'mephedrone',
  'plan',
  'plana',
  'soli',
  'tramadol',
];
