import { ApiProperty } from '@nestjs/swagger';
import { NUMBER_STATES } from '../number-process.js';
import { RESOURCE_TYPES } from '../number-resource.entity.js';

export class NumberCountView {
  @ApiProperty({ example: 'default' }) pool: string;
  @ApiProperty({ enum: RESOURCE_TYPES, example: 'msisdn' }) resourceType: string;
  @ApiProperty({ enum: NUMBER_STATES, example: 'available' }) status: string;
  @ApiProperty({ example: 9120 }) count: number;
}
