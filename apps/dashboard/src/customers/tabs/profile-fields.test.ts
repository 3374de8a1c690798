import { describe, expect, it } from 'vitest';
import type { Individual, Organization, Party } from '../customer-types';
import { displayName, profileDraft, profilePatch } from './profile-fields';

const individual: Party = {
  type: 'individual',
  record: {
    givenName: 'Maria',
    familyName: 'Novak',
    middleName: null,
    birthDate: '1965-04-16',
    nationality: 'GB',
    title: null,
    gender: null,
  } as unknown as Individual,
};
const organization: Party = {
  type: 'organization',
  record: { tradingName: 'Acme', name: null, organizationType: 'company' } as unknown as Organization,
};

describe('profile fields', () => {
  it('reads the party’s attributes as form values', () => {
    expect(profileDraft(individual)).toEqual({
      givenName: 'Maria',
      familyName: 'Novak',
      middleName: '',
      title: '',
      birthDate: '1965-04-16',
      gender: '',
      nationality: 'GB',
    });
    expect(profileDraft(organization)).toEqual({ tradingName: 'Acme', name: '', organizationType: 'company' });
  });

  it('patches only what changed, trimmed, and clears an emptied optional attribute', () => {
    const before = profileDraft(individual);
    expect(profilePatch(individual, before, { ...before, familyName: ' Novak-Smith ', nationality: '', title: 'Dr' })).toEqual({
      familyName: 'Novak-Smith',
      nationality: null,
      title: 'Dr',
    });
    expect(profilePatch(individual, before, { ...before, givenName: 'Maria ' })).toEqual({});
  });

  it('sends an emptied required attribute as typed, for the server to refuse by name', () => {
    const before = profileDraft(organization);
    expect(profilePatch(organization, before, { ...before, tradingName: ' ' })).toEqual({ tradingName: '' });
  });

  it('names the party as people read it', () => {
    expect(displayName(individual, { ...profileDraft(individual), middleName: 'P.' })).toBe('Maria P. Novak');
    expect(displayName(organization, profileDraft(organization))).toBe('Acme');
  });
});
