import { toApiError } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type MailboxMessage = components['schemas']['MailboxMessageDto'];

/** One page of the dev mailbox, newest first. */
export async function readDevMailbox(
  { recipient, offset, limit }: { recipient?: string; offset: number; limit: number },
  signal?: AbortSignal,
): Promise<{ items: MailboxMessage[]; total: number }> {
  const { data, error, response } = await api.GET('/api/v1/dev/mailbox', {
    params: { query: { sort: '-createdAt,-id', offset, limit, ...(recipient ? { recipient } : {}) } },
    signal,
  });
  if (!response.ok) throw toApiError(response, error);
  const items = data ?? [];
  return { items, total: Number(response.headers.get('X-Total-Count') ?? items.length) };
}
