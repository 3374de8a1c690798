import { conflict, DomainError, notFound, unprocessable } from '@contactly/platform';
import type { PendingRegistration } from './pending-registration.entity.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/**
 * The answers a registration gives once it cannot go on. A void or expired registration is 422
 * (the request is well-formed but can never succeed; start a new registration); 409 is kept for
 * "already done".
 */
export const registrationErrors = {
  notFound: (id: string) => notFound(CUSTOMERS_ERRORS.REGISTRATION_NOT_FOUND, `Registration ${id} does not exist`),
  alreadyVerified: () =>
    conflict(CUSTOMERS_ERRORS.REGISTRATION_ALREADY_VERIFIED, 'This registration is already verified; sign in with its email and password'),
  void: () => unprocessable(CUSTOMERS_ERRORS.REGISTRATION_VOID, 'Too many wrong codes: this registration is void. Register again.'),
  expired: () => unprocessable(CUSTOMERS_ERRORS.REGISTRATION_EXPIRED, 'This registration has expired. Register again.'),
  codeExpired: () => unprocessable(CUSTOMERS_ERRORS.CODE_EXPIRED, 'The code has expired; ask for a new one'),
  wrongCode: (attemptsLeft: number) =>
    new DomainError(
      'Unprocessable',
      CUSTOMERS_ERRORS.INVALID_CODE,
      `The code is wrong; ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left`,
      { details: [{ field: 'code', message: 'is wrong' }], extra: { attemptsLeft } },
    ),
  emailTaken: () => conflict(CUSTOMERS_ERRORS.EMAIL_ALREADY_REGISTERED, 'This email is already registered; sign in, or reset the password'),
};

/** Why a registration takes no code (nor sends a new one) any more; undefined while it is open. */
export function whyClosed(registration: PendingRegistration | null, id: string, now: Date): DomainError | undefined {
  if (!registration) return registrationErrors.notFound(id);
  if (registration.status === 'verified') return registrationErrors.alreadyVerified();
  if (registration.status === 'void') return registrationErrors.void();
  if (registration.expiresAt.getTime() <= now.getTime()) return registrationErrors.expired();
  return undefined;
}
