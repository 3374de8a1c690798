/**
 * What the history calls an attribute in English (the catalogue's `contactly.customer360.history.fields.*`
 * translates them): the attributes of customers, parties, payment methods and billing accounts as
 * their audit entries name them. An attribute not listed is spelled out from its key.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  status: 'Status',
  statusReason: 'Status reason',
  givenName: 'First name',
  middleName: 'Middle name',
  familyName: 'Last name',
  fullName: 'Full name',
  formattedName: 'Full name',
  title: 'Title',
  gender: 'Gender',
  birthDate: 'Date of birth',
  nationality: 'Nationality',
  tradingName: 'Trading name',
  organizationType: 'Organization type',
  contactMedium: 'Contact details',
  engagedParty: 'Person or organization',
  relatedParty: 'Owner',
  characteristic: 'Characteristics',
  description: 'Description',
  isPreferred: 'Default',
  details: 'Card',
  validFor: 'Valid',
  account: 'Charged by accounts',
  state: 'State',
  paymentStatus: 'Payment status',
  accountBalance: 'Balance',
  creditLimit: 'Credit limit',
  defaultPaymentMethod: 'Default payment method',
  financialAccount: 'Financial account',
  billStructure: 'Bill structure',
  accountType: 'Account type',
};

/** "middleName" → "Middle name", "@referredType" → "Referred type": a readable label for a key nobody named. */
export function spelledOut(field: string): string {
  const words = field
    .replace(/^@/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : field;
}

/** The English label of an attribute: the named one, else spelled out from its key. */
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? spelledOut(field);
