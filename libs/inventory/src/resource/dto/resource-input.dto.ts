import { CharacteristicDto, EnumField, NestedField, TextField, BooleanField } from '@contactly/platform';
import { NUMBER_STATES } from '../number-process.js';
import { PORTING_STATES, RESOURCE_TYPES } from '../number-resource.entity.js';

const POOL = /^[A-Za-z0-9._-]+$/;

export class ResourceSpecificationRefDto {
  @EnumField(RESOURCE_TYPES, { example: 'msisdn', description: 'The kind of number: `msisdn` or `iccid`' })
  id: (typeof RESOURCE_TYPES)[number];
  @TextField({ max: 60, optional: true }) name?: string;
  @TextField({ max: 60, optional: true }) '@type'?: string;
}

/** Porting tags and the pool: what an administrator may set on create and change on update. */
class ResourceFields {
  @TextField({ max: 60, optional: true, pattern: POOL, example: 'gold', description: 'The pool (default `default`)' }) category?: string;
  @TextField({ max: 500, optional: true }) description?: string;
  @BooleanField({ optional: true, example: false }) portedIn?: boolean;
  @TextField({ max: 100, optional: true, nullable: true, example: 'Telekom' }) donorOperator?: string | null;
  @EnumField(PORTING_STATES, { optional: true, nullable: true, example: 'completed' }) portingState?:
    (typeof PORTING_STATES)[number] | null;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}

export class CreateResourceDto extends ResourceFields {
  @EnumField(['LogicalResource', 'PhysicalResource'], {
    optional: true,
    description: 'LogicalResource for an MSISDN, PhysicalResource for a SIM (ICCID); must agree with the type when sent',
  })
  '@type'?: string;
  @EnumField(RESOURCE_TYPES, { optional: true, example: 'msisdn', description: 'The kind of number (or `resourceSpecification.id`)' })
  resourceType?: (typeof RESOURCE_TYPES)[number];
  @NestedField(() => ResourceSpecificationRefDto, { optional: true }) resourceSpecification?: ResourceSpecificationRefDto;
  @TextField({
    max: 30,
    optional: true,
    example: '4915112345678',
    description: 'The number (or a `resourceCharacteristic` named as its type)',
  })
  value?: string;
  @TextField({ max: 30, optional: true, description: 'Ignored when `value` is given; TMF639 requires a name' }) name?: string;
  @NestedField(() => CharacteristicDto, { optional: true, isArray: true, maxItems: 10 }) resourceCharacteristic?: CharacteristicDto[];
}

export class UpdateResourceDto extends ResourceFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 30, optional: true, description: 'The number cannot change: must equal it if sent' }) value?: string;
  @EnumField(NUMBER_STATES, {
    optional: true,
    description:
      'A move of the number process: `available` (release a reservation, end aging early) or `portedOut`; reservations and assignments have their own routes. An illegal move is 409 naming from, to and the allowed states.',
  })
  status?: (typeof NUMBER_STATES)[number];
}
