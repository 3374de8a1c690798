import { Injectable } from '@nestjs/common';
import { AppConfig, type Principal, scopeOf } from '@contactly/platform';
import { AccountRepository } from './account.repository.js';
import { AccountService, type OpeningBalance } from './account.service.js';

/**
 * What other modules may do with billing accounts (exported by CustomersModule): registration and
 * ordering open a customer's default billing account without going through HTTP.
 */
@Injectable()
export class BillingAccountService {
  constructor(
    private readonly accounts: AccountService,
    private readonly config: AppConfig,
    private readonly rows: AccountRepository,
  ) {}

  /**
   * An open (not closed) billing account of the customer, within the actor's scope: the one named,
   * or the customer's first when none is; null when there is no such account (another customer's,
   * closed, out of scope, unknown). What a subscription or an order is billed to.
   */
  async openAccountOf(customerId: number, accountId: number | undefined, actor: Principal): Promise<{ id: number; name: string } | null> {
    if (accountId === undefined) {
      const [first] = await this.rows.openBillingAccountsOf(customerId);
      const visible = first && (await this.rows.findById('billing', first.id, scopeOf(actor)));
      return visible ? { id: first.id, name: first.name } : null;
    }
    const record = await this.rows.findById('billing', accountId, scopeOf(actor));
    const account = record?.account;
    return account && account.partyId === customerId && account.state !== 'closed' ? { id: account.id, name: account.name } : null;
  }

  /**
   * Opens an active billing account for the party (a customer) in the current transaction, or in
   * its own when there is none, and records its BillingAccountCreateEvent and audit entry. The
   * party must be in the actor's scope (422 otherwise). Each call opens a new account.
   * `baseUrl` builds the hrefs of the event snapshot: PUBLIC_URL unless given, else relative.
   * `opening` is what the account starts owing (demo data: until billing moves balances) and its
   * payment status. The account charges the party's default card, if it has one.
   */
  async openDefault(
    partyId: number,
    name: string,
    actor: Principal,
    baseUrl = this.config.publicUrl ?? '',
    opening?: OpeningBalance,
  ): Promise<{ id: number }> {
    return { id: await this.accounts.openBillingAccount(partyId, name, actor, baseUrl, opening) };
  }
}
