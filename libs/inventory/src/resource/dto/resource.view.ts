import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CharacteristicView, RelatedPartyView } from '@contactly/platform';
import { NUMBER_STATES } from '../number-process.js';
import { RESOURCE_TYPES } from '../number-resource.entity.js';

export const TMF_RESOURCE_STATUSES = ['available', 'reserved', 'standby', 'suspended'] as const;

export class ResourceSpecificationRefView {
  @ApiProperty({ example: 'msisdn' }) id: string;
  @ApiProperty({ example: 'MSISDN' }) name: string;
  @ApiProperty({ example: 'ResourceSpecificationRef', name: '@type' }) '@type': string;
}

export class ResourceRefView {
  @ApiProperty({ example: '17' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/productInventory/v4/product/17' }) href: string;
  @ApiProperty({ example: 'Product', name: '@referredType' }) '@referredType': string;
}

/** A number as TMF639 shows it: a LogicalResource (MSISDN) or a PhysicalResource (SIM, by its ICCID). */
export class ResourceView {
  @ApiProperty({ example: '7' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/resourceInventoryManagement/v4/resource/7' }) href: string;
  @ApiProperty({ example: '4915112345678', description: 'The number itself (as `value` of a LogicalResource)' }) name: string;
  @ApiProperty({ enum: RESOURCE_TYPES, example: 'msisdn' }) resourceType: string;
  @ApiProperty({ example: '4915112345678' }) value: string;
  @ApiProperty({ example: 'default', description: 'The pool (category) it belongs to' }) category: string;
  @ApiProperty({ enum: NUMBER_STATES, example: 'available', description: 'Where the number stands in the number process' })
  status: string;
  @ApiProperty({
    enum: TMF_RESOURCE_STATUSES,
    example: 'available',
    description: 'TMF639 status: available, reserved (reserved or assigned), standby (aging) or suspended (ported out)',
  })
  resourceStatus: string;
  @ApiProperty({ enum: ['idle', 'active'], example: 'idle', description: 'active while assigned to a subscription' })
  usageState: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) statusDate: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Until when a reservation holds it' })
  reservedUntil: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When an aging number returns to the pool' })
  agingUntil: string | null;
  @ApiProperty({ example: false }) portedIn: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Telekom' }) donorOperator: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'completed' }) portingState: string | null;
  @ApiProperty({ type: [CharacteristicView], description: '`msisdn` or `iccid` with the number, and the porting tags' })
  resourceCharacteristic: CharacteristicView[];
  @ApiProperty({ type: ResourceSpecificationRefView }) resourceSpecification: ResourceSpecificationRefView;
  @ApiProperty({ type: [RelatedPartyView], description: 'The customer it is reserved for (role `reservedFor`) or assigned to (`user`)' })
  relatedParty: RelatedPartyView[];
  @ApiPropertyOptional({ type: ResourceRefView, nullable: true, description: 'The subscription it realizes while assigned' })
  product: ResourceRefView | null;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
  @ApiProperty({ enum: ['LogicalResource', 'PhysicalResource'], example: 'LogicalResource', name: '@type' }) '@type': string;
}
