import { type FieldProblem, invalid, PLATFORM_ERRORS } from '@contactly/platform';

/** A client's social-media accounts: network name → account on it (`{"telegram":"@ivan_petrov"}`). */
export type SocialAccounts = Record<string, string>;

export const SOCIAL_MEDIA_LIMITS = { networks: 5, networkMax: 30, accountMax: 100 } as const;
const NETWORK_NAME = /^[a-z0-9_-]{1,30}$/;
// C0 and C1 controls (line breaks and tabs included): an account is one line that a gateway is given as is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/**
 * Checks accounts as a client sends them and gives them back in one canonical form: accounts
 * trimmed, networks in alphabetical order (so equal accounts are equal JSON, and the Social channel's
 * choice is deterministic). `{}` and null mean none (null); a bad entry is a 400 naming it
 * (`socialMedia.vk`) before anything is written.
 */
export function checkedSocialAccounts(input: Readonly<Record<string, unknown>> | null, field = 'socialMedia'): SocialAccounts | null {
  if (input === null) return null;
  const entries = Object.entries(input);
  const problems: FieldProblem[] = [];
  if (entries.length > SOCIAL_MEDIA_LIMITS.networks)
    problems.push({ field, message: `must name at most ${SOCIAL_MEDIA_LIMITS.networks} networks` });
  const accounts: [string, string][] = [];
  for (const [network, value] of entries) {
    const account = typeof value === 'string' ? value.trim() : null;
    if (!NETWORK_NAME.test(network))
      problems.push({
        field: `${field}.${network}`,
        message: `is not a network name (1–${SOCIAL_MEDIA_LIMITS.networkMax} characters a–z, 0–9, _ and -)`,
      });
    else if (account === null || account.length < 1 || account.length > SOCIAL_MEDIA_LIMITS.accountMax)
      problems.push({ field: `${field}.${network}`, message: `must be an account of 1–${SOCIAL_MEDIA_LIMITS.accountMax} characters` });
    else if (CONTROL.test(account)) problems.push({ field: `${field}.${network}`, message: 'must not contain control characters' });
    else accounts.push([network, account]);
  }
  if (problems.length)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return accounts.length ? Object.fromEntries(accounts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : null;
}

/** Where a message on the Social channel goes: the first network's account (alphabetically), as `network:account`. */
export function socialAddressOf(accounts: SocialAccounts | null): string | null {
  const network = accounts ? Object.keys(accounts).sort()[0] : undefined;
  return network === undefined ? null : `${network}:${accounts![network]}`;
}
