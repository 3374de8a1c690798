import type { ContactMedium, MediumCharacteristic } from '../customer-types';
import { readablePhone } from '../phone/phone-number';

export type MediumType = ContactMedium['mediumType'];

export const MEDIUM_LABELS: Record<MediumType, string> = { email: 'Email', phone: 'Phone', postalAddress: 'Address' };

/** The characteristic inputs each medium type has, in form order. */
export const MEDIUM_FIELDS: Record<MediumType, readonly { key: keyof MediumCharacteristic; label: string }[]> = {
  email: [{ key: 'emailAddress', label: 'Email address' }],
  phone: [{ key: 'phoneNumber', label: 'Phone number' }],
  postalAddress: [
    { key: 'street1', label: 'Street' },
    { key: 'street2', label: 'Street (line 2)' },
    { key: 'city', label: 'City' },
    { key: 'postCode', label: 'Post code' },
    { key: 'stateOrProvince', label: 'State or province' },
    { key: 'country', label: 'Country' },
  ],
};

/** A contact medium being edited; `key` tells React rows apart while they are added and removed. */
export interface MediumRow extends ContactMedium {
  key: string;
}

let nextKey = 0;
const newKey = () => `medium-${++nextKey}`;

export const toRows = (media: readonly ContactMedium[]): MediumRow[] =>
  media.map((medium) => ({ ...medium, characteristic: { ...medium.characteristic }, key: newKey() }));

/** A new row; it is preferred when it is the first of its type. */
export const emptyRow = (mediumType: MediumType, rows: readonly MediumRow[]): MediumRow => ({
  key: newKey(),
  mediumType,
  preferred: !rows.some((row) => row.mediumType === mediumType),
  characteristic: {},
});

/** Marks one row the preferred one of its type (and the others of that type not). */
export const preferRow = (rows: readonly MediumRow[], key: string): MediumRow[] => {
  const chosen = rows.find((row) => row.key === key);
  if (!chosen) return [...rows];
  return rows.map((row) => (row.mediumType === chosen.mediumType ? { ...row, preferred: row.key === key } : row));
};

/** Removes a row; when it was preferred, the next of its type becomes preferred. */
export function removeRow(rows: readonly MediumRow[], key: string): MediumRow[] {
  const removed = rows.find((row) => row.key === key);
  const rest = rows.filter((row) => row.key !== key);
  if (!removed?.preferred) return rest;
  const heir = rest.find((row) => row.mediumType === removed.mediumType);
  return heir ? preferRow(rest, heir.key) : rest;
}

/** The rows as the API's `contactMedium`: trimmed values, empty inputs left out. */
export function toMedia(rows: readonly MediumRow[]): ContactMedium[] {
  return rows.map(({ mediumType, preferred, characteristic }) => {
    const kept: MediumCharacteristic = {};
    for (const { key } of MEDIUM_FIELDS[mediumType]) {
      const value = characteristic[key]?.trim();
      if (value) kept[key] = value;
    }
    return { mediumType, preferred, characteristic: kept };
  });
}

/** One line for a medium: the address, the number (grouped: `+44 7700 900123`), or the street, post code and city. */
export function describeMedium({ mediumType, characteristic: c }: ContactMedium): string {
  if (mediumType === 'email') return c.emailAddress ?? '';
  if (mediumType === 'phone') return c.phoneNumber ? readablePhone(c.phoneNumber) : '';
  const town = [c.postCode, c.city].filter(Boolean).join(' ');
  return [c.street1, c.street2, town, c.stateOrProvince, c.country].filter(Boolean).join(', ');
}

/** Whether the edited rows differ from what was read. */
export const mediaChanged = (read: readonly ContactMedium[], rows: readonly MediumRow[]): boolean =>
  JSON.stringify(toMedia(toRows(read))) !== JSON.stringify(toMedia(rows));
