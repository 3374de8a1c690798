import { DomainError } from '@contactly/platform';
import { assertAcceptablePassword, MIN_PASSWORD_LENGTH } from './password-policy.js';

/** The problems the policy finds, as the 400's details list them (empty when acceptable). */
function problemsOf(password: string, username = 'anna.agent', field?: string): { field: string; message: string }[] {
  try {
    assertAcceptablePassword(password, username, field);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ category: 'Invalid', code: 'WEAK_PASSWORD' });
    return (error as DomainError).options.details ?? [];
  }
}

describe('assertAcceptablePassword', () => {
  it.each(['Correct-Horse-42', 'пароль-надёжный', 'a b c d e f g', 'x'.repeat(9) + 'y'])('accepts %p', (password) => {
    expect(problemsOf(password)).toEqual([]);
  });

  it('needs at least 10 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(problemsOf('Short-1-x')).toEqual([{ field: 'password', message: 'must be at least 10 characters' }]);
    expect(problemsOf('Short-1-xy')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(problemsOf('🙂🚀📞🌸🧪🔑🎉💡🔥')).toEqual([{ field: 'password', message: 'must be at least 10 characters' }]); // 9 emoji, 18 units
    expect(problemsOf('🙂🚀📞🌸🧪🔑🎉💡🔥⭐')).toEqual([]);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(problemsOf('ANNA.AGENT-2026', 'anna.agent')).toEqual([{ field: 'password', message: 'must not contain the username' }]);
    expect(problemsOf('my-anna.agent-pw', 'Anna.Agent')).toHaveLength(1);
  });

  it('does not hold a very short username against a password', () => {
    expect(problemsOf('ab-is-my-long-secret', 'ab')).toEqual([]);
  });

  it.each(['password123', 'Password123', 'QWERTYUIOP', '1234567890'])('refuses the common password %p', (password) => {
    expect(problemsOf(password)).toEqual([{ field: 'password', message: 'is too common; choose another' }]);
  });

  it.each(['aaaaaaaaaaaa', '0000000000000', '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂'])('refuses one character repeated: %p', (password) => {
    expect(problemsOf(password)).toEqual([{ field: 'password', message: 'is too common; choose another' }]);
  });

  it('names the field it was given and lists every problem at once', () => {
    const problems = problemsOf('anna.agent', 'anna.agent', 'newPassword');
    expect(problems.map((p) => p.field)).toEqual(['newPassword']);
    const all = problemsOf('aaaa', 'aaaa', 'newPassword');
    expect(all.map((p) => p.message)).toEqual([
      'must be at least 10 characters',
      'must not contain the username',
      'is too common; choose another',
    ]);
  });

  it('says what is wrong in the message', () => {
    expect(() => assertAcceptablePassword('short', 'someone')).toThrow(/at least 10 characters/);
  });
});
