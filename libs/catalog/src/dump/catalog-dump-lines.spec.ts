import { categoryLine, offeringLine, specificationLine } from './catalog-dump-lines.js';

// The lines are written as JSON text by hand (no objects, no JSON.stringify of a whole line): they must parse to the TMF620 shapes.
const times = { spec_version: '1.0', updated_at: '2026-01-02 03:04:05.678', valid_from: new Date('2026-01-01T00:00:00Z'), valid_to: null };
const validFor = { startDateTime: '2026-01-01T00:00:00.000Z', endDateTime: null };

describe('catalog dump lines', () => {
  it('writes an offering with its prices, specification, categories and bundled offerings, text escaped', () => {
    const offering = {
      id: 7,
      name: 'Plan "M"\n— ünï',
      description: null,
      lifecycle_status: 'launched',
      is_bundle: 0,
      is_sellable: '1',
      ...times,
    };
    const price = {
      id: 9,
      name: 'Monthly',
      description: 'd',
      lifecycle_status: 'active',
      price_type: 'recurring',
      recurring_period: 'month',
      recurring_period_length: 1,
      unit_of_measure: 'GB',
      amount_minor: '1999',
      currency: 'EUR',
      tax_rate: '20.5',
      ...times,
    };
    const text = offeringLine(offering, {
      prices: [price, { ...price, id: 10, unit_of_measure: null, tax_rate: null, currency: 'JPY', amount_minor: 500 }],
      specification: { id: 3, name: 'Spec', spec_version: '2' },
      categories: [{ id: 1, name: 'Cat', spec_version: null }],
      bundled: [{ id: 4, name: 'SIM', lifecycle_status: 'launched' }],
    });
    expect(text).not.toContain('\n');
    const line = JSON.parse(text);
    expect(Object.keys(line)).toEqual([
      '@type',
      'id',
      'href',
      'name',
      'description',
      'version',
      'lifecycleStatus',
      'lastUpdate',
      'validFor',
      'isBundle',
      'isSellable',
      'productSpecification',
      'productOfferingPrice',
      'category',
      'bundledProductOffering',
    ]);
    expect(line).toMatchObject({
      '@type': 'ProductOffering',
      id: '7',
      href: '/tmf-api/productCatalogManagement/v4/productOffering/7',
      name: 'Plan "M"\n— ünï',
      description: null,
      lastUpdate: '2026-01-02T03:04:05.678Z',
      validFor,
      isBundle: false,
      isSellable: true,
      productSpecification: { id: '3', name: 'Spec', version: '2', '@referredType': 'ProductSpecification' },
      category: [{ id: '1', name: 'Cat', version: null, '@referredType': 'Category' }],
      bundledProductOffering: [{ '@type': 'BundledProductOffering', id: '4', name: 'SIM', lifecycleStatus: 'launched' }],
    });
    expect(line.productOfferingPrice).toEqual([
      expect.objectContaining({
        '@type': 'ProductOfferingPrice',
        id: '9',
        isBundle: false,
        priceType: 'recurring',
        recurringChargePeriodType: 'month',
        recurringChargePeriodLength: 1,
        unitOfMeasure: { amount: 1, units: 'GB' },
        price: { unit: 'EUR', value: 19.99 },
        tax: [{ taxCategory: 'VAT', taxRate: 20.5 }],
      }),
      expect.objectContaining({
        id: '10',
        unitOfMeasure: null,
        price: { unit: 'JPY', value: 500 },
        tax: [],
        recurringChargePeriodLength: 1,
      }),
    ]);
    expect(JSON.parse(offeringLine(offering, { prices: [], specification: null, categories: [], bundled: [] }))).toMatchObject({
      productSpecification: null,
      productOfferingPrice: [],
      category: [],
      bundledProductOffering: [],
    });
  });

  it('writes a specification with its characteristics and resource kinds, and a category', () => {
    const spec = {
      id: 3,
      name: 'Spec',
      description: 'x',
      lifecycle_status: 'launched',
      brand: 'B',
      product_number: null,
      is_bundle: 1,
      characteristics: JSON.stringify([
        { name: 'data', description: null, valueType: 'number', values: [{ value: 10, unitOfMeasure: 'GB' }] },
      ]),
      resource_kinds: '["msisdn"]',
      ...times,
    };
    expect(JSON.parse(specificationLine(spec))).toMatchObject({
      '@type': 'ProductSpecification',
      brand: 'B',
      productNumber: null,
      isBundle: true,
      productSpecCharacteristic: [
        {
          name: 'data',
          valueType: 'number',
          configurable: false,
          productSpecCharacteristicValue: [{ value: 10, unitOfMeasure: 'GB', isDefault: false, valueType: 'number' }],
        },
      ],
      resourceSpecification: [{ id: 'msisdn', name: 'msisdn', '@referredType': 'ResourceSpecification' }],
    });
    expect(JSON.parse(specificationLine({ ...spec, characteristics: null, resource_kinds: null }))).toMatchObject({
      productSpecCharacteristic: [],
      resourceSpecification: [],
    });
    const category = { id: 5, name: 'Plans', description: null, lifecycle_status: 'launched', is_root: 0, parent_id: 2, ...times };
    expect(JSON.parse(categoryLine(category))).toMatchObject({ '@type': 'Category', id: '5', isRoot: false, parentId: '2', validFor });
  });
});
