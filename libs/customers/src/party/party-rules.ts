import { PLATFORM_ERRORS, type FieldProblem, invalid } from '@contactly/platform';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** A birth date is a real calendar date, not in the future, and not before 1900. */
export function assertBirthDate(value: string, now: Date): void {
  const date = new Date(`${value}T00:00:00.000Z`);
  const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  if (!real)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'birthDate is not a calendar date', [
      { field: 'birthDate', message: 'must be a real date YYYY-MM-DD' },
    ]);
  if (date.getTime() > now.getTime())
    throw invalid(CUSTOMERS_ERRORS.BIRTH_DATE_IN_FUTURE, 'birthDate is in the future', [
      { field: 'birthDate', message: 'must not be in the future' },
    ]);
  if (value < '1900-01-01')
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'birthDate is before 1900', [
      { field: 'birthDate', message: 'must be 1900 or later' },
    ]);
}

interface Immutable {
  id?: string;
  href?: string;
  relatedParty?: { id: string; role?: string }[];
}

/**
 * A PATCH may repeat `id`, `href` and the owning affiliate (clients often send back what they
 * read) but never change them: that is a 400 naming the attribute.
 */
export function assertImmutable(patch: Immutable, current: { id: string; href: string; relatedParty: { id: string }[] }): void {
  const problems: FieldProblem[] = [];
  if (patch.id !== undefined && patch.id !== current.id) problems.push({ field: 'id', message: 'cannot be changed' });
  if (patch.href !== undefined && patch.href !== current.href) problems.push({ field: 'href', message: 'cannot be changed' });
  if (patch.relatedParty !== undefined) {
    const sent = patch.relatedParty
      .filter((p) => !p.role || p.role === 'affiliate')
      .map((p) => p.id)
      .sort()
      .join();
    const owned = current.relatedParty
      .map((p) => p.id)
      .sort()
      .join();
    if (sent !== owned) problems.push({ field: 'relatedParty', message: 'the owning affiliate cannot be changed' });
  }
  if (problems.length)
    throw invalid(CUSTOMERS_ERRORS.IMMUTABLE_ATTRIBUTE, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}
