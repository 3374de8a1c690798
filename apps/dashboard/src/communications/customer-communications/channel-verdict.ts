import { reasonTitle } from '../sending/communication-status';
import type { AvailabilityCheck } from '../sending/sending-types';

export interface ChannelVerdict {
  /** yes: it can go then; later: only quiet hours stand in the way; no: something else does. */
  answer: 'yes' | 'later' | 'no';
  headline: string;
  reasons: { code: string; title: string; message: string }[];
}

/** The availability check's answer for a person: yes or no, why, and when it could go instead. */
export function channelVerdict(check: AvailabilityCheck, channelName: string): ChannelVerdict {
  const at = new Date(check.at).toLocaleString();
  const reasons = check.reasons.map((reason) => ({ code: reason.code, title: reasonTitle(reason.code), message: reason.message }));
  if (check.available) return { answer: 'yes', headline: `Yes: ${channelName} reaches this client at ${at}.`, reasons };
  const onlyQuietHours = check.nextAllowedTime !== null && check.reasons.every((reason) => reason.code === 'QUIET_HOURS');
  if (onlyQuietHours) {
    return {
      answer: 'later',
      headline: `Not at ${at}: quiet hours. A send then would go at ${new Date(check.nextAllowedTime as string).toLocaleString()}.`,
      reasons,
    };
  }
  return { answer: 'no', headline: `No: ${channelName} does not reach this client at ${at}.`, reasons };
}
