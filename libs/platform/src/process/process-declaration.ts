/**
 * A guard on some moves of a process: it refuses a move by throwing a domain error of its own
 * (`forbidden('…')`, `conflict('…')`); the move goes on when it returns. Leave `from` or `to` out to
 * guard every move from (or into) any state.
 */
export interface TransitionGuard<S extends string, C> {
  from?: S | readonly S[];
  to?: S | readonly S[];
  check(move: { from: S; to: S }, context: C): void | Promise<void>;
}

/**
 * What a business process declares once: its states, where a record starts, where it ends and
 * which moves lead from each state. `C` is what its guards need to decide (the actor, the record).
 */
export interface ProcessDeclaration<S extends string, C = void> {
  /** The resource type of its history rows and events (`communication`, `productOrder`). */
  name: string;
  /** The TMF resource name of its `…StateChangeEvent` (`Communication` → `CommunicationStateChangeEvent`). */
  resource: string;
  states: readonly S[];
  /** The states a record may be created in; every state must be reachable from one of them. */
  initial: S | readonly S[];
  /** States a record never leaves: they have no moves. */
  terminal: readonly S[];
  /** The moves from each state (a state left out has none). */
  transitions: { readonly [K in S]?: readonly S[] };
  guards?: readonly TransitionGuard<S, C>[];
}
