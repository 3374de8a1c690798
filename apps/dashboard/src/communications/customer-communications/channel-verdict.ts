import { reasonTitle } from '../sending/communication-status';
import type { AvailabilityCheck } from '../sending/sending-types';
import { formatDateTime } from '../../i18n/format';
import { translateNow as t } from '../../i18n/i18n-provider';
import { currentLocale } from '../../i18n/locale-memory';

export interface ChannelVerdict {
  /** yes: it can go then; later: only quiet hours stand in the way; no: something else does. */
  answer: 'yes' | 'later' | 'no';
  headline: string;
  reasons: { code: string; title: string; message: string }[];
}

/** The availability check's answer for a person: yes or no, why, and when it could go instead. */
export function channelVerdict(check: AvailabilityCheck, channelName: string): ChannelVerdict {
  const at = formatDateTime(check.at, currentLocale());
  const reasons = check.reasons.map((reason) => ({ code: reason.code, title: reasonTitle(reason.code), message: reason.message }));
  if (check.available)
    return { answer: 'yes', headline: t('Yes: %{channel} reaches this client at %{at}.', { channel: channelName, at }), reasons };
  const onlyQuietHours = check.nextAllowedTime !== null && check.reasons.every((reason) => reason.code === 'QUIET_HOURS');
  if (onlyQuietHours) {
    return {
      answer: 'later',
      headline: t('Not at %{at}: quiet hours. A send then would go at %{next}.', {
        at,
        next: formatDateTime(check.nextAllowedTime, currentLocale()),
      }),
      reasons,
    };
  }
  return { answer: 'no', headline: t('No: %{channel} does not reach this client at %{at}.', { channel: channelName, at }), reasons };
}
