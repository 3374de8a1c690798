import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type Principal } from '@contactly/platform';
import { ACCOUNT_APIS } from './account-kinds.js';
import { toAccountView } from './account.mapper.js';
import { AccountRepository } from './account.repository.js';
import type { Account } from './account.entity.js';

/**
 * Keeps accounts' defaultPaymentMethod (TMF666) in step with the owner's payment methods (TMF670):
 * a removed card is charged by no account, and the card marked default is what the owner's billing
 * accounts charge — unless an account was set to another card on purpose. Runs in the payment
 * method's transaction; each account changed records its own event and audit entry.
 */
@Injectable()
export class AccountDefaultPayment {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  /** A payment method is going away: the accounts that charged it by default no longer do. */
  async detach(paymentMethodId: number, actor: Principal, baseUrl: string): Promise<void> {
    this.db.assertInTransaction('AccountDefaultPayment.detach');
    await this.repoint(await this.accounts.findByDefaultPaymentMethod([paymentMethodId], true), null, actor, baseUrl);
  }

  /**
   * The party's preferred payment method became `methodId` (it was `previousId`): its open billing
   * accounts that charged the previous one, or none, now charge the new one.
   */
  async followPreferred(partyId: number, methodId: number, previousId: number | null, actor: Principal, baseUrl: string): Promise<void> {
    this.db.assertInTransaction('AccountDefaultPayment.followPreferred');
    await this.repoint(await this.accounts.billingAccountsFollowing(partyId, previousId), methodId, actor, baseUrl);
  }

  private async repoint(accounts: Account[], methodId: number | null, actor: Principal, baseUrl: string): Promise<void> {
    for (const account of accounts) {
      if (account.defaultPaymentMethodId === methodId) continue;
      const api = ACCOUNT_APIS[account.kind];
      const record = (await this.accounts.lockedById(account.kind, account.id))!;
      const before = toAccountView(record, baseUrl);
      await this.accounts.update(record, { defaultPaymentMethodId: methodId, updatedAt: this.clock.now() });
      const after = toAccountView((await this.accounts.lockedById(account.kind, account.id))!, baseUrl);
      await this.changes.record({
        resource: api.resource,
        resourceType: api.type,
        resourceId: account.id,
        actor,
        before,
        after,
        stateAttribute: 'state',
      });
    }
  }
}
