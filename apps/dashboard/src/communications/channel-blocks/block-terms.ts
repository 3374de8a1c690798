import type { ChannelBlock } from '../api-types';
import { instantOfLocal, isFuture } from '../local-date-time';
import { translateNow as t } from '../../i18n/i18n-provider';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/locale-memory';

/** How long a block lasts, in words: "Permanently", "Until 31/12/2030, 10:00", "Ended 02/01/2026, 09:00". */
export function blockTerm(block: Pick<ChannelBlock, 'until' | 'permanent' | 'active'>): string {
  if (block.permanent || !block.until) return t('Permanently');
  const when = formatDateTime(block.until, currentLocale());
  return block.active ? t('Until %{when}', { when }) : t('Ended %{when}', { when });
}

export type BlockDuration = 'temporary' | 'permanent';

/** The block-channel form as typed. */
export interface BlockInput {
  sendChannelTypeId: number | '';
  duration: BlockDuration;
  /** The end of a temporary block, as the local date-time input holds it. */
  untilLocal: string;
  reason: string;
}

export type BlockRequest = { clientId: number; sendChannelTypeId: number; until: string | null; reason: string };

/**
 * The POST /api/v1/channel_blocks body for a client, or what to fix first (by field). The server
 * checks the same and has the last word; checking here saves a round trip for the obvious.
 */
export function blockRequestOf(
  clientId: number,
  input: BlockInput,
  now: Date,
): { request: BlockRequest } | { problems: Partial<Record<keyof BlockInput, string>> } {
  const problems: Partial<Record<keyof BlockInput, string>> = {};
  if (input.sendChannelTypeId === '') problems.sendChannelTypeId = t('Choose the channel to block');
  const until = input.duration === 'permanent' ? null : instantOfLocal(input.untilLocal);
  if (input.duration === 'temporary') {
    if (!until) problems.untilLocal = t('Enter the date and time the block ends');
    else if (!isFuture(until, now)) problems.untilLocal = 'must be in the future';
  }
  const reason = input.reason.trim();
  if (!reason) problems.reason = t('Say why (the client asked, a complaint…)');
  if (Object.keys(problems).length || input.sendChannelTypeId === '') return { problems };
  return { request: { clientId, sendChannelTypeId: input.sendChannelTypeId, until, reason } };
}
