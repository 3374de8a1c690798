import { PLATFORM_ERRORS, type FieldProblem, invalid } from '@contactly/platform';
import type { ContactMediumDto } from '../party/dto/contact-medium.dto.js';
import type { CreateIndividualDto } from '../party/dto/individual.dto.js';
import type { CreateOrganizationDto } from '../party/dto/organization.dto.js';
import { fullNameOf } from '../party/party.mapper.js';
import type { PendingRegistration } from './pending-registration.entity.js';

/** Who registers: a person (B2C) or a business (B2B). */
export type RegistrationForm =
  | { partyType: 'individual'; givenName: string; familyName: string; tradingName: null }
  | { partyType: 'organization'; givenName: null; familyName: null; tradingName: string };

/**
 * Exactly one of the two forms: `givenName` + `familyName` for a person, or `tradingName` for a
 * business. Anything else is a 400 naming the fields.
 */
export function registrationFormOf(input: { givenName?: string; familyName?: string; tradingName?: string }): RegistrationForm {
  const personal = input.givenName !== undefined || input.familyName !== undefined;
  if (input.tradingName !== undefined) {
    if (personal) {
      const sent = (['givenName', 'familyName'] as const).filter((field) => input[field] !== undefined);
      throw invalid(
        PLATFORM_ERRORS.VALIDATION_FAILED,
        'Register a person (givenName, familyName) or a business (tradingName), not both',
        sent.map((field) => ({ field, message: 'must not be sent with tradingName' })),
      );
    }
    return { partyType: 'organization', givenName: null, familyName: null, tradingName: input.tradingName };
  }
  const problems: FieldProblem[] = (['givenName', 'familyName'] as const)
    .filter((field) => input[field] === undefined)
    .map((field) => ({
      field,
      message: personal ? 'is required for a person' : 'is required for a person (or send tradingName for a business)',
    }));
  if (problems.length)
    throw invalid(
      PLATFORM_ERRORS.VALIDATION_FAILED,
      `Invalid request: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      problems,
    );
  return { partyType: 'individual', givenName: input.givenName!, familyName: input.familyName!, tradingName: null };
}

/** The name the customer, its login and its default account are shown by. */
export const displayNameOf = (registration: Pick<PendingRegistration, 'partyType' | 'givenName' | 'familyName' | 'tradingName'>): string =>
  fullNameOf({ ...registration, middleName: null });

/** The Individual or Organization the registration becomes, with its verified email and phone. */
export function partyInputOf(registration: PendingRegistration): CreateIndividualDto | CreateOrganizationDto {
  const contactMedium: ContactMediumDto[] = [
    { mediumType: 'email', preferred: true, characteristic: { emailAddress: registration.email } },
    { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: registration.phone } },
  ];
  return registration.partyType === 'individual'
    ? { givenName: registration.givenName ?? '', familyName: registration.familyName ?? '', contactMedium }
    : { tradingName: registration.tradingName ?? '', contactMedium };
}
