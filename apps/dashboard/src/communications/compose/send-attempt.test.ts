import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import type { SendRequest, SentMailing } from '../sending/sending-types';
import { newIdempotencyKey, sendFailureOf, sendIdempotently } from './send-attempt';

const BODY: SendRequest = { name: 'Опрос', communicationTypeId: 4, sendChannelTypeId: 3, documentId: 1, recipients: { clientIds: [2] } };
const MAILING = { mailingId: 12 } as SentMailing;
const inProgress = () => new ApiError('A request with this Idempotency-Key is still being processed', 409, 'IDEMPOTENCY_KEY_IN_PROGRESS');

describe('newIdempotencyKey', () => {
  it('is a fresh key each session, visible ASCII as the API asks', () => {
    expect(newIdempotencyKey(() => 'abc')).toBe('compose-abc');
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[\x21-\x7e]{1,200}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

describe('sendIdempotently', () => {
  it('sends the body with the session’s key', async () => {
    const calls: [SendRequest, string][] = [];
    const mailing = await sendIdempotently(async (body, key) => (calls.push([body, key]), MAILING), BODY, 'compose-1');
    expect(mailing).toBe(MAILING);
    expect(calls).toEqual([[BODY, 'compose-1']]);
  });

  it('waits while the first request of the key (a double click) is handled, then takes its replayed answer', async () => {
    const answers: (SentMailing | ApiError)[] = [inProgress(), inProgress(), MAILING];
    const waits: number[] = [];
    const keys: string[] = [];
    const send = async (_: SendRequest, key: string) => {
      keys.push(key);
      const answer = answers.shift()!;
      if (answer instanceof ApiError) throw answer;
      return answer;
    };
    expect(await sendIdempotently(send, BODY, 'compose-1', async (ms) => void waits.push(ms))).toBe(MAILING);
    expect(keys).toEqual(['compose-1', 'compose-1', 'compose-1']);
    expect(waits).toEqual([250, 500]);
  });

  it('gives up waiting after a while, and passes other failures on at once', async () => {
    const waits: number[] = [];
    await expect(
      sendIdempotently(
        async () => Promise.reject(inProgress()),
        BODY,
        'k',
        async (ms) => void waits.push(ms),
      ),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    expect(waits).toHaveLength(5);
    const refused = new ApiError('No', 403, 'TYPE_CHANNEL_NOT_PERMITTED');
    await expect(
      sendIdempotently(
        async () => Promise.reject(refused),
        BODY,
        'k',
        async () => undefined,
      ),
    ).rejects.toBe(refused);
  });
});

describe('sendFailureOf', () => {
  it('says a role’s 403 in plain words, next to the channel', () => {
    const failure = sendFailureOf(
      new ApiError('Your role (agent) may not send communication type 1 on channel 3', 403, 'TYPE_CHANNEL_NOT_PERMITTED'),
    );
    expect(failure.fields.sendChannelTypeId).toBe(
      'Your role may not send this type on this channel (Your role (agent) may not send communication type 1 on channel 3). Pick another type or channel, or ask an administrator to allow it.',
    );
    expect(failure).toMatchObject({ message: 'Nothing was sent.', retry: false, keyUsed: false });
  });

  it('explains that someone who is no employee cannot send', () => {
    expect(sendFailureOf(new ApiError('maria is no department’s employee', 403, 'NOT_AN_EMPLOYEE')).message).toMatch(
      /^You are no department’s employee/,
    );
    expect(sendFailureOf(new ApiError('Forbidden', 403, 'FORBIDDEN')).message).toBe('You may not send this: Forbidden. Nothing was sent.');
  });

  it('lets the sender retry safely when the server could not be reached or failed', () => {
    expect(sendFailureOf(new ApiError('The server cannot be reached', 0))).toMatchObject({
      retry: true,
      message: expect.stringMatching(/not a second send/),
    });
    expect(sendFailureOf(new ApiError('Internal', 500)).retry).toBe(true);
  });

  it('warns when the key already went out with other content', () => {
    expect(sendFailureOf(new ApiError('reused', 422, 'IDEMPOTENCY_KEY_REUSED'))).toMatchObject({ keyUsed: true, retry: false });
  });

  it('puts validation problems next to their inputs', () => {
    const error = new ApiError('bad', 400, 'VALIDATION_FAILED', undefined, [
      { field: 'schedule.perClient[0].at', message: 'must be within a year from now' },
      { field: 'variables.promo code', message: 'is not a variable name (letters, digits, _ and dots)' },
    ]);
    expect(sendFailureOf(error)).toMatchObject({
      message: 'Nothing was sent: fix what is marked.',
      fields: {
        // In words, never the API path.
        schedule: 'At (item 1): must be within a year from now',
        variables: 'Promo code: is not a variable name (letters, digits, _ and dots)',
      },
    });
    expect(sendFailureOf(new ApiError('Odd', 422, 'SOMETHING')).message).toBe('Nothing was sent: Odd');
  });
});
