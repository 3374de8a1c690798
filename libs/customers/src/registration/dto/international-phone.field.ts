import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A phone number in international format. Spaces, dots, dashes and brackets are dropped first, so
 * `+44 7700 900123` arrives as `+447700900123`, the form contact media store.
 */
export function InternationalPhoneField(options: { description?: string } = {}) {
  return applyDecorators(
    ApiProperty({
      type: 'string',
      maxLength: 25,
      example: '+447700900123',
      description: options.description ?? 'International format (E.164); spaces, dots, dashes and brackets are ignored',
    }),
    Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s().-]/g, '') : value)),
    IsString(),
    Length(1, 25),
    Matches(E164, { message: '$property must be a phone number in international format, e.g. +447700900123' }),
  );
}
