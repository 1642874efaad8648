/**
 * Invented Russian company and person names, their Latin spelling for
 * domains and e-mails, and INN-like ids with valid check digits.
 *
 * Names are built from word lists rather than taken from a register, so the
 * sample names no real company.
 *
 * @example
 * const rng = createRng(1);
 * companyName(rng);      // { form: 'ООО', core: 'Байкалсервис', latin: ['baykalservis'] }
 * personName(rng);       // { surname: 'Титов', first: 'Василий', patronymic: 'Иванович', female: false }
 * translit('Щукин');     // 'shchukin'
 * innCompany(rng, '66'); // '6646488785': region 66, valid check digit
 */
import { type Rng, chance, int, pick, weighted } from './random.js';

export type LegalForm = 'ООО' | 'АО' | 'ПАО' | 'ЗАО' | 'ИП';

export interface CompanyName {
  form: Exclude<LegalForm, 'ИП'>;
  /** The name without the legal form and quotes, e.g. `Вектор-Трейд`. */
  core: string;
  /** Latin tokens for the domain, e.g. `['vektor', 'trade']`. */
  latin: string[];
}

export interface PersonName {
  surname: string;
  first: string;
  patronymic: string;
  female: boolean;
}

const GEO = [
  'Урал', 'Сиб', 'Волго', 'Балт', 'Дон', 'Кам', 'Северо', 'Юго', 'Алтай', 'Нева',
  'Приволж', 'Ока', 'Енисей', 'Амур', 'Печора', 'Тверь', 'Кубань', 'Байкал',
];
const GEO_WORDS = [
  'Урал', 'Сибирь', 'Волга', 'Балтика', 'Север', 'Юг', 'Алтай', 'Нева', 'Кубань',
  'Байкал', 'Енисей', 'Дон', 'Кама', 'Ладога', 'Таймыр',
];
const INDUSTRY = [
  'пром', 'строй', 'техно', 'энерго', 'агро', 'хим', 'мет', 'лес', 'транс', 'маш',
  'электро', 'полимер', 'нефте', 'газ', 'тепло', 'гидро', 'офис', 'мед',
];
const TAIL = [
  'снаб', 'торг', 'сервис', 'комплект', 'ресурс', 'инвест', 'маркет', 'монтаж', 'поставка', 'опт',
];
const WORDS = [
  'Вектор', 'Меридиан', 'Гранит', 'Альянс', 'Импульс', 'Орион', 'Квант', 'Атлант',
  'Прогресс', 'Стимул', 'Фаворит', 'Созвездие', 'Рубин', 'Сапфир', 'Берёзка', 'Пилот',
  'Ромашка', 'Радуга', 'Магистраль', 'Горизонт', 'Спектр', 'Эталон', 'Партнёр', 'Зенит',
  'Форвард', 'Платформа', 'Феникс', 'Лидер', 'Кристалл', 'Сигма', 'Дельта', 'Омега',
  'Альфа', 'Вертикаль', 'Ресурс', 'Аврора', 'Континент', 'Полюс', 'Каскад', 'Интеграл',
  'Гефест', 'Титан', 'Бастион', 'Фрегат', 'Маяк', 'Парус', 'Ковчег', 'Сокол', 'Легион',
  'Монолит', 'Новатор', 'Оптима', 'Профиль', 'Стандарт', 'Траектория', 'Ярило', 'Кедр',
];
const SUFFIX = [
  'Трейд', 'Групп', 'Сервис', 'Снаб', 'Комплект', 'Логистик', 'Инвест', 'Холдинг',
  'Центр', 'Регион', 'Маркет', 'Пром', 'Строй', 'Техно',
];
const SHORT_TAIL = ['Плюс', 'М', 'Про', 'СПб', 'Н', '2000', 'XXI'];
/** Prefixes companies put inside the quotes: trading house, production firm, ... */
const PREFIX = ['ТД', 'ТК', 'ПКФ', 'НПО', 'ПТК'];

