import { PLATFORM_ERRORS, conflict, defineProcess, invalid } from '@contactly/platform';
import { ACCOUNT_STATES, type AccountState } from './account.entity.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** States an account may be opened in: a CRM may open it active straight away. */
export const INITIAL_ACCOUNT_STATES = ['created', 'active'] as const satisfies readonly AccountState[];

/**
 * The life of a TMF666 account of every kind (party, billing, settlement, financial: one table,
 * so one process keyed by the account id): created → active ⇄ suspended → closed; closed is final.
 */
export const accountProcess = defineProcess<AccountState>({
  name: 'account',
  resource: 'Account',
  states: ACCOUNT_STATES,
  initial: INITIAL_ACCOUNT_STATES,
  terminal: ['closed'],
  transitions: {
    created: ['active', 'closed'],
    active: ['suspended', 'closed'],
    suspended: ['active', 'closed'],
  },
});

export function assertInitialAccountState(state: AccountState): void {
  if (!accountProcess.initial.includes(state)) {
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `An account is opened ${INITIAL_ACCOUNT_STATES.join(' or ')}`, [
      { field: 'state', message: `must be one of ${INITIAL_ACCOUNT_STATES.join(', ')} when the account is created` },
    ]);
  }
}

/** A closed account is history: it changes no more (reopening is a new account). */
export function assertAccountOpen(state: AccountState, what: string): void {
  if (state === 'closed') throw conflict(CUSTOMERS_ERRORS.ACCOUNT_CLOSED, `${what} is closed and cannot be changed`);
}
