/** Name material for demo customers: Latin and Cyrillic, people and companies. */
export const GIVEN_NAMES = [
  'Maria',
  'James',
  'Olivia',
  'Liam',
  'Sofia',
  'Noah',
  'Emma',
  'Lucas',
  'Amelia',
  'Mateo',
  'Chloé',
  'Jürgen',
  'Zoë',
  'Søren',
  'Anaïs',
];
export const FAMILY_NAMES = [
  'Smith',
  'García',
  'Müller',
  'Rossi',
  'Dubois',
  'Novak',
  "O'Brien",
  'Jensen',
  'Kowalski',
  'Silva',
  'Nakamura',
  'Andersson',
  'Costa',
  'Fischer',
  'Murphy',
];
export const CYRILLIC_GIVEN = ['Мария', 'Иван', 'Анна', 'Сергей', 'Ольга', 'Дмитрий', 'Елена', 'Алексей', 'Татьяна', 'Юлия'];
export const CYRILLIC_FAMILY = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов'];
export const COMPANY_WORDS = [
  'Northwind',
  'Blue Harbor',
  'Atlas',
  'Greenfield',
  'Polar',
  'Квант',
  'Сибирь',
  'Helix',
  'Orion',
  'Meridian',
  'Vector',
  'Байкал',
];
export const COMPANY_KINDS = ['Logistics', 'Clinic', 'Bakery', 'Consulting', 'Retail', 'Телеком', 'Строй', 'Motors', 'Studio', 'Foods'];
/**
 * The demo given names' genders: the party gets it, and a Russian surname agrees with it
 * (Анна Иванова, Иван Иванов).
 */
export const GENDER_OF_GIVEN_NAME: Readonly<Record<string, 'female' | 'male'>> = {
  Maria: 'female',
  James: 'male',
  Olivia: 'female',
  Liam: 'male',
  Sofia: 'female',
  Noah: 'male',
  Emma: 'female',
  Lucas: 'male',
  Amelia: 'female',
  Mateo: 'male',
  Chloé: 'female',
  Jürgen: 'male',
  Zoë: 'female',
  Søren: 'male',
  Anaïs: 'female',
  Мария: 'female',
  Иван: 'male',
  Анна: 'female',
  Сергей: 'male',
  Ольга: 'female',
  Дмитрий: 'male',
  Елена: 'female',
  Алексей: 'male',
  Татьяна: 'female',
  Юлия: 'female',
};

/**
 * A Russian surname in the form of the person's gender: the lists hold the masculine form, and a
 * woman's takes the feminine ending (-ов/-ев/-ин/-ын + а, -ский → -ская, -ой → -ая).
 */
export function russianSurname(masculine: string, gender: 'female' | 'male'): string {
  if (gender === 'male') return masculine;
  if (/(?:ов|ев|ёв|ин|ын)$/.test(masculine)) return `${masculine}а`;
  if (/(?:ский|цкий)$/.test(masculine)) return masculine.replace(/ий$/, 'ая');
  if (/ой$/.test(masculine)) return masculine.replace(/ой$/, 'ая');
  return masculine;
}

/**
 * Where demo customers live, and the start of their (valid) mobile numbers, which `phoneDigits`
 * more digits complete. The UK ones are in Ofcom's range for drama (07700 900xxx), which rings nobody.
 */
export const CITIES = [
  { city: 'London', postCode: 'NW1 6XE', country: 'GB', phonePrefix: '+447700900', phoneDigits: 3 },
  { city: 'Berlin', postCode: '10115', country: 'DE', phonePrefix: '+49151234', phoneDigits: 4 },
  { city: 'Madrid', postCode: '28013', country: 'ES', phonePrefix: '+3461234', phoneDigits: 4 },
  { city: 'Москва', postCode: '101000', country: 'RU', phonePrefix: '+7916123', phoneDigits: 4 },
  { city: 'Warszawa', postCode: '00-001', country: 'PL', phonePrefix: '+4860123', phoneDigits: 4 },
];

/** Latin letters for email local parts (Cyrillic names get a transliteration). */
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function emailLocalPart(...names: string[]): string {
  return names
    .join('.')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[а-яё]/g, (c) => TRANSLIT[c] ?? '')
    .replace(/[^a-z0-9.]+/g, '');
}
