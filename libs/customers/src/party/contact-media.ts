import { type FieldProblem, invalid } from '@contactly/platform';
import type { ContactMedium } from './contact-medium.entity.js';
import type { ContactMediumDto } from './dto/contact-medium.dto.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';
import type { NewContacts } from '../duplicates/possible-duplicate.js';
import type { PhoneNumbers } from '../phone/phone-numbers.js';

export type ContactMediumValues = Omit<ContactMedium, 'id' | 'partyId' | 'party'>;

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** How a person calls each kind of medium, in the messages of its problems. */
const LABELS: Record<ContactMediumValues['mediumType'], string> = {
  email: 'Email address',
  phone: 'Phone number',
  postalAddress: 'Postal address',
};

/**
 * Validates and normalises TMF contact media: lower-case emails, phones in E.164 (read in the
 * default region when written without a country code). 400 names the field, and says in words what
 * is wrong.
 */
export function toContactMedia(input: ContactMediumDto[], phones: PhoneNumbers, field = 'contactMedium'): ContactMediumValues[] {
  const problems: (FieldProblem & { label: string })[] = [];
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
      if (!email || !EMAIL.test(email))
        problems.push({ field: `${at}.emailAddress`, message: 'must be an email address', label: LABELS.email });
      return { ...base, emailAddress: email ?? null };
    }
    if (medium.mediumType === 'phone') {
      const checked = phones.check(c.phoneNumber ?? '', `${at}.phoneNumber`);
      if ('problem' in checked) problems.push({ ...checked.problem, label: LABELS.phone });
      return { ...base, phoneNumber: 'e164' in checked ? checked.e164 : null };
    }
    if (!c.street1 && !c.city)
      problems.push({ field: `${at}.city`, message: 'needs at least a street or a city', label: LABELS.postalAddress });
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
    throw invalid(
      CUSTOMERS_ERRORS.INVALID_CONTACT_MEDIUM,
      problems.map((p) => `${p.label} ${p.message}`).join('; '),
      problems.map(({ field: problemField, message }) => ({ field: problemField, message })),
    );
  return media;
}

/** The emails and phones of contact media, as the duplicate check compares them. */
export function contactsOf(media: ContactMediumValues[]): NewContacts {
  return {
    emails: media.flatMap((m) => (m.mediumType === 'email' && m.emailAddress ? [m.emailAddress] : [])),
    phones: media.flatMap((m) => (m.mediumType === 'phone' && m.phoneNumber ? [m.phoneNumber] : [])),
  };
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
