import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { reasonProblem, splitProblem, toggled, toggledAll } from './merge-split';

describe('reasonProblem', () => {
  it('requires a reason of at most 500 characters', () => {
    expect(reasonProblem('', EN.t)).toContain('Say why');
    expect(reasonProblem('   ', EN.t)).toContain('Say why');
    expect(reasonProblem('x'.repeat(501), EN.t)).toBe('At most 500 characters.');
    expect(reasonProblem('Same root cause', EN.t)).toBeNull();
  });
});

describe('splitProblem', () => {
  it('needs at least one chosen case and one left behind', () => {
    expect(splitProblem(0, 5, EN.t)).toBe('Choose the cases to split out.');
    expect(splitProblem(5, 5, EN.t)).toContain('At least one case must stay behind');
    expect(splitProblem(2, 5, EN.t)).toBeNull();
  });
});

describe('choosing members', () => {
  it('ticks and unticks one', () => {
    expect([...toggled(new Set([1, 2]), 3)]).toEqual([1, 2, 3]);
    expect([...toggled(new Set([1, 2]), 2)]).toEqual([1]);
  });

  it('chooses all shown, or none when all were chosen', () => {
    expect([...toggledAll(new Set([1]), [1, 2, 3])]).toEqual([1, 2, 3]);
    expect([...toggledAll(new Set([1, 2, 3]), [1, 2, 3])]).toEqual([]);
    expect([...toggledAll(new Set(), [])]).toEqual([]);
  });
});
