import { clientFilterOf, type ComposeDraft } from './compose-draft';

/** The most recipients one send takes (the API's limit): a larger audience is split. */
export const MAX_RECIPIENTS = 100_000;

/** Where the live count of recipients comes from: known on the page, or asked of the server. */
export type CountSource =
  | { kind: 'known'; count: number }
  | { kind: 'clients'; filter: Record<string, string> }
  | { kind: 'group'; groupId: number }
  | { kind: 'none' };

export function countSourceOf(draft: Pick<ComposeDraft, 'recipientMode' | 'clients' | 'filter' | 'groupId'>): CountSource {
  switch (draft.recipientMode) {
    case 'clients':
      return { kind: 'known', count: draft.clients.length };
    case 'filter':
      return { kind: 'clients', filter: clientFilterOf(draft.filter) };
    case 'group':
      return draft.groupId === '' ? { kind: 'none' } : { kind: 'group', groupId: draft.groupId };
  }
}

/** The count in words, with what it means for the send. */
export function countText(count: number): { text: string; tooMany: boolean } {
  const clients = `${count.toLocaleString('en')} recipient${count === 1 ? '' : 's'}`;
  if (count === 0) return { text: 'No client: nothing would be sent', tooMany: false };
  if (count > MAX_RECIPIENTS)
    return { text: `${clients}: more than one send takes (${MAX_RECIPIENTS.toLocaleString('en')}); narrow the filter`, tooMany: true };
  return { text: `${clients}, each checked before sending`, tooMany: false };
}
