import type { ContactMedium } from '../../customers/customer-types';
import type { Profile, ProfilePatch } from '../portal-api';

/** What the subscriber edits: their names and the preferred email and phone. */
export interface ProfileForm {
  givenName: string;
  familyName: string;
  tradingName: string;
  email: string;
  phone: string;
}

export type ProfileField = keyof ProfileForm;

const preferredOf = (media: readonly ContactMedium[], type: ContactMedium['mediumType']) =>
  media.find((m) => m.mediumType === type && m.preferred) ?? media.find((m) => m.mediumType === type);

export function formOf(profile: Profile): ProfileForm {
  const media = profile.contactMedium;
  return {
    givenName: profile['@type'] === 'Individual' ? (profile.givenName ?? '') : '',
    familyName: profile['@type'] === 'Individual' ? (profile.familyName ?? '') : '',
    tradingName: profile['@type'] === 'Organization' ? (profile.tradingName ?? '') : '',
    email: preferredOf(media, 'email')?.characteristic.emailAddress ?? '',
    phone: preferredOf(media, 'phone')?.characteristic.phoneNumber ?? '',
  };
}

/**
 * The contact media with the edited email and phone in place of the preferred ones; the others
 * (addresses, second numbers) stay as they are. An emptied one is removed.
 */
export function mediaWith(media: readonly ContactMedium[], form: Pick<ProfileForm, 'email' | 'phone'>): ContactMedium[] {
  const edits = [
    { type: 'email' as const, value: form.email.trim(), key: 'emailAddress' as const },
    { type: 'phone' as const, value: form.phone.trim(), key: 'phoneNumber' as const },
  ];
  let result = [...media];
  for (const { type, value, key } of edits) {
    const current = preferredOf(result, type);
    if (current && !value) result = result.filter((m) => m !== current);
    else if (current) result = result.map((m) => (m === current ? { ...m, characteristic: { ...m.characteristic, [key]: value } } : m));
    else if (value) result = [...result, { mediumType: type, preferred: true, characteristic: { [key]: value } }];
  }
  return result;
}

/** The merge patch of what changed (names of the profile's kind; contact media only when the email or phone changed). */
export function patchOf(profile: Profile, form: ProfileForm): ProfilePatch {
  const read = formOf(profile);
  const patch: ProfilePatch = {};
  if (profile['@type'] === 'Individual') {
    if (form.givenName.trim() !== read.givenName) patch.givenName = form.givenName.trim();
    if (form.familyName.trim() !== read.familyName) patch.familyName = form.familyName.trim();
  } else if (form.tradingName.trim() !== read.tradingName) patch.tradingName = form.tradingName.trim();
  if (form.email.trim() !== read.email || form.phone.trim() !== read.phone) patch.contactMedium = mediaWith(profile.contactMedium, form);
  return patch;
}

/**
 * The form field an API field path concerns (`contactMedium[1].characteristic.phoneNumber` → phone),
 * so the error shows at the input, in words, never as the path.
 */
export function profileFieldOf(apiField: string, sent: ProfilePatch): ProfileField | undefined {
  if (apiField === 'givenName' || apiField === 'familyName' || apiField === 'tradingName') return apiField;
  const medium = /^contactMedium\[(\d+)\]/.exec(apiField);
  if (!medium) return undefined;
  const type = sent.contactMedium?.[Number(medium[1])]?.mediumType;
  if (type === 'email' || /emailAddress/.test(apiField)) return 'email';
  if (type === 'phone' || /phoneNumber/.test(apiField)) return 'phone';
  return undefined;
}
