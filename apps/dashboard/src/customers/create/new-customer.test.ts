import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, newCustomerRequest } from './new-customer';

describe('newCustomerRequest', () => {
  it('makes an individual with the contact media that were filled in', () => {
    const request = newCustomerRequest({
      ...EMPTY_FORM,
      givenName: ' Мария ',
      familyName: 'Иванова',
      birthDate: '1990-04-12',
      phone: '+44 7700 900123',
      city: 'London',
      postCode: 'NW1 6XE',
    });
    expect(request.name).toBe('Мария Иванова');
    expect(request.party).toEqual({
      type: 'individual',
      fields: { givenName: 'Мария', familyName: 'Иванова', birthDate: '1990-04-12' },
      contactMedium: [
        { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+44 7700 900123' } },
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

  it('maps the API’s field paths back to the inputs', () => {
    const individual = newCustomerRequest({ ...EMPTY_FORM, givenName: 'A', familyName: 'B', email: 'x', phone: 'y', street1: 'z' });
    expect(individual.formFieldOf('contactMedium[0].characteristic.emailAddress')).toBe('email');
    expect(individual.formFieldOf('contactMedium[1].characteristic.phoneNumber')).toBe('phone');
    expect(individual.formFieldOf('contactMedium[2].characteristic.city')).toBe('city');
    expect(individual.formFieldOf('contactMedium[2]')).toBe('street1');
    expect(individual.formFieldOf('birthDate')).toBe('birthDate');
    expect(individual.formFieldOf('relatedParty[0].id')).toBe('affiliateId');
    expect(individual.formFieldOf('engagedParty.id')).toBe('');

    const organization = newCustomerRequest({ ...EMPTY_FORM, type: 'organization', tradingName: 'Acme', phone: '1' });
    expect(organization.formFieldOf('name')).toBe('legalName');
    expect(organization.formFieldOf('tradingName')).toBe('tradingName');
    expect(organization.formFieldOf('contactMedium[0].characteristic.phoneNumber')).toBe('phone');
  });
});
