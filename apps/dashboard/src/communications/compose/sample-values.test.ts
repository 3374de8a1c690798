import { describe, expect, it } from 'vitest';
import { sampleValuesFor, variablesToGive } from './sample-values';

describe('sampleValuesFor', () => {
  const maria = {
    clientId: 2,
    firstName: 'Мария',
    lastName: 'Иванова',
    birthDate: '1990-03-08T00:00:00.000+00:00',
    email: 'maria@example.com',
    phone: null,
  };

  it('fills a client’s own attributes as a send does', () => {
    expect(sampleValuesFor(maria, {})).toEqual({
      clientId: '2',
      fullName: 'Мария Иванова',
      firstName: 'Мария',
      lastName: 'Иванова',
      birthDate: '1990-03-08',
      email: 'maria@example.com',
    });
  });

  it('lets the compose page’s values win', () => {
    expect(sampleValuesFor(maria, { firstName: 'Маша', promoCode: 'AUTUMN26' })).toMatchObject({
      firstName: 'Маша',
      promoCode: 'AUTUMN26',
      lastName: 'Иванова',
    });
  });

  it('leaves out what the client does not have, so the preview reports it missing', () => {
    expect(sampleValuesFor({ clientId: 9, firstName: 'ООО Ромашка', lastName: null, birthDate: null }, {})).toEqual({
      clientId: '9',
      fullName: 'ООО Ромашка',
      firstName: 'ООО Ромашка',
    });
  });
});

describe('variablesToGive', () => {
  it('asks only for what no client brings and no row gives yet', () => {
    expect(variablesToGive(['firstName', 'promoCode', 'city', 'email'], ['city'])).toEqual(['promoCode']);
    expect(variablesToGive([], [])).toEqual([]);
  });
});
