import { InvalidProcessDeclaration } from './invalid-process-declaration.js';
import { invalidStateTransition } from './invalid-state-transition.js';
import type { ProcessDeclaration, TransitionGuard } from './process-declaration.js';

const asList = <S>(value: S | readonly S[] | undefined): readonly S[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? (value as readonly S[]) : [value as S];

/**
 * A declared business process: the one place that says which state changes are allowed. Declare
 * it once, at module level, with `defineProcess`; the declaration is checked there, so a process
 * that cannot work stops the server when the module that declares it is loaded.
 *
 * ```ts
 * type NumberState = 'available' | 'reserved' | 'assigned' | 'aging';
 * export const numberProcess = defineProcess<NumberState, { actor: Principal }>({
 *   name: 'resource', resource: 'Resource',
 *   states: ['available', 'reserved', 'assigned', 'aging'],
 *   initial: 'available', terminal: [],
 *   transitions: { available: ['reserved'], reserved: ['assigned', 'available'], assigned: ['aging'], aging: ['available'] },
 *   guards: [{ to: 'assigned', check: (_, { actor }) => { if (actor.kind === 'customer') throw forbidden('NOT_ASSIGNABLE_BY_CUSTOMER', '…'); } }],
 * });
 *
 * await numberProcess.assertMove(row.status, 'reserved', { actor }, row.id); // 409 INVALID_STATE_TRANSITION, or a guard's error
 * await transitions.record(numberProcess, { resourceId: row.id, from: row.status, to: 'reserved', resource: snapshot }, actor); // history + ResourceStateChangeEvent
 * ```
 * A batch moved by one set-based UPDATE asks `sourcesOf(to)` for its `WHERE status IN (…)` and
 * records its moves with `transitions.recordMany`.
 *
 * Staying in the same state is no transition: it is always allowed and records nothing.
 */
export class StateMachine<S extends string, C = void> {
  readonly name: string;
  readonly resource: string;
  readonly states: readonly S[];
  readonly initial: readonly S[];
  readonly terminal: readonly S[];
  private readonly next: ReadonlyMap<S, readonly S[]>;
  private readonly guards: readonly TransitionGuard<S, C>[];

  constructor(declaration: ProcessDeclaration<S, C>) {
    const problems = problemsOf(declaration);
    if (problems.length) throw new InvalidProcessDeclaration(declaration.name, problems);
    this.name = declaration.name;
    this.resource = declaration.resource;
    this.states = [...declaration.states];
    this.initial = asList(declaration.initial)!;
    this.terminal = [...declaration.terminal];
    this.next = new Map(this.states.map((state) => [state, [...(declaration.transitions[state] ?? [])]]));
    this.guards = declaration.guards ?? [];
  }

  isState(value: string): value is S {
    return this.next.has(value as S);
  }

  isTerminal(state: S): boolean {
    return this.terminal.includes(state);
  }

  /** The states one move away from `from`. */
  nextOf(from: S): readonly S[] {
    return this.next.get(from) ?? [];
  }

  /** Whether the table allows the move (same state: yes, it is no move); guards are not asked. */
  canMove(from: S, to: S): boolean {
    return from === to || this.nextOf(from).includes(to);
  }

  /** The states from which `to` is one move away: the `WHERE status IN (…)` of a batch move. */
  sourcesOf(to: S): S[] {
    return this.states.filter((from) => this.nextOf(from).includes(to));
  }

  /** Whether `to` can be reached from `from` in one or more moves (is `to` still ahead?). */
  leadsTo(from: S, to: S): boolean {
    return reachableFrom([from], this.next, false).has(to);
  }

  /** 409 INVALID_STATE_TRANSITION when the table does not allow the move; guards are not asked (a batch asks once). */
  assertAllowed(from: S, to: S, resourceId?: string | number): void {
    if (!this.canMove(from, to))
      throw invalidStateTransition({ process: this.name, resource: this.resource, resourceId, from, to, allowed: this.nextOf(from) });
  }

  /** The table and then every guard of the move: 409 INVALID_STATE_TRANSITION, or the error a guard throws. */
  async assertMove(from: S, to: S, context: C, resourceId?: string | number): Promise<void> {
    this.assertAllowed(from, to, resourceId);
    if (from === to) return;
    for (const guard of this.guards) {
      const fromOk = asList(guard.from)?.includes(from) ?? true;
      const toOk = asList(guard.to)?.includes(to) ?? true;
      if (fromOk && toOk) await guard.check({ from, to }, context);
    }
  }
}

/** Declares a process (see StateMachine); throws InvalidProcessDeclaration when it cannot work. */
export function defineProcess<S extends string, C = void>(declaration: ProcessDeclaration<S, C>): StateMachine<S, C> {
  return new StateMachine(declaration);
}

function reachableFrom<S>(starts: readonly S[], next: ReadonlyMap<S, readonly S[]>, includeStarts: boolean): Set<S> {
  const seen = new Set<S>(includeStarts ? starts : []);
  const queue = [...starts];
  while (queue.length) {
    for (const state of next.get(queue.shift()!) ?? []) {
      if (seen.has(state)) continue;
      seen.add(state);
      queue.push(state);
    }
  }
  return seen;
}

/** What makes a declaration unusable, each said so that its author knows what to fix. */
function problemsOf<S extends string, C>(declaration: ProcessDeclaration<S, C>): string[] {
  const problems: string[] = [];
  const states = new Set<string>(declaration.states);
  const unknown = (state: string) => !states.has(state);
  const initial = asList(declaration.initial) ?? [];
  if (!declaration.states.length) problems.push('it has no states');
  if (states.size !== declaration.states.length) problems.push('a state is listed twice');
  if (!initial.length) problems.push('it has no initial state');
  for (const state of initial.filter(unknown)) problems.push(`the initial state «${state}» is not one of its states`);
  for (const state of declaration.terminal.filter(unknown)) problems.push(`the terminal state «${state}» is not one of its states`);
  const transitions = declaration.transitions as Record<string, readonly string[] | undefined>;
  for (const [from, targets] of Object.entries(transitions)) {
    if (unknown(from)) problems.push(`a transition leaves the unknown state «${from}»`);
    for (const to of (targets ?? []).filter(unknown)) problems.push(`a transition from «${from}» leads to the unknown state «${to}»`);
    if (declaration.terminal.includes(from as S) && targets?.length)
      problems.push(`the terminal state «${from}» has outgoing transitions (to ${targets.join(', ')})`);
  }
  for (const guard of declaration.guards ?? []) {
    for (const state of [...(asList(guard.from) ?? []), ...(asList(guard.to) ?? [])].filter(unknown))
      problems.push(`a guard names the unknown state «${state}»`);
  }
  if (problems.length) return problems;
  const next = new Map(declaration.states.map((state) => [state, (transitions[state] as readonly S[] | undefined) ?? []]));
  const reachable = reachableFrom(initial, next, true);
  const unreachable = declaration.states.filter((state) => !reachable.has(state));
  if (unreachable.length)
    problems.push(
      `${unreachable.map((s) => `«${s}»`).join(', ')} cannot be reached from the initial state${initial.length > 1 ? 's' : ''} (${initial.join(', ')})`,
    );
  return problems;
}
