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
export const CITIES = [
  { city: 'London', postCode: 'NW1 6XE', country: 'GB', phonePrefix: '+44770090' },
  { city: 'Berlin', postCode: '10115', country: 'DE', phonePrefix: '+49151234' },
  { city: 'Madrid', postCode: '28013', country: 'ES', phonePrefix: '+34612345' },
  { city: 'Москва', postCode: '101000', country: 'RU', phonePrefix: '+79161234' },
  { city: 'Warszawa', postCode: '00-001', country: 'PL', phonePrefix: '+48601234' },
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
