import { defineProcess } from '@contactly/platform';

export const NUMBER_STATES = ['available', 'reserved', 'assigned', 'aging', 'portedOut'] as const;
export type NumberState = (typeof NUMBER_STATES)[number];

/**
 * The life of a number in the pool. A reservation holds it until it expires or is released; an agent
 * may assign a free number directly; a released number rests (aging, NUMBER_AGING_DAYS) so that its
 * next owner does not get the last one's calls; a number ported out to another operator leaves the
 * pool for good, whatever it was doing.
 */
export const numberProcess = defineProcess<NumberState>({
  name: 'resource',
  resource: 'Resource',
  states: NUMBER_STATES,
  initial: 'available',
  terminal: ['portedOut'],
  transitions: {
    available: ['reserved', 'assigned', 'portedOut'],
    reserved: ['available', 'assigned', 'portedOut'],
    assigned: ['aging', 'portedOut'],
    aging: ['available', 'portedOut'],
  },
});
