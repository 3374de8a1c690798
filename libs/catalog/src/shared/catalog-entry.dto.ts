import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DateTimeField,
  EnumField,
  NestedField,
  ResourceRefDto,
  TextField,
  TimePeriodDto,
  TimePeriodView,
  TmfMarkers,
} from '@contactly/platform';
import { INITIAL_LIFECYCLE_STATUSES } from './catalog-lifecycle.js';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from './lifecycle-status.js';

/** What every catalog entry takes besides its name and status, on create and in a merge patch. */
export class CatalogEntryFields extends TmfMarkers {
  @TextField({ max: 2000, optional: true, nullable: true, example: 'Unlimited calls and texts, 10 GB of data' })
  description?: string | null;
  @TextField({ max: 20, optional: true, nullable: true, example: '1.0', description: 'The TMF version label of the entry' })
  version?: string | null;
  @NestedField(() => TimePeriodDto, { optional: true, nullable: true }) validFor?: TimePeriodDto | null;
  @DateTimeField({ optional: true, description: 'Set by the server; a value sent is ignored' }) lastUpdate?: string;
}

/** What a create adds: the name is mandatory; the status starts at inStudy unless one up to launched is given. */
export class CatalogEntryCreateFields extends CatalogEntryFields {
  @TextField({ max: 200, example: 'Mobile M' }) name: string;
  @EnumField(INITIAL_LIFECYCLE_STATUSES, { optional: true, example: 'inStudy', description: 'Defaults to inStudy' })
  lifecycleStatus?: LifecycleStatus;
}

/** What a merge patch adds: `id` and `href` may be repeated, not changed; the status moves by the lifecycle. */
export class CatalogEntryPatchFields extends CatalogEntryFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 200, optional: true, example: 'Mobile M' }) name?: string;
  @EnumField(LIFECYCLE_STATUSES, {
    optional: true,
    example: 'launched',
    description: 'inStudy → inDesign → inTest → active → launched → retired → obsolete (409 naming from, to and allowed otherwise)',
  })
  lifecycleStatus?: LifecycleStatus;
}

/** A reference list a client sends (`[{id}]`); the ids must exist (422 naming the field otherwise). */
export const RefList = (description: string) =>
  NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 100, description });

/** A TMF reference to a catalog entry as we answer it. */
export class CatalogRefView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/productCatalogManagement/v4/productOffering/42' }) href: string;
  @ApiProperty({ example: 'Mobile M' }) name: string;
  @ApiProperty({ example: 'ProductOffering', name: '@referredType' }) '@referredType': string;
}

/** What every catalog entry shows. */
export class CatalogEntryView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/productCatalogManagement/v4/productOffering/42' }) href: string;
  @ApiProperty({ example: 'Mobile M' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: LIFECYCLE_STATUSES, example: 'launched' }) lifecycleStatus: LifecycleStatus;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1.0' }) version: string | null;
  @ApiProperty({ type: TimePeriodView }) validFor: TimePeriodView;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z', description: 'When it last changed (its links included); its Last-Modified' })
  lastUpdate: string;
  @ApiProperty({ example: 'ProductOffering', name: '@type' }) '@type': string;
}
