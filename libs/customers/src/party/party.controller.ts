import { type ListSpec, tmfResourceController } from '@contactly/platform';
import { ALLOW_DUPLICATE_QUERY, createOptionsOf } from '../duplicates/allow-duplicate.query.js';
import { CreateIndividualDto, IndividualView, UpdateIndividualDto } from './dto/individual.dto.js';
import { CreateOrganizationDto, OrganizationView, UpdateOrganizationDto } from './dto/organization.dto.js';
import { INDIVIDUAL_LIST, ORGANIZATION_LIST } from './party-lists.js';
import type { PartyType } from './party.entity.js';
import { type PartyInput, type PartyPatch, PartyService } from './party.service.js';
import { selfServiceAccess } from './self-service-access.js';
import { INDIVIDUAL_PATH, ORGANIZATION_PATH } from './tmf-paths.js';

interface PartyApi {
  type: PartyType;
  /** `Individual` or `Organization`: the TMF resource name. */
  resource: string;
  path: string;
  list: ListSpec;
  create: new () => PartyInput;
  update: new () => PartyPatch;
  view: new () => object;
  mandatory: string;
}

/**
 * The TMF632 endpoints of one kind of party. Individuals and organizations differ only in their
 * DTOs, so one service serves both; the bodies are validated against the DTOs given here.
 */
function partyController(api: PartyApi) {
  const lower = api.resource.toLowerCase();
  return tmfResourceController({
    tag: 'TMF632 party',
    resource: api.resource,
    path: api.path,
    list: api.list,
    create: api.create,
    createQuery: ALLOW_DUPLICATE_QUERY,
    update: api.update,
    view: api.view,
    service: PartyService,
    operations: (parties) => ({
      list: (query, principal, baseUrl) => parties.list(api.type, query, principal, baseUrl),
      get: (id, principal, baseUrl) => parties.get(api.type, id, principal, baseUrl),
      create: (body, principal, baseUrl, query) => parties.create(api.type, body, principal, baseUrl, createOptionsOf(query)),
      update: (id, body, version, principal, baseUrl) => parties.update(api.type, id, body, version, principal, baseUrl),
      delete: (id, principal, baseUrl) => parties.delete(api.type, id, principal, baseUrl),
    }),
    access: selfServiceAccess(api.type),
    docs: {
      list: { summary: `List ${lower}s (within your scope)` },
      get: { summary: `Get an ${lower}` },
      create: {
        summary: `Create an ${lower}`,
        description:
          `${api.mandatory} mandatory. An affiliate owns what it creates. Phone numbers are stored in E.164; one without a country code is read in DEFAULT_PHONE_REGION (GB unless configured), and one that is not a valid number is 400. ` +
          'An existing customer with the same email or phone is 409 `POSSIBLE_DUPLICATE_CUSTOMER` naming them, unless `allowDuplicate=true`.',
        errors: [409, 422],
      },
      update: { summary: `Change an ${lower} (merge patch)`, description: '`id`, `href` and the owning affiliate cannot change (400).' },
      delete: { summary: `Delete an ${lower}`, description: 'Refused (409) while it is a customer.', errors: [409] },
    },
  });
}

export const IndividualController = partyController({
  type: 'individual',
  resource: 'Individual',
  path: INDIVIDUAL_PATH,
  list: INDIVIDUAL_LIST,
  create: CreateIndividualDto,
  update: UpdateIndividualDto,
  view: IndividualView,
  mandatory: '`givenName` and `familyName` are',
});

export const OrganizationController = partyController({
  type: 'organization',
  resource: 'Organization',
  path: ORGANIZATION_PATH,
  list: ORGANIZATION_LIST,
  create: CreateOrganizationDto,
  update: UpdateOrganizationDto,
  view: OrganizationView,
  mandatory: '`tradingName` is',
});