/** Latin spellings that domain owners actually choose instead of a letter-by-letter transliteration. */
const LATIN_OVERRIDES: Record<string, string> = {
  'трейд': 'trade', 'групп': 'group', 'сервис': 'service', 'логистик': 'logistic',
  'холдинг': 'holding', 'центр': 'center', 'регион': 'region', 'маркет': 'market',
  'плюс': 'plus', 'про': 'pro', 'техно': 'techno', 'спб': 'spb', 'xxi': '21',
};

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/** Passport-style transliteration, lower case; characters outside Cyrillic pass through. */
export function translit(text: string): string {
  const lower = text.toLowerCase();
  const override = LATIN_OVERRIDES[lower];
  if (override !== undefined) return override;
  let out = '';
  for (const ch of lower) out += LETTERS[ch] ?? ch;
  return out;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function companyName(rng: Rng): CompanyName {
  const form = weighted<CompanyName['form']>(rng, [['ООО', 82], ['АО', 11], ['ЗАО', 4], ['ПАО', 3]]);
  const style = weighted(rng, [
    ['compound', 30],
    ['word-suffix', 22],
    ['word', 18],
    ['word-tail', 10],
    ['prefix', 10],
    ['geo-suffix', 10],
  ] as const);
  switch (style) {
    case 'compound': {
      // Soviet-style stems such as Уралпромснаб: one word, so one domain token.
      const head = chance(rng, 0.6) ? pick(rng, GEO) : capitalize(pick(rng, INDUSTRY));
      let middle = chance(rng, 0.5) ? pick(rng, INDUSTRY) : '';
      if (middle === head.toLowerCase()) middle = '';
      const word = capitalize((head + middle + pick(rng, TAIL)).toLowerCase());
      return { form, core: word, latin: [translit(word)] };
    }
    case 'word-suffix': {
      const word = pick(rng, WORDS);
      const suffix = pick(rng, SUFFIX);
      return { form, core: `${word}-${suffix}`, latin: [translit(word), translit(suffix)] };
    }
    case 'word': {
      const word = pick(rng, WORDS);
      return { form, core: word, latin: [translit(word)] };
    }
    case 'word-tail': {
      const word = pick(rng, WORDS);
      const tail = pick(rng, SHORT_TAIL);
      return { form, core: `${word} ${tail}`, latin: [translit(word), translit(tail)] };
    }
    case 'prefix': {
      const prefix = pick(rng, PREFIX);
      const word = pick(rng, WORDS);
      return { form, core: `${prefix} ${word}`, latin: [translit(prefix), translit(word)] };
    }
    case 'geo-suffix': {
      const geo = pick(rng, GEO_WORDS);
      const suffix = pick(rng, SUFFIX);
      return { form, core: `${geo}-${suffix}`, latin: [translit(geo), translit(suffix)] };
    }
  }
}

const MALE_FIRST = [
  'Александр', 'Алексей', 'Андрей', 'Сергей', 'Дмитрий', 'Михаил', 'Иван', 'Николай',
  'Владимир', 'Евгений', 'Павел', 'Роман', 'Максим', 'Олег', 'Игорь', 'Виктор', 'Артём',
  'Константин', 'Юрий', 'Денис', 'Антон', 'Илья', 'Григорий', 'Василий',
];
const FEMALE_FIRST = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Анна', 'Мария',
  'Екатерина', 'Юлия', 'Марина', 'Галина', 'Людмила', 'Оксана', 'Вера', 'Дарья',
];
/** [male, female] forms, from the same father's names. */
const PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Александрович', 'Александровна'], ['Алексеевич', 'Алексеевна'], ['Сергеевич', 'Сергеевна'],
  ['Викторович', 'Викторовна'], ['Владимирович', 'Владимировна'], ['Николаевич', 'Николаевна'],
  ['Иванович', 'Ивановна'], ['Михайлович', 'Михайловна'], ['Петрович', 'Петровна'],
  ['Андреевич', 'Андреевна'], ['Юрьевич', 'Юрьевна'], ['Игоревич', 'Игоревна'],
  ['Олегович', 'Олеговна'], ['Анатольевич', 'Анатольевна'], ['Геннадьевич', 'Геннадьевна'],
];
/** Male forms; `feminine` derives the female one. */
const SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов',
  'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров',
  'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин',
  'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв',
  'Сергеев', 'Кириллов', 'Фролов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Жуков',
  'Щукин', 'Галкин', 'Ильин', 'Гусев', 'Титов', 'Кудрявцев', 'Баранов', 'Куликов',
  'Ковальский', 'Вишневский', 'Раевский', 'Черных', 'Шевченко', 'Бондаренко', 'Ткаченко',
  'Мельник', 'Гарипов', 'Хабибуллин', 'Сафин', 'Абрамян', 'Цой', 'Толстой',
];

export function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/ский$/.test(surname)) return surname.replace(/ский$/, 'ская');
  if (/цкий$/.test(surname)) return surname.replace(/цкий$/, 'цкая');
  if (/ой$/.test(surname) && surname !== 'Цой') return surname.replace(/ой$/, 'ая');
  // -ых, -енко, -ян, -ук and consonant endings do not change.
  return surname;
}

export function personName(rng: Rng): PersonName {
  const female = chance(rng, 0.4);
  const male = pick(rng, SURNAMES);
  const [pm, pf] = pick(rng, PATRONYMICS);
  return female
    ? { surname: feminine(male), first: pick(rng, FEMALE_FIRST), patronymic: pf, female }
    : { surname: male, first: pick(rng, MALE_FIRST), patronymic: pm, female };
}

/** `Иванов А. С.`: the short form 1C prints for sole traders. */
export function initials(person: PersonName): string {
  return `${person.surname} ${person.first.charAt(0)}. ${person.patronymic.charAt(0)}.`;
}

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i] * weights[i];
  return (sum % 11) % 10;
}

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Region code, then tax office, then a serial: the layout of a real company INN. */
export function innCompany(rng: Rng, region: string): string {
  const digits = [...region, ...String(int(rng, 1, 99)).padStart(2, '0'), ...String(int(rng, 0, 99999)).padStart(5, '0')].map(Number);
  digits.push(checkDigit(digits, W10));
  return digits.join('');
}

/** Sole traders (ИП) have 12-digit INNs with two check digits. */
export function innPerson(rng: Rng, region: string): string {
  const digits = [...region, ...String(int(rng, 1, 99)).padStart(2, '0'), ...String(int(rng, 0, 999999)).padStart(6, '0')].map(Number);
  digits.push(checkDigit(digits, W11));
  digits.push(checkDigit(digits, W12));
  return digits.join('');
}
