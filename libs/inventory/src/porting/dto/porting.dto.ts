import { EnumField, TextField } from '@contactly/platform';
import { PORTING_STATES, RESOURCE_TYPES } from '../../resource/number-resource.entity.js';

export class PortInDto {
  @EnumField(['msisdn'], { example: 'msisdn', description: 'Only phone numbers are ported' }) resourceType: 'msisdn';
  @TextField({ max: 30, example: '4917012345678' }) value: string;
  @TextField({ max: 100, example: 'Telekom', description: 'The operator the number comes from' }) donorOperator: string;
  @EnumField(PORTING_STATES, { optional: true, example: 'completed', description: 'Default completed' })
  portingState?: (typeof PORTING_STATES)[number];
  @TextField({ max: 60, optional: true, pattern: /^[A-Za-z0-9._-]+$/, example: 'ported', description: 'The pool of a new number' })
  pool?: string;
}

export class PortOutDto {
  @EnumField(RESOURCE_TYPES, { example: 'msisdn' }) resourceType: (typeof RESOURCE_TYPES)[number];
  @TextField({ max: 30, example: '4917012345678' }) value: string;
}
