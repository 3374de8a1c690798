import type { OverviewChannel, OverviewMoney, OverviewReach } from './overview-api';

/** An amount in its currency for the locale ("€62.50", "62,50 €"); the raw unit when Intl does not know it. */
export function formatMoney(money: OverviewMoney, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.unit }).format(money.value);
  } catch {
    return `${money.value} ${money.unit}`;
  }
}

/** What the balances say as a whole: something owed, in credit, settled, or no billing account at all. */
export type OwedState = 'owes' | 'credit' | 'settled' | 'none';

export function owedState(owed: readonly OverviewMoney[]): OwedState {
  if (!owed.length) return 'none';
  if (owed.some((m) => m.value > 0)) return 'owes';
  if (owed.some((m) => m.value < 0)) return 'credit';
  return 'settled';
}

/** How far a channel reaches the customer now: everything, service messages only, or nothing. */
export type ChannelVerdict = 'all' | 'service-only' | 'none';

export function channelVerdict(channel: Pick<OverviewChannel, 'marketing' | 'service'>): ChannelVerdict {
  if (channel.marketing.reachable && channel.service.reachable) return 'all';
  return channel.service.reachable ? 'service-only' : 'none';
}

/** The reason to show for a channel: the first one that stops what does not reach (service first: it matters most). */
export function blockingReason(channel: Pick<OverviewChannel, 'marketing' | 'service'>): OverviewReach['reasons'][number] | null {
  return (
    (!channel.service.reachable ? channel.service.reasons[0] : undefined) ??
    (!channel.marketing.reachable ? channel.marketing.reasons[0] : undefined) ??
    null
  );
}

/** Counts of channels by verdict, for the summary line ("Email and SMS: service only"). */
export function reachSummary(channels: readonly OverviewChannel[]): Record<ChannelVerdict, string[]> {
  const summary: Record<ChannelVerdict, string[]> = { all: [], 'service-only': [], none: [] };
  for (const channel of channels) summary[channelVerdict(channel)].push(channel.name);
  return summary;
}
