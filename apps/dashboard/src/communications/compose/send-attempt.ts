import { ApiError } from '../../api/api-error';
import type { SendRequest, SentMailing } from '../sending/sending-types';
import { type DraftField, draftFieldOf, type DraftProblems } from './compose-draft';
import { describeFieldProblem } from '../../api/field-errors';

/**
 * One key per compose session: every press of Send (a double click, a retry after a lost answer)
 * carries it, so the server sends once and replays its first answer to the others.
 */
export const newIdempotencyKey = (random: () => string = () => crypto.randomUUID()): string => `compose-${random()}`;

const IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS';
/** How long to wait for the first request of the key to finish when a second one meets it (a double click). */
const IN_PROGRESS_WAITS_MS = [250, 500, 1000, 2000, 4000];

/**
 * Sends with the session's key. When another request with the key is still being handled (409),
 * waits for it and asks again, which then replays its answer: the sender sees one mailing, never two.
 */
export async function sendIdempotently(
  send: (body: SendRequest, key: string) => Promise<SentMailing>,
  body: SendRequest,
  key: string,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<SentMailing> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send(body, key);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === IN_PROGRESS) || attempt >= IN_PROGRESS_WAITS_MS.length) throw error;
      await wait(IN_PROGRESS_WAITS_MS[attempt]);
    }
  }
}

/** A failed send as the sender reads it. */
export interface SendFailure {
  message: string;
  /** Problems to show next to the inputs they are about. */
  fields: DraftProblems;
  /** Pressing Send again as it is is safe and may succeed (nothing was refused on its merits). */
  retry: boolean;
  /** The key already went out with other content: a new send needs a new key (and a look at the mailings first). */
  keyUsed: boolean;
}

const SAFE_AGAIN = 'Sending again is safe: if the first attempt went through, you get its mailing, not a second send.';

/** Refusals about one input, in the sender's words. */
const FIELD_REFUSALS: Record<string, { field: DraftField; text: (message: string) => string }> = {
  TYPE_CHANNEL_NOT_PERMITTED: {
    field: 'sendChannelTypeId',
    text: (m) =>
      `Your role may not send this type on this channel (${m}). Pick another type or channel, or ask an administrator to allow it.`,
  },
  FOREIGN_DEPARTMENT: { field: 'departmentId', text: (m) => `You send for your own department only (${m}).` },
  DEPARTMENT_REQUIRED: { field: 'departmentId', text: () => 'You are no department’s employee: choose the department you send for.' },
  DEPARTMENT_NOT_FOUND: { field: 'departmentId', text: () => 'That department no longer exists: choose another.' },
  SEND_CHANNEL_DISABLED: { field: 'sendChannelTypeId', text: (m) => m },
  DOCUMENT_NOT_FOUND: { field: 'documentId', text: () => 'That document no longer exists: choose another.' },
  SCHEDULE_IN_PAST: { field: 'schedule', text: () => 'The time has passed while you were composing: choose a later one, or send now.' },
  NO_RECIPIENTS: { field: 'recipients', text: () => 'These recipients name no client: nothing was sent.' },
  TOO_MANY_RECIPIENTS: { field: 'recipients', text: (m) => m },
  CLIENT_NOT_FOUND: { field: 'recipients', text: (m) => m },
  CLIENT_GROUP_NOT_FOUND: { field: 'recipients', text: () => 'That group no longer exists: choose another.' },
};

/** A server message as the middle of a sentence (without its own full stop). */
const sentence = (message: string) => message.replace(/\.$/, '');

export function sendFailureOf(error: unknown): SendFailure {
  const none = { fields: {}, retry: false, keyUsed: false };
  if (!(error instanceof ApiError)) return { ...none, message: error instanceof Error ? error.message : String(error) };
  if (error.status === 0 || error.status >= 500) return { ...none, retry: true, message: `${error.message}. ${SAFE_AGAIN}` };
  if (error.code === IN_PROGRESS) return { ...none, retry: true, message: `The send is still being processed. ${SAFE_AGAIN}` };
  if (error.code === 'IDEMPOTENCY_KEY_REUSED') {
    return {
      ...none,
      keyUsed: true,
      message:
        'This page already sent a communication with other content, and its answer did not arrive. Look at the mailings before sending again; start a new send to send this one.',
    };
  }
  const refusal = error.code ? FIELD_REFUSALS[error.code] : undefined;
  if (refusal) return { ...none, message: 'Nothing was sent.', fields: { [refusal.field]: refusal.text(error.message) } };
  if (error.status === 403) {
    const message =
      error.code === 'NOT_AN_EMPLOYEE'
        ? 'You are no department’s employee, and only employees (or administrators of communications) send communications'
        : `You may not send this: ${sentence(error.message)}`;
    return { ...none, message: `${message}. Nothing was sent.` };
  }
  const fields: DraftProblems = {};
  for (const { field, message } of error.details) {
    const at = draftFieldOf(field);
    // In words at the field it belongs to, never the API path ("Schedule (item 1): must be …").
    const text = describeFieldProblem({ field, message });
    if (at) fields[at] = fields[at] ? `${fields[at]}; ${text}` : text;
  }
  return {
    ...none,
    fields,
    message: Object.keys(fields).length ? 'Nothing was sent: fix what is marked.' : `Nothing was sent: ${error.message}`,
  };
}
