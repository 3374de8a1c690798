import { conflict } from '../http/errors/domain-error.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** How a list of states reads in a message: `a, b or c`. */
const either = (states: readonly string[]) =>
  states.length < 2 ? states.join('') : `${states.slice(0, -1).join(', ')} or ${states[states.length - 1]}`;

/**
 * The one error of every process for a move its table does not allow (409), naming where the record
 * is, where it was asked to go and where it may go from there, in the message and as fields.
 */
export function invalidStateTransition(move: {
  process: string;
  resource: string;
  resourceId?: string | number;
  from: string;
  to: string;
  allowed: readonly string[];
}) {
  const subject = move.resourceId === undefined ? `The ${move.process}` : `${move.resource} ${move.resourceId}`;
  const next = move.allowed.length ? `from ${move.from} it can become ${either(move.allowed)}` : `${move.from} is final`;
  return conflict(PLATFORM_ERRORS.INVALID_STATE_TRANSITION, `${subject} is ${move.from}: it cannot become ${move.to} (${next})`, {
    process: move.process,
    ...(move.resourceId === undefined ? {} : { resourceId: String(move.resourceId) }),
    from: move.from,
    to: move.to,
    allowed: [...move.allowed],
    // Where the record is, under its resource's name too (`communicationStatus`): the field the communications API
    // answered with before its statuses became a declared process, and front systems read it.
    [`${move.resource.charAt(0).toLowerCase()}${move.resource.slice(1)}Status`]: move.from,
  });
}
