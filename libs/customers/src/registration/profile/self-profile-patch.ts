import { PLATFORM_ERRORS, invalid } from '@contactly/platform';
import type { UpdateIndividualDto } from '../../party/dto/individual.dto.js';
import type { UpdateOrganizationDto } from '../../party/dto/organization.dto.js';
import type { PartyType } from '../../party/party.entity.js';
import type { UpdateSelfProfileDto } from './dto/update-self-profile.dto.js';

const PERSON_ONLY = ['givenName', 'middleName', 'familyName', 'title'] as const;
const BUSINESS_ONLY = ['tradingName'] as const;

/** The TMF632 patch of the subscriber's own party; a name of the other kind of party is a 400. */
export function partyPatchOf(type: PartyType, patch: UpdateSelfProfileDto): UpdateIndividualDto | UpdateOrganizationDto {
  const foreign = (type === 'individual' ? BUSINESS_ONLY : PERSON_ONLY).filter((field) => patch[field] !== undefined);
  if (foreign.length) {
    const message = type === 'individual' ? 'is only for a business' : 'is only for a person';
    throw invalid(
      PLATFORM_ERRORS.VALIDATION_FAILED,
      `Invalid request: ${foreign.map((field) => `${field} ${message}`).join('; ')}`,
      foreign.map((field) => ({ field, message })),
    );
  }
  const { givenName, middleName, familyName, title, tradingName, contactMedium } = patch;
  return type === 'individual' ? { givenName, middleName, familyName, title, contactMedium } : { tradingName, contactMedium };
}
