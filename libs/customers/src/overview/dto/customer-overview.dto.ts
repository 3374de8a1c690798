import { ApiProperty } from '@nestjs/swagger';
import { TmfMoneyView } from '@contactly/platform';
import { CUSTOMER_STATUSES, type CustomerStatus } from '../../party/party.entity.js';

/** The customer's lifecycle status, with the reason an agent gave (e.g. suspended for "Payment overdue"). */
export class OverviewStatusView {
  @ApiProperty({ enum: CUSTOMER_STATUSES, example: 'suspended' }) status: CustomerStatus;
  @ApiProperty({ nullable: true, type: String, example: 'Payment overdue' }) reason: string | null;
}

export class OverviewPaymentMethodRefView {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'Visa •••• 4242' }) name: string;
}

/** One billing account as the overview sums it. */
export class OverviewAccountView {
  @ApiProperty({ example: '31' }) id: string;
  @ApiProperty({ example: 'Maria Ivanova — main account' }) name: string;
  @ApiProperty({ example: 'active' }) state: string;
  @ApiProperty({ type: TmfMoneyView, description: 'What the customer owes on it (negative: in credit)' }) balance: TmfMoneyView;
  @ApiProperty({ nullable: true, type: String, example: 'overdue' }) paymentStatus: string | null;
  @ApiProperty({ nullable: true, type: OverviewPaymentMethodRefView }) defaultPaymentMethod: OverviewPaymentMethodRefView | null;
}

/** What the customer owes: the receivable balances of their billing accounts (not closed ones), per currency. */
export class OverviewBalanceView {
  @ApiProperty({ type: [TmfMoneyView], description: 'One sum per currency; empty without billing accounts' }) owed: TmfMoneyView[];
  @ApiProperty({ description: 'Whether an account is overdue (its payment status says so)' }) overdue: boolean;
  @ApiProperty({ type: [OverviewAccountView] }) accounts: OverviewAccountView[];
}

/** The card the customer marked default (TMF670 isPreferred), which their billing accounts charge. */
export class OverviewPaymentMethodView {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'Visa •••• 4242' }) name: string;
  @ApiProperty({ example: 'visa' }) brand: string;
  @ApiProperty({ example: '4242' }) lastFourDigits: string;
  @ApiProperty({ example: '2028-12-31T23:59:59.999Z', description: 'The end of the card’s last valid month' }) expirationDate: string;
}

export class OverviewCaseView {
  @ApiProperty({ example: 812 }) id: number;
  @ApiProperty({ example: 'No signal after porting' }) title: string;
  @ApiProperty({ nullable: true, type: Number, example: 44 }) aggregatedCaseId: number | null;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) updatedAt: string;
}

/** The support hub's CRM cases that name one of the customer's email addresses. */
export class OverviewCasesView {
  @ApiProperty({ example: 2 }) open: number;
  @ApiProperty({ example: 5 }) total: number;
  @ApiProperty({ nullable: true, type: OverviewCaseView, description: 'The most recently updated open case' })
  latestOpen: OverviewCaseView | null;
}

export class OverviewReasonView {
  @ApiProperty({ example: 'CUSTOMER_NOT_ACTIVE' }) code: string;
  @ApiProperty({ example: 'Customer 17 is suspended (Payment overdue): only service communications reach a suspended or closed customer' })
  message: string;
}

export class OverviewReachView {
  @ApiProperty() reachable: boolean;
  @ApiProperty({ type: [OverviewReasonView], description: 'Every reason it is not (the checks a send applies)' })
  reasons: OverviewReasonView[];
}

/** Whether a communication on one channel would reach the customer now: a marketing one and a service one. */
export class OverviewChannelView {
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ example: 'SMS' }) name: string;
  @ApiProperty({ example: 'sms' }) kind: string;
  @ApiProperty({ type: OverviewReachView }) marketing: OverviewReachView;
  @ApiProperty({ type: OverviewReachView }) service: OverviewReachView;
}

/** The last communication that went out to the customer. */
export class OverviewContactView {
  @ApiProperty({ example: 5120 }) communicationId: number;
  @ApiProperty({ example: 'Весенняя акция' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: 'Массовая коммуникация' }) typeName: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'marketing' }) purpose: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SMS' }) channelName: string | null;
  @ApiProperty({ example: 'delivered' }) status: string;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) at: string;
}

export class OverviewCommunicationsView {
  @ApiProperty({ nullable: true, type: OverviewContactView }) lastContact: OverviewContactView | null;
  @ApiProperty({ type: [OverviewChannelView] }) channels: OverviewChannelView[];
}

export class OverviewSubscriptionView {
  @ApiProperty({ example: '31' }) id: string;
  @ApiProperty({ example: 'Mobile M' }) name: string;
  @ApiProperty({ example: 'active', description: 'TMF637 product status' }) status: string;
  @ApiProperty({ example: true }) autoRenew: boolean;
  @ApiProperty({ example: '2026-12-15T09:00:00.000Z', description: 'When the current period ends' }) currentPeriodEnd: string;
  @ApiProperty({ nullable: true, type: String, description: 'When it ended, or will end (a cancellation is scheduled)' })
  terminationDate: string | null;
}

/** The inventory's subscriptions (TMF637 products) of the customer, newest first. */
export class OverviewSubscriptionsView {
  @ApiProperty({ example: 2, description: 'Subscriptions not ended (active, suspended, pending…)' }) live: number;
  @ApiProperty({ example: 3 }) total: number;
  @ApiProperty({ type: [OverviewSubscriptionView], description: 'The newest ten' }) latest: OverviewSubscriptionView[];
}

/**
 * The customer 360 page's first card: one read of what the services decide, so the page cannot
 * contradict itself. A section is null when the caller may not see it (no permission for its module).
 */
export class CustomerOverviewView {
  @ApiProperty({ example: '17' }) customerId: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ type: OverviewStatusView }) status: OverviewStatusView;
  @ApiProperty({ type: OverviewBalanceView }) balance: OverviewBalanceView;
  @ApiProperty({ nullable: true, type: OverviewPaymentMethodView }) defaultPaymentMethod: OverviewPaymentMethodView | null;
  @ApiProperty({ nullable: true, type: OverviewCasesView, description: 'Null without support-hub:read' })
  supportCases: OverviewCasesView | null;
  @ApiProperty({ nullable: true, type: OverviewCommunicationsView, description: 'Null without communications:read' })
  communications: OverviewCommunicationsView | null;
  @ApiProperty({ nullable: true, type: OverviewSubscriptionsView, description: 'Null without subscriptions:read' })
  subscriptions: OverviewSubscriptionsView | null;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z', description: 'When it was read' }) at: string;
}
