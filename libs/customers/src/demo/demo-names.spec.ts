import { parsePhone } from '../phone/phone-number.js';
import { DEMO_CUSTOMER_COUNT, demoCustomer } from './customers-demo-data.js';
import { russianSurname } from './demo-names.js';

describe('demo customers', () => {
  const now = new Date('2026-12-01T00:00:00.000Z');
  const all = Array.from({ length: DEMO_CUSTOMER_COUNT }, (_, i) => demoCustomer(i, null, now).party);

  it('give a woman the feminine form of a Russian surname, and a man the masculine', () => {
    expect(russianSurname('Иванов', 'female')).toBe('Иванова');
    expect(russianSurname('Лебедев', 'female')).toBe('Лебедева');
    expect(russianSurname('Иванов', 'male')).toBe('Иванов');
    expect(russianSurname('Достоевский', 'female')).toBe('Достоевская');
    expect(russianSurname('Толстой', 'female')).toBe('Толстая');
    const russian = all.filter((p) => p.familyName && /[а-я]/i.test(p.familyName));
    expect(russian.length).toBeGreaterThan(10);
    for (const party of russian) {
      expect(party.gender).toMatch(/^(female|male)$/);
      expect(party.familyName!.endsWith('а')).toBe(party.gender === 'female');
    }
    expect(russian.map((p) => p.fullName)).toContain('Анна Иванова');
  });

  it('have valid, distinct phone numbers in E.164', () => {
    const phones = all.map((p) => p.phone!);
    for (const phone of phones) expect(parsePhone(phone, 'GB')).toEqual({ ok: true, e164: phone });
    expect(new Set(phones).size).toBe(phones.length);
  });
});
