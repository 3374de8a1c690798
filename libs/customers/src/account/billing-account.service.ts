import { Injectable } from '@nestjs/common';
import { AppConfig, type Principal } from '@contactly/platform';
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
  ) {}

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
