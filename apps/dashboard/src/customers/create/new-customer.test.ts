import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, newCustomerRequest } from './new-customer';

describe('newCustomerRequest', () => {
  it('makes an individual with the contact media that were filled in', () => {
    const request = newCustomerRequest({
      ...EMPTY_FORM,
      givenName: ' Мария ',
      familyName: 'Иванова',
      birthDate: '1990-04-12',
      gender: 'female',
      nationality: 'RU',
      phone: '07700 900123',
      city: 'London',
      postCode: 'NW1 6XE',
    });
    expect(request.name).toBe('Мария Иванова');
    expect(request.party).toEqual({
      type: 'individual',
      fields: { givenName: 'Мария', familyName: 'Иванова', birthDate: '1990-04-12', gender: 'female', nationality: 'RU' },
      contactMedium: [
        { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+447700900123' } },
        { mediumType: 'postalAddress', preferred: true, characteristic: { city: 'London', postCode: 'NW1 6XE' } },
      ],
      affiliateId: undefined,
    });
  });

  it('makes an organization named by its trading name, owned by the chosen affiliate', () => {
    const request = newCustomerRequest({
      ...EMPTY_FORM,
      type: 'organization',
      tradingName: 'Acme',
      legalName: 'Acme Ltd',
      givenName: 'ignored',
      email: 'hi@acme.example',
      affiliateId: '3',
    });
    expect(request.name).toBe('Acme');
    expect(request.party).toEqual({
      type: 'organization',
      fields: { tradingName: 'Acme', name: 'Acme Ltd' },
      contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: 'hi@acme.example' } }],
      affiliateId: 3,
    });
  });

  it('sends a phone that is not valid as typed, for the server to explain, and reads national numbers in the region', () => {
    const invalid = newCustomerRequest({ ...EMPTY_FORM, givenName: 'A', familyName: 'B', phone: ' 07700 90012 ' });
    expect(invalid.party.contactMedium).toEqual([{ mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '07700 90012' } }]);
    const russian = newCustomerRequest({ ...EMPTY_FORM, givenName: 'A', familyName: 'B', phone: '8 916 123-45-67' }, 'RU');
    expect(russian.party.contactMedium[0].characteristic.phoneNumber).toBe('+79161234567');
  });

  it('maps the API’s field paths back to the inputs', () => {
    const individual = newCustomerRequest({ ...EMPTY_FORM, givenName: 'A', familyName: 'B', email: 'x', phone: 'y', street1: 'z' });
    expect(individual.formFieldOf('contactMedium[0].characteristic.emailAddress')).toBe('email');
    expect(individual.formFieldOf('contactMedium[1].characteristic.phoneNumber')).toBe('phone');
    expect(individual.formFieldOf('contactMedium[2].characteristic.city')).toBe('city');
    expect(individual.formFieldOf('contactMedium[2]')).toBe('street1');
    expect(individual.formFieldOf('birthDate')).toBe('birthDate');
    expect(individual.formFieldOf('nationality')).toBe('nationality');
    expect(individual.formFieldOf('relatedParty[0].id')).toBe('affiliateId');
    expect(individual.formFieldOf('engagedParty.id')).toBe('');

    const organization = newCustomerRequest({ ...EMPTY_FORM, type: 'organization', tradingName: 'Acme', phone: '1' });
    expect(organization.formFieldOf('name')).toBe('legalName');
    expect(organization.formFieldOf('tradingName')).toBe('tradingName');
    expect(organization.formFieldOf('contactMedium[0].characteristic.phoneNumber')).toBe('phone');
  });
});
