import { formatDateTime } from '../../i18n/format';
import { describe, expect, it } from 'vitest';
import type { AvailabilityCheck } from '../sending/sending-types';
import { channelVerdict } from './channel-verdict';

const check = (change: Partial<AvailabilityCheck>): AvailabilityCheck => ({
  clientId: 2,
  sendChannelTypeId: 1,
  communicationTypeId: null,
  departmentId: null,
  at: '2026-06-02T19:30:00.000Z',
  available: true,
  reasons: [],
  nextAllowedTime: null,
  ...change,
});
const at = (iso: string) => formatDateTime(iso, 'en');

describe('channelVerdict', () => {
  it('says yes when nothing stands in the way', () => {
    expect(channelVerdict(check({}), 'SMS')).toEqual({
      answer: 'yes',
      headline: `Yes: SMS reaches this client at ${at('2026-06-02T19:30:00.000Z')}.`,
      reasons: [],
    });
  });

  it('says when it could go instead when only quiet hours stand in the way', () => {
    const verdict = channelVerdict(
      check({
        available: false,
        reasons: [{ code: 'QUIET_HOURS', message: 'Moved from … to …: quiet hours 21:00–09:00' }],
        nextAllowedTime: '2026-06-03T06:00:00.000Z',
      }),
      'SMS',
    );
    expect(verdict.answer).toBe('later');
    expect(verdict.headline).toBe(
      `Not at ${at('2026-06-02T19:30:00.000Z')}: quiet hours. A send then would go at ${at('2026-06-03T06:00:00.000Z')}.`,
    );
  });

  it('says no with every reason in words and the server’s particulars', () => {
    const verdict = channelVerdict(
      check({
        available: false,
        reasons: [
          { code: 'CHANNEL_BLOCKED', message: 'SMS is blocked for client 2 permanently: просил не писать' },
          { code: 'QUIET_HOURS', message: 'Moved …' },
        ],
        nextAllowedTime: '2026-06-03T06:00:00.000Z',
      }),
      'SMS',
    );
    expect(verdict.answer).toBe('no');
    expect(verdict.reasons[0]).toEqual({
      code: 'CHANNEL_BLOCKED',
      title: 'The channel is blocked for the client',
      message: 'SMS is blocked for client 2 permanently: просил не писать',
    });
  });
});
