import { describe, expect, it } from 'vitest';
import { newPasswordProblems, passwordRules } from './new-password';

describe('passwordRules', () => {
  it('tells the length while typing and leaves the other rules to the server', () => {
    expect(passwordRules('').map((rule) => rule.met)).toEqual([false, null, null]);
    expect(passwordRules('Nine-char')[0].met).toBe(false);
    expect(passwordRules('Ten-chars!')[0]).toEqual({ text: 'At least 10 characters', met: true });
  });

  it('counts characters as a person does, an emoji as one', () => {
    expect(passwordRules('🔑🔑🔑🔑🔑🔑🔑🔑🔑')[0].met).toBe(false);
    expect(passwordRules('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')[0].met).toBe(true);
  });
});

describe('newPasswordProblems', () => {
  it('lets a long enough password typed twice through', () => {
    expect(newPasswordProblems({ newPassword: 'Correct-Horse-42', repeat: 'Correct-Horse-42' })).toEqual({});
  });

  it('asks for 10 characters', () => {
    expect(newPasswordProblems({ newPassword: 'Short-1', repeat: 'Short-1' })).toEqual({ newPassword: 'Use at least 10 characters' });
  });

  it('asks for the same password twice', () => {
    expect(newPasswordProblems({ newPassword: 'Correct-Horse-42', repeat: 'Correct-Horse-43' })).toEqual({
      repeat: 'The two passwords are not the same',
    });
    expect(newPasswordProblems({ newPassword: 'Correct-Horse-42', repeat: '' })).toEqual({ repeat: 'The two passwords are not the same' });
  });

  it('does not trim: spaces are part of a password', () => {
    expect(newPasswordProblems({ newPassword: 'Correct-Horse-42 ', repeat: 'Correct-Horse-42' }).repeat).toBeDefined();
  });
});
