import { PLATFORM_ERRORS, conflict, invalid } from '@contactly/platform';
import type { AccountState } from './account.entity.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** The account state machine: created → active ⇄ suspended → closed; closed is final. */
export const ACCOUNT_TRANSITIONS: Record<AccountState, readonly AccountState[]> = {
  created: ['active', 'closed'],
  active: ['suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

/** States an account may be opened in: a CRM may open it active straight away. */
export const INITIAL_ACCOUNT_STATES = ['created', 'active'] as const satisfies readonly AccountState[];

export function assertAccountTransition(from: AccountState, to: AccountState): void {
  if (from !== to && !ACCOUNT_TRANSITIONS[from].includes(to)) {
    throw conflict(CUSTOMERS_ERRORS.INVALID_STATE_TRANSITION, `A ${from} account cannot become ${to} (allowed: ${ACCOUNT_TRANSITIONS[from].join(', ') || 'none'})`);
  }
}

export function assertInitialAccountState(state: AccountState): void {
  if (!(INITIAL_ACCOUNT_STATES as readonly string[]).includes(state)) {
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `An account is opened ${INITIAL_ACCOUNT_STATES.join(' or ')}`, [{ field: 'state', message: `must be one of ${INITIAL_ACCOUNT_STATES.join(', ')} when the account is created` }]);
  }
}

/** A closed account is history: it changes no more (reopening is a new account). */
export function assertAccountOpen(state: AccountState, what: string): void {
  if (state === 'closed') throw conflict(CUSTOMERS_ERRORS.ACCOUNT_CLOSED, `${what} is closed and cannot be changed`);
}
