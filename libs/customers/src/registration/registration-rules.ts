/** The limits of self-registration; each guards against one abuse. */

/** A one-time code works this long after it was sent. */
export const CODE_TTL_MS = 10 * 60 * 1000;

/** Wrong codes a registration survives: the 5th voids it, so a code cannot be guessed (6 digits). */
export const MAX_CODE_ATTEMPTS = 5;

/** A new code may be asked for at most this often … */
export const RESEND_INTERVAL_MS = 60 * 1000;

/** … and this many times per registration, so nobody pumps messages through one registration. */
export const MAX_RESENDS = 5;

/** A registration not verified within this time is over (and purged with its password hash). */
export const REGISTRATION_TTL_MS = 60 * 60 * 1000;

/**
 * Registrations started per email address or phone number in the last hour: beyond this nobody can
 * use the anonymous endpoint to flood someone's mailbox or phone with codes.
 */
export const MAX_REGISTRATIONS_PER_DESTINATION_PER_HOUR = 5;
export const DESTINATION_WINDOW_MS = 60 * 60 * 1000;
