import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { ApiErrorWithBody } from '../api/json-request';
import { LIFECYCLE_STATUSES, isStepBack, nextLifecycleStates, refusedMoveOf, refusedMoveText } from './lifecycle';

const translate = (_key: string, options: Record<string, unknown> = {}) =>
  String(options._).replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));

describe('the lifecycle buttons', () => {
  it('offer the server process’s moves: one step on, a step back while designing, dropping an idea, nothing after obsolete', () => {
    expect(nextLifecycleStates('inStudy')).toEqual(['inDesign', 'obsolete']);
    expect(nextLifecycleStates('inTest')).toEqual(['inDesign', 'active', 'obsolete']);
    expect(nextLifecycleStates('active')).toEqual(['inTest', 'launched', 'retired']);
    expect(nextLifecycleStates('retired')).toEqual(['launched', 'obsolete']);
    expect(nextLifecycleStates('launched')).toEqual(['retired']);
    expect(nextLifecycleStates('obsolete')).toEqual([]);
    expect(nextLifecycleStates('nonsense')).toEqual([]);
  });

  it('never offer the state an entry is in, and reach launched from the start', () => {
    for (const status of LIFECYCLE_STATUSES) expect(nextLifecycleStates(status)).not.toContain(status);
    const reached = new Set<string>(['inStudy']);
    for (let i = 0; i < LIFECYCLE_STATUSES.length; i++) for (const s of [...reached]) nextLifecycleStates(s).forEach((n) => reached.add(n));
    expect([...reached].sort()).toEqual([...LIFECYCLE_STATUSES].sort());
  });

  it('tell a step back', () => {
    expect(isStepBack('inTest', 'inDesign')).toBe(true);
    expect(isStepBack('active', 'launched')).toBe(false);
  });
});

describe('a refused move', () => {
  const conflict = new ApiErrorWithBody(
    new ApiError('ProductOffering 4 is launched: it cannot become inTest', 409, 'INVALID_STATE_TRANSITION'),
    {
      from: 'launched',
      to: 'inTest',
      allowed: ['retired'],
    },
  );

  it('is read from the 409 body', () => {
    expect(refusedMoveOf(conflict)).toEqual({ from: 'launched', to: 'inTest', allowed: ['retired'] });
    expect(refusedMoveOf(new ApiError('x', 409))).toBeUndefined();
    expect(refusedMoveOf(new ApiErrorWithBody(new ApiError('x', 422), { from: 'a', to: 'b' }))).toBeUndefined();
  });

  it('is said in words, with where it can go', () => {
    expect(refusedMoveText({ from: 'launched', to: 'inTest', allowed: ['retired'] }, translate)).toBe(
      'It is Launched now, so it cannot become In test; it can become Retired.',
    );
    expect(refusedMoveText({ from: 'obsolete', to: 'launched', allowed: [] }, translate)).toBe(
      'It is Obsolete now, so it cannot become Launched: Obsolete is final.',
    );
  });
});
