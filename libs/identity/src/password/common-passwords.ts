/**
 * Passwords that appear at the top of every breach list (and their obvious variants are caught by
 * normalisation in the policy). Kept short on purpose: it blocks the guesses an attacker tries first.
 */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '9876543210',
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', '1q2w3e4r5t', '1qaz2wsx3edc', 'zaq12wsxcde',
  'asdfghjkl', 'asdfghjkl1', 'zxcvbnm123', 'iloveyou12', 'letmein123', 'welcome123', 'welcome1234',
  'admin12345', 'administrator', 'changeme123', 'changeme', 'trustno1', 'football123', 'baseball123',
  'sunshine123', 'princess123', 'dragon1234', 'monkey1234', 'superman123', 'starwars123', 'whatever123',
  'abcdefghij', 'abc1234567', 'abcd123456', 'aaaaaaaaaa', 'contactly123', 'contactly2026', 'йцукенгшщз',
  'пароль12345', 'qwertyqwerty', 'password!', 'passwordpassword', '11111111111', '123123123123',
]);
