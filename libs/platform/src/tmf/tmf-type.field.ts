import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, ValidateIf } from 'class-validator';

/** `bankCard` → `BankCard`: the name of the TMF class the value stands for. */
export const tmfClassName = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * A TMF `@type` whose spec lists its values in lowerCamel case (TMF670: `bankCard`), while TMF
 * payloads usually send the class name (`BankCard`). Both are accepted and stored, and answered, in
 * the spec's casing; anything else is a 400 naming the spec's values.
 */
export function TmfTypeField<T extends string>(
  values: readonly T[],
  options: { optional?: boolean; description?: string; example?: T } = {},
) {
  const bySpelling = new Map<string, T>(values.flatMap((value) => [[value, value] as const, [tmfClassName(value), value] as const]));
  const accepted = [...bySpelling.keys()];
  const property = {
    type: 'string' as const,
    enum: accepted,
    example: options.example ?? values[0],
    description: [
      options.description,
      `The class name (${values.map(tmfClassName).join(', ')}) is accepted too and answered as ${values.join(', ')}.`,
    ]
      .filter(Boolean)
      .join(' '),
  };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(property) : ApiProperty(property),
    ...(options.optional ? [ValidateIf((_, value) => value !== undefined)] : []),
    Transform(({ value }) => (typeof value === 'string' ? (bySpelling.get(value) ?? value) : value)),
    IsIn(values as unknown as unknown[], { message: `$property must be one of ${values.join(', ')}` }),
  );
}
