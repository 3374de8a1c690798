import { Injectable } from '@nestjs/common';
import { Clock, fromMinorUnits, type Money, type Principal } from '@contactly/platform';
import type { Account } from '../account/account.entity.js';
import { AccountRepository } from '../account/account.repository.js';
import { CustomerService } from '../customer/customer.service.js';
import { toPaymentMethodView } from '../payment-method/payment-method.mapper.js';
import { PaymentMethodRepository } from '../payment-method/payment-method.repository.js';
import { CustomerOverviewSections } from './customer-overview.port.js';
import type { CustomerOverviewView, OverviewBalanceView } from './dto/customer-overview.dto.js';

/** Payment statuses that mean the customer is late (free text in TMF666; these are the words used here). */
const OVERDUE_STATUSES = new Set(['overdue', 'in arrears']);

/**
 * One read of a customer for the top of the 360 page, composed from the services that decide:
 * status and its reason (customers), what is owed (the billing accounts' balances), the card marked
 * default (which the accounts charge), and — through the overview port — open support cases and
 * the last contact and reachability by channel, each by its own lib's rules.
 */
@Injectable()
export class CustomerOverviewService {
  constructor(
    private readonly customers: CustomerService,
    private readonly accounts: AccountRepository,
    private readonly methods: PaymentMethodRepository,
    private readonly sections: CustomerOverviewSections,
    private readonly clock: Clock,
  ) {}

  async read(id: number, principal: Principal, baseUrl: string): Promise<CustomerOverviewView> {
    // Out of the caller's scope: 404, as every read of a customer.
    const { party, media } = await this.customers.load(id, principal);
    const emails = [
      ...new Set(media.filter((m) => m.mediumType === 'email' && m.emailAddress).map((m) => m.emailAddress!.trim().toLowerCase())),
    ];
    const subject = { customerId: party.id, emails, principal };
    const accounts = await this.accounts.openBillingAccountsOf(party.id);
    const preferred = await this.methods.preferredOf(party.id);
    const card = preferred && toPaymentMethodView(preferred, [], baseUrl);
    return {
      customerId: String(party.id),
      name: party.customerName ?? party.fullName,
      status: { status: party.customerStatus ?? 'pending', reason: party.customerStatusReason },
      balance: balanceOf(accounts),
      defaultPaymentMethod: card && {
        id: card.id,
        name: card.name,
        brand: card.details.brand,
        lastFourDigits: card.details.lastFourDigits,
        expirationDate: card.details.expirationDate,
      },
      supportCases: await this.sections.read('supportCases', subject),
      communications: await this.sections.read('communications', subject),
      subscriptions: await this.sections.read('subscriptions', subject),
      at: this.clock.now().toISOString(),
    };
  }
}

/** The accounts' receivable balances summed per currency (in minor units, so no rounding drifts). */
export function balanceOf(accounts: Account[]): OverviewBalanceView {
  const minorByCurrency = new Map<string, number>();
  for (const account of accounts)
    minorByCurrency.set(account.currency, (minorByCurrency.get(account.currency) ?? 0) + account.balanceMinor);
  const owed: Money[] = [...minorByCurrency].map(([currency, minor]) => fromMinorUnits(minor, currency));
  return {
    owed,
    overdue: accounts.some((a) => a.paymentStatus !== null && OVERDUE_STATUSES.has(a.paymentStatus.toLowerCase())),
    accounts: accounts.map((account) => ({
      id: String(account.id),
      name: account.name,
      state: account.state,
      balance: fromMinorUnits(account.balanceMinor, account.currency),
      paymentStatus: account.paymentStatus,
      defaultPaymentMethod: account.defaultPaymentMethod
        ? { id: String(account.defaultPaymentMethod.id), name: account.defaultPaymentMethod.name }
        : null,
    })),
  };
}
