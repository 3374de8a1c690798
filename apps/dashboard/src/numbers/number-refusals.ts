import { ApiErrorWithBody } from '../api/json-request';
import { NUMBER_STATE_LABELS, NUMBER_STATES, type NumberState } from './counts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const K = 'contactly.numbers';

/** The number's state a NUMBER_NOT_AVAILABLE names: its body's `status` is the HTTP status, so the state is read from the message (`MSISDN … is portedOut: …`). */
const stateIn = (message: string): NumberState | undefined => NUMBER_STATES.find((state) => new RegExp(`\\bis ${state}\\b`).test(message));

/**
 * A failed number call in the reader's words: a number taken already (409 `NUMBER_NOT_AVAILABLE`,
 * naming the number and its state) says where it stands in their language; anything else is the
 * server's message.
 */
export function numberRefusalText(error: unknown, translate: Translate): string {
  if (error instanceof ApiErrorWithBody && error.code === 'NUMBER_NOT_AVAILABLE') {
    const { value } = error.body;
    const state = stateIn(error.message);
    if (typeof value === 'string' && state)
      return translate(`${K}.refused.not_available`, {
        _: '%{number} is %{state} and cannot be used for this.',
        number: value,
        state: translate(`${K}.states_inline.${state}`, { _: NUMBER_STATE_LABELS[state].toLowerCase() }),
      });
  }
  return error instanceof Error ? error.message : String(error);
}
