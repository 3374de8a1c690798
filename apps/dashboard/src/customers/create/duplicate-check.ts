import { checkPhone } from '../phone/phone-number';

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** What to ask GET /customers/duplicates about: the email once it looks whole, the phone once it is valid (in E.164). */
export function duplicateQueryOf(form: { email: string; phone: string }, phoneRegion: string): { email?: string; phone?: string } | null {
  const email = form.email.trim().toLowerCase();
  const phone = checkPhone(form.phone, phoneRegion);
  const query = {
    ...(EMAIL.test(email) ? { email } : {}),
    ...(phone.kind === 'valid' ? { phone: phone.e164 } : {}),
  };
  return Object.keys(query).length ? query : null;
}

/** The key of what matched, for the message: `email`, `phone` or `emailAndPhone`. */
export const matchedKey = (matched: readonly string[]): 'email' | 'phone' | 'emailAndPhone' =>
  matched.includes('email') && matched.includes('phone') ? 'emailAndPhone' : matched.includes('phone') ? 'phone' : 'email';
