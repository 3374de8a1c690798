import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../http/validation/fields.js';

/** A named value describing a resource (TMF Characteristic), as a client sends it. */
export class CharacteristicDto {
  @TextField({ max: 100, example: 'segment' }) name: string;
  @TextField({ max: 40, optional: true, example: 'string' }) valueType?: string;
  @TextField({ max: 500, example: 'B2C' }) value: string;
}

export class CharacteristicView {
  @ApiProperty({ example: 'segment' }) name: string;
  @ApiProperty({ example: 'string' }) valueType: string;
  @ApiProperty({ example: 'B2C' }) value: string;
}

/** A characteristic with a string value, the kind every TMF resource here shows. */
export const stringCharacteristic = (name: string, value: string): CharacteristicView => ({ name, valueType: 'string', value });
