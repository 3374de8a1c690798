import { describe, expect, it } from 'vitest';
import { eurosForInput, formatMoney, majorToMinor, minorToMajor, parseEuros } from './money';
import { describePrice, priceBody, priceFormValues } from './price-shape';

describe('money entered in euros', () => {
  it.each([
    ['9.99', 999],
    ['9,99', 999],
    ['12', 1200],
    ['12,5', 1250],
    ['€ 1 299,00', 129900],
    ['1,299.00', 129900],
    ['1.299,00', 129900],
    ['0', 0],
  ])('%s → %i cents', (input, cents) => expect(parseEuros(input)).toEqual({ ok: true, minor: cents }));

  it('refuses what is not an amount of whole cents', () => {
    expect(parseEuros('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseEuros('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseEuros('1.999')).toEqual({ ok: false, problem: 'too_precise' });
    expect(parseEuros('ten')).toEqual({ ok: false, problem: 'not_a_number' });
  });

  it('converts without binary fractions', () => {
    expect(minorToMajor(1999)).toBe(19.99);
    expect(majorToMinor(19.99)).toBe(1999);
    expect(majorToMinor(0.29)).toBe(29);
    expect(eurosForInput(20)).toBe('20.00');
  });

  it('is shown in the reader’s format', () => {
    expect(formatMoney({ unit: 'EUR', value: 19.99 }, 'en')).toBe('€19.99');
    expect(formatMoney({ unit: 'EUR', value: 1299 }, 'ru').replace(/\s/g, ' ')).toBe('1 299,00 €');
    expect(formatMoney(undefined, 'en')).toBe('—');
  });
});

describe('prices', () => {
  const translate = (_key: string, options: Record<string, unknown> = {}) => {
    const forms = String(options._).split(' |||| ');
    const form = forms.length > 1 && options.smart_count !== 1 ? forms[1] : forms[0];
    return form.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));
  };
  const money = { unit: 'EUR', value: 9.99 };

  it('are described by their kind', () => {
    expect(describePrice({ priceType: 'recurring', recurringChargePeriodType: 'month', price: money }, 'en', translate)).toBe(
      '€9.99 / month',
    );
    expect(
      describePrice(
        { priceType: 'recurring', recurringChargePeriodType: 'year', recurringChargePeriodLength: 2, price: money },
        'en',
        translate,
      ),
    ).toBe('€9.99 / 2 years');
    expect(describePrice({ priceType: 'usage', unitOfMeasure: { amount: 1, units: 'GB' }, price: money }, 'en', translate)).toBe(
      '€9.99 per GB',
    );
    expect(describePrice({ priceType: 'oneTime', price: money }, 'en', translate)).toBe('€9.99 once');
  });

  it('go to the server as TMF money, with only the attributes of their kind', () => {
    expect(
      priceBody({ name: 'Monthly', priceType: 'recurring', recurringChargePeriodType: 'year', amountMinor: 9900, taxRate: 20 }),
    ).toEqual({
      name: 'Monthly',
      priceType: 'recurring',
      recurringChargePeriodType: 'year',
      recurringChargePeriodLength: 1,
      unitOfMeasure: null,
      price: { unit: 'EUR', value: 99 },
      tax: [{ taxCategory: 'VAT', taxRate: 20 }],
    });
    expect(priceBody({ name: 'Data', priceType: 'usage', unit: 'GB', amountMinor: 10, recurringChargePeriodType: 'month' })).toEqual({
      name: 'Data',
      priceType: 'usage',
      recurringChargePeriodType: null,
      recurringChargePeriodLength: null,
      unitOfMeasure: { amount: 1, units: 'GB' },
      price: { unit: 'EUR', value: 0.1 },
      tax: null,
    });
  });

  it('come back to the form in cents', () => {
    expect(
      priceFormValues({
        id: '1',
        name: 'SIM',
        lifecycleStatus: 'active',
        priceType: 'oneTime',
        price: { unit: 'EUR', value: 4.99 },
        tax: [{ taxCategory: 'VAT', taxRate: 20 }],
      }),
    ).toMatchObject({
      amountMinor: 499,
      priceType: 'oneTime',
      taxRate: 20,
    });
  });
});
