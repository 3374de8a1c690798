import { CustomerOwned, RequireAnyPermission, RequirePermissions, StaffOnly, tmfResourceController } from '@contactly/platform';
import { CreateResourceDto, UpdateResourceDto } from './dto/resource-input.dto.js';
import { ResourceView } from './dto/resource.view.js';
import { RESOURCE_LIST } from './resource-list.js';
import { RESOURCE_PATH } from './resource-paths.js';
import { ResourceService } from './resource.service.js';

const administer = [StaffOnly(), RequirePermissions('numbers:write')];

/** TMF639 Resource: the MSISDNs and ICCIDs of the number pools. */
export const ResourceController = tmfResourceController({
  tag: 'TMF639 resource',
  resource: 'Resource',
  path: RESOURCE_PATH,
  list: RESOURCE_LIST,
  create: CreateResourceDto,
  update: UpdateResourceDto,
  view: ResourceView,
  service: ResourceService,
  operations: (service) => service,
  // Numbers reserved for or assigned to a customer are that customer's; available ones everybody who reads numbers sees.
  access: {
    read: [CustomerOwned('resource'), RequireAnyPermission('numbers:read', 'self:read')],
    create: administer,
    update: administer,
    delete: administer,
  },
  docs: {
    list: {
      summary: 'List numbers, or pick some at random',
      description:
        'Staff see every number; affiliates and subscribers the available ones and those reserved for or assigned to the customers in their scope. ' +
        '`random=true&resourceType=msisdn&status=available&limit=5` returns a random sample of free numbers (optionally `pattern=*777*`) read from a random point of the pool index: it never scans or sorts the pool.',
    },
    get: { summary: 'Get a number', description: 'Out of scope (a number reserved for someone else’s customer) is 404.' },
    create: {
      summary: 'Add one number to a pool',
      description:
        'An MSISDN (E.164 digits, `+` optional) or an ICCID (19–20 digits starting with 89, Luhn check digit), as available. A malformed number is 400; one in the pool already 409 `NUMBER_ALREADY_IN_POOL`. Many at once: `POST /api/v1/numbers/imports`.',
      errors: [409],
      examples: {
        msisdn: { summary: 'An MSISDN in the gold pool', value: { resourceType: 'msisdn', value: '4915112345678', category: 'gold' } },
      },
    },
    update: {
      summary: 'Change a number (merge patch)',
      description:
        'The pool (`category`), the porting tags, or `status` `available` (ends a reservation or aging early) or `portedOut`; an illegal move is 409 naming from, to and the allowed states. The number itself cannot change (400).',
      errors: [409, 422],
      examples: { pool: { summary: 'Move it to the gold pool', value: { category: 'gold' } } },
    },
    delete: { summary: 'Remove a number', description: 'Only an available or ported-out number (409 otherwise).', errors: [409] },
  },
});
