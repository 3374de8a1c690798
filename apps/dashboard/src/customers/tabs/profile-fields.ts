import type { IndividualFields, OrganizationFields } from '../customer-api';
import type { Party } from '../customer-types';

export type ProfileDraft = Record<string, string>;

export interface ProfileInput {
  name: keyof IndividualFields | keyof OrganizationFields;
  label: string;
  required?: boolean;
  type?: 'date';
  maxLength: number;
  /** Chosen from a list of GET /customers/reference-lists/person, not typed. */
  list?: 'genders' | 'nationalities';
}

export const INDIVIDUAL_INPUTS: readonly ProfileInput[] = [
  { name: 'givenName', label: 'Given name', required: true, maxLength: 100 },
  { name: 'familyName', label: 'Family name', required: true, maxLength: 100 },
  { name: 'middleName', label: 'Middle name', maxLength: 100 },
  { name: 'title', label: 'Title', maxLength: 40 },
  { name: 'birthDate', label: 'Birth date', type: 'date', maxLength: 10 },
  { name: 'gender', label: 'Gender', maxLength: 20, list: 'genders' },
  { name: 'nationality', label: 'Nationality', maxLength: 60, list: 'nationalities' },
];

export const ORGANIZATION_INPUTS: readonly ProfileInput[] = [
  { name: 'tradingName', label: 'Trading name', required: true, maxLength: 200 },
  { name: 'name', label: 'Legal name', maxLength: 200 },
  { name: 'organizationType', label: 'Organization type', maxLength: 60 },
];

export const profileInputs = (party: Party): readonly ProfileInput[] =>
  party.type === 'organization' ? ORGANIZATION_INPUTS : INDIVIDUAL_INPUTS;

/** The party's profile attributes as form values ('' for none). */
export function profileDraft(party: Party): ProfileDraft {
  const record = party.record as unknown as Record<string, unknown>;
  return Object.fromEntries(
    profileInputs(party).map(({ name }) => [name, typeof record[name] === 'string' ? (record[name] as string) : '']),
  );
}

/** The merge patch of what changed: trimmed, and an emptied optional attribute as null. */
export function profilePatch(party: Party, before: ProfileDraft, after: ProfileDraft): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const { name, required } of profileInputs(party)) {
    const value = (after[name] ?? '').trim();
    if (value === (before[name] ?? '').trim()) continue;
    patch[name] = value === '' && !required ? null : value;
  }
  return patch;
}

/** The name the party goes by: given and family name, or the trading name. */
export function displayName(party: Party, draft: ProfileDraft): string {
  if (party.type === 'organization') return (draft.tradingName ?? '').trim();
  return [draft.givenName, draft.middleName, draft.familyName]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
}
