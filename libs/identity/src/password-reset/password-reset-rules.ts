/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

/**
 * At most this many reset messages go to one account per hour; further requests are answered like
 * any other (202) but send nothing, so nobody can flood a mailbox through the anonymous endpoint.
 */
export const MAX_RESETS_PER_HOUR = 5;
