import type { IndividualFields, NewParty } from '../customer-api';
import type { ContactMedium, PartyType } from '../customer-types';
import { checkPhone } from '../phone/phone-number';

/** The create form's inputs, all as typed. */
export interface NewCustomerForm {
  type: PartyType;
  givenName: string;
  familyName: string;
  birthDate: string;
  /** A code of the gender list, '' for none. */
  gender: string;
  /** An ISO 3166 code of the nationality list, '' for none. */
  nationality: string;
  tradingName: string;
  legalName: string;
  email: string;
  phone: string;
  street1: string;
  city: string;
  postCode: string;
  country: string;
  /** '' for none (the API decides: an affiliate's own customers belong to it). */
  affiliateId: string;
}

export type FormField = Exclude<keyof NewCustomerForm, 'type'>;

export const EMPTY_FORM: NewCustomerForm = {
  type: 'individual',
  givenName: '',
  familyName: '',
  birthDate: '',
  gender: '',
  nationality: '',
  tradingName: '',
  legalName: '',
  email: '',
  phone: '',
  street1: '',
  city: '',
  postCode: '',
  country: '',
  affiliateId: '',
};

export interface NewCustomerRequest {
  party: NewParty;
  /** The TMF629 customer's name. */
  name: string;
  /** The form input an API field path belongs to (e.g. `contactMedium[1].characteristic.phoneNumber` → `phone`); '' when none. */
  formFieldOf(apiField: string): FormField | '';
}

const ADDRESS_FIELDS = ['street1', 'city', 'postCode', 'country'] as const;

/**
 * The party (with its contact media) and the customer the form describes, and how the API's field
 * errors map back. A valid phone goes in E.164 (read in `phoneRegion` when typed without a country
 * code); any other as typed, for the server to refuse in words.
 */
export function newCustomerRequest(form: NewCustomerForm, phoneRegion = 'GB'): NewCustomerRequest {
  const text = (value: string) => value.trim();
  const media: ContactMedium[] = [];
  const mediumInputs: FormField[] = [];
  if (text(form.email)) {
    media.push({ mediumType: 'email', preferred: true, characteristic: { emailAddress: text(form.email) } });
    mediumInputs.push('email');
  }
  if (text(form.phone)) {
    const phone = checkPhone(form.phone, phoneRegion);
    media.push({
      mediumType: 'phone',
      preferred: true,
      characteristic: { phoneNumber: phone.kind === 'valid' ? phone.e164 : text(form.phone) },
    });
    mediumInputs.push('phone');
  }
  if (ADDRESS_FIELDS.some((field) => text(form[field]))) {
    const characteristic = Object.fromEntries(
      ADDRESS_FIELDS.filter((field) => text(form[field])).map((field) => [field, text(form[field])]),
    );
    media.push({ mediumType: 'postalAddress', preferred: true, characteristic });
    mediumInputs.push('street1');
  }
  const affiliateId = form.affiliateId ? Number(form.affiliateId) : undefined;

  const formFieldOf = (apiField: string): FormField | '' => {
    const medium = /^contactMedium\[(\d+)\](?:\.characteristic\.(\w+))?/.exec(apiField);
    if (medium) {
      const input = mediumInputs[Number(medium[1])];
      if (input === 'street1' && (ADDRESS_FIELDS as readonly string[]).includes(medium[2] ?? '')) return medium[2] as FormField;
      return input ?? '';
    }
    if (apiField.startsWith('relatedParty')) return 'affiliateId';
    if (form.type === 'organization') {
      if (apiField === 'name') return 'legalName';
      return apiField === 'tradingName' ? 'tradingName' : '';
    }
    return (['givenName', 'familyName', 'birthDate', 'gender', 'nationality'] as const).find((field) => field === apiField) ?? '';
  };

  if (form.type === 'organization') {
    const tradingName = text(form.tradingName);
    return {
      party: {
        type: 'organization',
        fields: { tradingName, ...(text(form.legalName) ? { name: text(form.legalName) } : {}) },
        contactMedium: media,
        affiliateId,
      },
      name: tradingName,
      formFieldOf,
    };
  }
  const givenName = text(form.givenName);
  const familyName = text(form.familyName);
  return {
    party: {
      type: 'individual',
      fields: {
        givenName,
        familyName,
        ...(form.birthDate ? { birthDate: form.birthDate } : {}),
        ...(form.gender ? { gender: form.gender as IndividualFields['gender'] } : {}),
        ...(form.nationality ? { nationality: form.nationality as IndividualFields['nationality'] } : {}),
      },
      contactMedium: media,
      affiliateId,
    },
    name: `${givenName} ${familyName}`,
    formFieldOf,
  };
}
