import { translateNow as t } from '../../i18n/i18n-provider';

/** A client's social-media accounts as the API keeps them: network → account (`{"telegram":"@ivan_petrov"}`). */
export type SocialAccounts = Record<string, string>;

/** One editable line of the accounts dialog. */
export interface AccountRow {
  network: string;
  account: string;
}

/** As many networks as the server keeps for a client. */
export const MAX_NETWORKS = 5;

/** The rows to edit, in the server's (alphabetical) order. */
export const accountRowsOf = (accounts: SocialAccounts | null | undefined): AccountRow[] =>
  Object.entries(accounts ?? {}).map(([network, account]) => ({ network, account }));

/** The account the Social channel sends to: the first network in alphabetical order, as the server picks it. */
export function socialAddressOf(accounts: SocialAccounts | null | undefined): string | null {
  const network = Object.keys(accounts ?? {}).sort()[0];
  return network === undefined ? null : `${network}:${accounts![network]}`;
}

/**
 * The accounts to save (null: none), from the rows as typed: blank lines are dropped, a network
 * named twice is a problem at its second line. The server checks names and lengths and names a
 * bad entry as `socialMedia.<network>`.
 */
export function socialMediaOf(rows: readonly AccountRow[]): { socialMedia: SocialAccounts | null } | { problems: Record<number, string> } {
  const accounts: SocialAccounts = {};
  const problems: Record<number, string> = {};
  rows.forEach((row, index) => {
    const network = row.network.trim().toLowerCase();
    const account = row.account.trim();
    if (!network && !account) return;
    if (!network) problems[index] = t('Name the network');
    else if (!account) problems[index] = t('Enter the account');
    else if (network in accounts) problems[index] = t('%{network} is listed twice', { network });
    else accounts[network] = account;
  });
  if (Object.keys(problems).length) return { problems };
  return { socialMedia: Object.keys(accounts).length ? accounts : null };
}

/** The line a server problem (`socialMedia.vk`) is about, by the network named on it; -1 for the whole list. */
export function rowOfProblem(field: string, rows: readonly AccountRow[]): number {
  if (!field.startsWith('socialMedia.')) return -1;
  const network = field.slice('socialMedia.'.length);
  return rows.findIndex((row) => row.network.trim().toLowerCase() === network);
}
