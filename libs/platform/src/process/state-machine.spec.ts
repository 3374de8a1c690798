import { DomainError, forbidden } from '../http/errors/domain-error.js';
import { InvalidProcessDeclaration } from './invalid-process-declaration.js';
import type { ProcessDeclaration } from './process-declaration.js';
import { defineProcess } from './state-machine.js';

type Light = 'off' | 'on' | 'broken';
const lamp = (overrides: Partial<ProcessDeclaration<Light, { admin: boolean }>> = {}) =>
  defineProcess<Light, { admin: boolean }>({
    name: 'lamp',
    resource: 'Lamp',
    states: ['off', 'on', 'broken'],
    initial: 'off',
    terminal: ['broken'],
    transitions: { off: ['on', 'broken'], on: ['off', 'broken'] },
    guards: [
      {
        to: 'broken',
        check: (_, { admin }) => {
          if (!admin) throw forbidden('LAMP_NOT_YOURS', 'Only an admin breaks lamps');
        },
      },
    ],
    ...overrides,
  });

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
};

describe('a declared process', () => {
  it('answers what its table allows: next states, sources, reachability, terminal states', () => {
    const machine = lamp();
    expect(machine.nextOf('off')).toEqual(['on', 'broken']);
    expect(machine.nextOf('broken')).toEqual([]);
    expect(machine.canMove('off', 'on')).toBe(true);
    expect(machine.canMove('broken', 'on')).toBe(false);
    expect(machine.canMove('on', 'on')).toBe(true);
    expect(machine.sourcesOf('broken')).toEqual(['off', 'on']);
    expect(machine.leadsTo('on', 'off')).toBe(true);
    expect(machine.leadsTo('broken', 'off')).toBe(false);
    expect(machine.isTerminal('broken')).toBe(true);
    expect(machine.isState('on')).toBe(true);
    expect(machine.isState('dimmed')).toBe(false);
  });

  it('refuses a move off the table with 409 INVALID_STATE_TRANSITION naming from, to and the allowed states', () => {
    const error = refusal(() => lamp().assertAllowed('broken', 'on', 7)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.category).toBe('Conflict');
    expect(error.code).toBe('INVALID_STATE_TRANSITION');
    expect(error.message).toBe('Lamp 7 is broken: it cannot become on (broken is final)');
    expect(error.options.extra).toEqual({ process: 'lamp', resourceId: '7', from: 'broken', to: 'on', allowed: [], lampStatus: 'broken' });
    const other = refusal(() =>
      lamp({ terminal: [], transitions: { off: ['on'], on: ['off', 'broken'], broken: ['off'] } }).assertAllowed('off', 'broken'),
    ) as DomainError;
    expect(other.message).toBe('The lamp is off: it cannot become broken (from off it can become on)');
    expect(other.options.extra).toMatchObject({ from: 'off', to: 'broken', allowed: ['on'] });
  });

  it('asks the guards of a move, which refuse with their own domain error', async () => {
    const machine = lamp();
    await expect(machine.assertMove('on', 'broken', { admin: false }, 1)).rejects.toMatchObject({
      code: 'LAMP_NOT_YOURS',
      category: 'Forbidden',
    });
    await expect(machine.assertMove('on', 'broken', { admin: true }, 1)).resolves.toBeUndefined();
    await expect(machine.assertMove('on', 'off', { admin: false }, 1)).resolves.toBeUndefined();
    // The table first: a guard is not asked about a move that is not allowed anyway.
    await expect(machine.assertMove('broken', 'on', { admin: false }, 1)).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
  });

  it('stops the start when a state cannot be reached from the initial state', () => {
    const error = refusal(() => lamp({ transitions: { off: ['on'], on: ['off'] } }));
    expect(error).toBeInstanceOf(InvalidProcessDeclaration);
    expect(error.message).toBe('The process «lamp» is declared wrongly: «broken» cannot be reached from the initial state (off)');
  });

  it('stops the start when a terminal state has moves', () => {
    expect(refusal(() => lamp({ transitions: { off: ['on', 'broken'], on: ['off'], broken: ['off'] } })).message).toContain(
      'the terminal state «broken» has outgoing transitions (to off)',
    );
  });

  it('stops the start when a transition, an initial or terminal state or a guard names an unknown state', () => {
    const transitions = { off: ['on', 'dimmed'], on: ['off', 'broken'], flickering: ['off'] } as never;
    const message = refusal(() =>
      lamp({
        transitions,
        initial: ['off', 'unplugged' as Light],
        terminal: ['broken', 'gone' as Light],
        guards: [{ from: 'smashed' as Light, check: () => undefined }],
      }),
    ).message;
    expect(message).toContain('a transition from «off» leads to the unknown state «dimmed»');
    expect(message).toContain('a transition leaves the unknown state «flickering»');
    expect(message).toContain('the initial state «unplugged» is not one of its states');
    expect(message).toContain('the terminal state «gone» is not one of its states');
    expect(message).toContain('a guard names the unknown state «smashed»');
  });

  it('accepts several initial states, reaching from any of them', () => {
    const machine = lamp({ initial: ['off', 'broken'], transitions: { off: ['on'], on: ['off'] } });
    expect(machine.initial).toEqual(['off', 'broken']);
  });
});
