import { ApiProperty } from '@nestjs/swagger';
import { EnumField, TextField } from '@contactly/platform';
import { RESOURCE_TYPES } from '../../resource/number-resource.entity.js';

const POOL = /^[A-Za-z0-9._-]+$/;
const DIGITS = /^\+?[0-9]{8,20}$/;

export class ImportRangeDto {
  @EnumField(RESOURCE_TYPES, { example: 'msisdn' }) resourceType: (typeof RESOURCE_TYPES)[number];
  @TextField({ max: 21, pattern: DIGITS, example: '4915100000000', description: 'The first number (an ICCID with its check digit)' })
  from: string;
  @TextField({ max: 21, pattern: DIGITS, example: '4915100009999', description: 'The last number, as many digits as `from`' }) to: string;
  @TextField({ max: 60, optional: true, pattern: POOL, example: 'default' }) pool?: string;
}

export class ImportCsvQueryDto {
  @EnumField(RESOURCE_TYPES, { example: 'msisdn', description: 'The type of the numbers of a CSV upload' })
  resourceType: (typeof RESOURCE_TYPES)[number];
  @TextField({ max: 60, optional: true, pattern: POOL, example: 'default' }) pool?: string;
}

export class ImportDuplicatesView {
  @ApiProperty({ example: 2 }) count: number;
  @ApiProperty({ type: [String], example: ['4915100000007'], description: 'The first ones (at most 20)' }) first: string[];
}

export class ImportReportView {
  @ApiProperty({ example: '5f0c…' }) importId: string;
  @ApiProperty({ enum: RESOURCE_TYPES, example: 'msisdn' }) resourceType: string;
  @ApiProperty({ example: 'default' }) pool: string;
  @ApiProperty({ example: 10000, description: 'Numbers in the range or file' }) received: number;
  @ApiProperty({ example: 9998, description: 'Numbers added to the pool' }) inserted: number;
  @ApiProperty({ type: ImportDuplicatesView, description: 'Numbers in the pool already (or twice in the file): never doubled' })
  duplicates: ImportDuplicatesView;
}
