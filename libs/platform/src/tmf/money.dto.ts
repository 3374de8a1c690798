import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { TextField } from '../http/validation/fields.js';

/** TMF Money as a client sends it; stored as integer minor units of the currency (see toMinorUnits). */
export class TmfMoneyDto {
  @TextField({
    max: 3,
    min: 3,
    pattern: /^[A-Z]{3}$/,
    patternMessage: 'unit must be an ISO 4217 currency code such as EUR',
    example: 'EUR',
  })
  unit: string;

  @ApiProperty({ type: 'number', minimum: 0, example: 500, description: 'A positive amount, with at most the decimals of the currency' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  @Min(0)
  @Max(1e13)
  value: number;
}

export class TmfMoneyView {
  @ApiProperty({ example: 'EUR' }) unit: string;
  @ApiProperty({ example: 500 }) value: number;
}
