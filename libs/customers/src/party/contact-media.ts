import { type FieldProblem, invalid } from '@contactly/platform';
import type { ContactMedium } from './contact-medium.entity.js';
import type { ContactMediumDto } from './dto/contact-medium.dto.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

export type ContactMediumValues = Omit<ContactMedium, 'id' | 'partyId' | 'party'>;

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[1-9]\d{6,14}$/;

/** Validates and normalises TMF contact media: lower-case emails, `+digits` phones. 400 names the field. */
export function toContactMedia(input: ContactMediumDto[], field = 'contactMedium'): ContactMediumValues[] {
  const problems: FieldProblem[] = [];
  const media = input.map((medium, index): ContactMediumValues => {
    const at = `${field}[${index}].characteristic`;
    const c = medium.characteristic;
    const base: ContactMediumValues = {
      mediumType: medium.mediumType,
      preferred: medium.preferred ?? false,
      emailAddress: null,
      phoneNumber: null,
      street1: null,
      street2: null,
      city: null,
      postCode: null,
      stateOrProvince: null,
      country: null,
    };
    if (medium.mediumType === 'email') {
      const email = c.emailAddress?.trim().toLowerCase();
      if (!email || !EMAIL.test(email)) problems.push({ field: `${at}.emailAddress`, message: 'must be an email address' });
      return { ...base, emailAddress: email ?? null };
    }
    if (medium.mediumType === 'phone') {
      const phone = c.phoneNumber?.replace(/[\s().-]/g, '');
      if (!phone || !PHONE.test(phone))
        problems.push({ field: `${at}.phoneNumber`, message: 'must be a phone number in international format, e.g. +447700900123' });
      return { ...base, phoneNumber: phone ? `+${phone.replace(/^\+/, '')}` : null };
    }
    if (!c.street1 && !c.city) problems.push({ field: `${at}.city`, message: 'a postal address needs at least a street or a city' });
    return {
      ...base,
      street1: c.street1 ?? null,
      street2: c.street2 ?? null,
      city: c.city ?? null,
      postCode: c.postCode ?? null,
      stateOrProvince: c.stateOrProvince ?? null,
      country: c.country ?? null,
    };
  });
  if (problems.length)
    throw invalid(CUSTOMERS_ERRORS.INVALID_CONTACT_MEDIUM, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return media;
}

/** The preferred (else the first) value of a medium type, copied onto the party for search and lists. */
export function primaryOf(media: ContactMediumValues[], type: 'email' | 'phone'): string | null {
  const ofType = media.filter((m) => m.mediumType === type);
  const chosen = ofType.find((m) => m.preferred) ?? ofType[0];
  return (type === 'email' ? chosen?.emailAddress : chosen?.phoneNumber) ?? null;
}

export function toContactMediumView(medium: ContactMediumValues) {
  const characteristic: Record<string, string> = {};
  const entries: [string, string | null][] = [
    ['emailAddress', medium.emailAddress],
    ['phoneNumber', medium.phoneNumber],
    ['street1', medium.street1],
    ['street2', medium.street2],
    ['city', medium.city],
    ['postCode', medium.postCode],
    ['stateOrProvince', medium.stateOrProvince],
    ['country', medium.country],
  ];
  for (const [key, value] of entries) if (value !== null) characteristic[key] = value;
  return { mediumType: medium.mediumType, preferred: medium.preferred, characteristic };
}
