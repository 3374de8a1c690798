import { BooleanField, EnumField, TextField } from '@contactly/platform';

export const CANCELLATION_REASONS = ['too_expensive', 'missing_features', 'switched_service', 'unused', 'moving', 'other'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];
export const CANCELLATION_TIMES = ['now', 'periodEnd'] as const;
export type CancellationTime = (typeof CANCELLATION_TIMES)[number];

export class CancelSubscriptionDto {
  @EnumField(CANCELLATION_TIMES, {
    example: 'periodEnd',
    description: '`now` terminates at once; `periodEnd` at the end of the current period',
  })
  when: CancellationTime;
  @EnumField(CANCELLATION_REASONS, { example: 'too_expensive' }) reason: CancellationReason;
  @TextField({ max: 1000, optional: true, description: 'Required when the reason is `other`' }) comment?: string;
}

export class SubscriptionSettingsDto {
  @BooleanField({ description: 'Whether it renews itself at period end' }) autoRenew: boolean;
}

export class SuspendSubscriptionDto {
  @TextField({ max: 500, optional: true, example: 'Unpaid invoice' }) reason?: string;
}
