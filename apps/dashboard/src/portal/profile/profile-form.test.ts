import { describe, expect, it } from 'vitest';
import type { Profile } from '../portal-api';
import { formOf, mediaWith, patchOf, profileFieldOf } from './profile-form';

const person = {
  '@type': 'Individual',
  id: '7',
  givenName: 'Мария',
  familyName: 'Иванова',
  contactMedium: [
    { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'maria@example.com' } },
    { mediumType: 'postalAddress', preferred: true, characteristic: { city: 'Москва' } },
    { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+447700900123' } },
  ],
} as unknown as Profile;

describe('the portal profile form', () => {
  it('reads the names and the preferred email and phone', () => {
    expect(formOf(person)).toEqual({
      givenName: 'Мария',
      familyName: 'Иванова',
      tradingName: '',
      email: 'maria@example.com',
      phone: '+447700900123',
    });
  });

  it('patches only what changed, keeping the other contact media', () => {
    expect(patchOf(person, { ...formOf(person), familyName: ' Петрова ' })).toEqual({ familyName: 'Петрова' });
    const patch = patchOf(person, { ...formOf(person), phone: '+447700900999' });
    expect(patch.contactMedium).toEqual([
      person.contactMedium[0],
      person.contactMedium[1],
      { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+447700900999' } },
    ]);
  });

  it('adds a missing email and removes an emptied phone', () => {
    const media = mediaWith([person.contactMedium[2]], { email: 'new@example.com', phone: '' });
    expect(media).toEqual([{ mediumType: 'email', preferred: true, characteristic: { emailAddress: 'new@example.com' } }]);
  });

  it('names the form field of an API field path', () => {
    const sent = patchOf(person, { ...formOf(person), phone: 'x' });
    expect(profileFieldOf('contactMedium[2].characteristic.phoneNumber', sent)).toBe('phone');
    expect(profileFieldOf('contactMedium[0].characteristic.emailAddress', sent)).toBe('email');
    expect(profileFieldOf('familyName', sent)).toBe('familyName');
    expect(profileFieldOf('birthDate', sent)).toBeUndefined();
  });
});
