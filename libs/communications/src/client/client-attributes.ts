import type { SocialAccounts } from './social-media.js';
import type { ClientProfile } from './client-profile.entity.js';

/** The communications platform's own attributes of a client (kept in `client_profile`). */
export interface ClientAttributes {
  available: boolean;
  timeZone: string | null;
  socialMedia: SocialAccounts | null;
}

/** What a client with no profile row reads as: a party created through TMF629/632 until the platform writes one. */
export const CLIENT_DEFAULTS: Readonly<ClientAttributes> = { available: true, timeZone: null, socialMedia: null };

export const attributesOf = (profile: ClientProfile | null | undefined): ClientAttributes =>
  profile ? { available: profile.available, timeZone: profile.timeZone, socialMedia: profile.socialMedia } : { ...CLIENT_DEFAULTS };
