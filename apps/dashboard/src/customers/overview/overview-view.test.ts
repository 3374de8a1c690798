import { describe, expect, it } from 'vitest';
import type { OverviewReach } from './overview-api';
import { blockingReason, channelVerdict, formatMoney, owedState, reachSummary } from './overview-view';

const yes: OverviewReach = { reachable: true, reasons: [] };
const no = (code: string): OverviewReach => ({ reachable: false, reasons: [{ code, message: `${code} message` }] });
const channel = (name: string, marketing: OverviewReach, service: OverviewReach) => ({
  sendChannelTypeId: 1,
  name,
  kind: 'sms',
  marketing,
  service,
});

describe('the overview’s figures', () => {
  it('formats money for the locale, or with its raw unit', () => {
    expect(formatMoney({ unit: 'EUR', value: 62.5 }, 'en-GB')).toBe('€62.50');
    expect(formatMoney({ unit: 'EUR', value: 62.5 }, 'ru-RU')).toBe('62,50\u00a0€');
    expect(formatMoney({ unit: 'points!', value: 3 }, 'en-GB')).toBe('3 points!');
  });

  it('tells owing from credit, settled and no account', () => {
    expect(owedState([{ unit: 'EUR', value: 72.5 }])).toBe('owes');
    expect(owedState([{ unit: 'EUR', value: -5 }])).toBe('credit');
    expect(owedState([{ unit: 'EUR', value: 0 }])).toBe('settled');
    expect(owedState([])).toBe('none');
  });

  it('judges a channel by both purposes, and names the reason that stops it', () => {
    expect(channelVerdict(channel('Email', yes, yes))).toBe('all');
    expect(channelVerdict(channel('SMS', no('CUSTOMER_NOT_ACTIVE'), yes))).toBe('service-only');
    expect(channelVerdict(channel('Push', no('NO_ADDRESS'), no('NO_ADDRESS')))).toBe('none');
    expect(blockingReason(channel('SMS', no('CUSTOMER_NOT_ACTIVE'), yes))?.code).toBe('CUSTOMER_NOT_ACTIVE');
    expect(blockingReason(channel('Push', no('CUSTOMER_NOT_ACTIVE'), no('NO_ADDRESS')))?.code).toBe('NO_ADDRESS');
    expect(blockingReason(channel('Email', yes, yes))).toBeNull();
  });

  it('sums up channels by verdict', () => {
    expect(
      reachSummary([
        channel('Email', no('CUSTOMER_NOT_ACTIVE'), yes),
        channel('SMS', no('CUSTOMER_NOT_ACTIVE'), yes),
        channel('Push', no('NO_ADDRESS'), no('NO_ADDRESS')),
      ]),
    ).toEqual({ all: [], 'service-only': ['Email', 'SMS'], none: ['Push'] });
  });
});
