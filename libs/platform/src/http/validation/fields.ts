import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsObject,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CodePointLength } from './code-point-length.js';

/**
 * Composite field decorators: validation, OpenAPI schema and coercion in one place, so a DTO
 * states each attribute once. `nullable` accepts an explicit null (to clear a value in a PATCH).
 */
interface Common {
  description?: string;
  example?: unknown;
  optional?: boolean;
  nullable?: boolean;
}

const doc = (options: Common, schema: Record<string, unknown>) => {
  const property = { description: options.description, example: options.example, nullable: options.nullable, ...schema };
  return options.optional ? ApiPropertyOptional(property) : ApiProperty(property);
};
/**
 * An optional attribute may be left out; only a `nullable` one may be sent as null (to clear it).
 * A null for a non-nullable attribute is a 400, not silently ignored.
 */
const presence = (options: Common) =>
  options.nullable ? [IsOptional()] : options.optional ? [ValidateIf((_, value) => value !== undefined)] : [];

/** Trims, rejects control characters, and bounds length. */
export function TextField(options: Common & { min?: number; max: number; pattern?: RegExp; patternMessage?: string }) {
  const min = options.min ?? 1;
  return applyDecorators(
    doc(options, {
      type: 'string',
      minLength: min,
      maxLength: options.max,
      ...(options.pattern ? { pattern: options.pattern.source } : {}),
    }),
    ...presence(options),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    CodePointLength(min, options.max),
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    Matches(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u, { message: '$property must not contain control characters' }),
    ...(options.pattern
      ? [Matches(options.pattern, { message: options.patternMessage ?? `$property must match ${options.pattern.source}` })]
      : []),
  );
}

export function EmailField(options: Common = {}) {
  return applyDecorators(
    doc(options, { type: 'string', format: 'email', maxLength: 254, example: options.example ?? 'maria.ivanova@example.com' }),
    ...presence(options),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    CodePointLength(3, 254),
    IsEmail({}, { message: '$property must be an email address' }),
  );
}

/** A password: length only here; the identity password policy checks the rest. */
export function PasswordField(options: Common = {}) {
  return applyDecorators(
    doc(options, { type: 'string', format: 'password', minLength: 1, maxLength: 200, writeOnly: true }),
    ...presence(options),
    IsString(),
    CodePointLength(1, 200),
  );
}

export function IntField(options: Common & { min?: number; max?: number }) {
  return applyDecorators(
    doc(options, { type: 'integer', minimum: options.min, maximum: options.max }),
    ...presence(options),
    IsInt(),
    ...(options.min !== undefined ? [Min(options.min)] : []),
    ...(options.max !== undefined ? [Max(options.max)] : []),
  );
}

export function BooleanField(options: Common = {}) {
  return applyDecorators(doc(options, { type: 'boolean' }), ...presence(options), IsBoolean());
}

export function EnumField<T extends string>(values: readonly T[], options: Common = {}) {
  return applyDecorators(
    doc(options, { type: 'string', enum: [...values] }),
    ...presence(options),
    IsIn(values as unknown as unknown[], { message: `$property must be one of ${values.join(', ')}` }),
  );
}

export function DateTimeField(options: Common = {}) {
  return applyDecorators(
    doc(options, { type: 'string', format: 'date-time' }),
    ...presence(options),
    IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' }),
  );
}

export function StringListField(options: Common & { itemMax: number; maxItems: number; itemPattern?: RegExp }) {
  return applyDecorators(
    doc(options, { type: 'array', items: { type: 'string', maxLength: options.itemMax }, maxItems: options.maxItems }),
    ...presence(options),
    IsArray(),
    ArrayMaxSize(options.maxItems),
    IsString({ each: true }),
    CodePointLength(1, options.itemMax, { each: true }),
    ...(options.itemPattern ? [Matches(options.itemPattern, { each: true })] : []),
  );
}

export function NestedField(type: () => new () => object, options: Common & { isArray?: boolean; maxItems?: number }) {
  return applyDecorators(
    // @nestjs/swagger resolves a lazy type only from a function named `type`.
    doc(options, { type: () => type(), isArray: options.isArray }),
    ...(options.nullable
      ? [IsOptional()]
      : options.optional
        ? [ValidateIf((_, value) => value !== undefined)]
        : [IsDefined({ message: '$property is required' })]),
    // ValidateNested walks into an array where an object belongs (`[[]]`), and the service would get it.
    IsObject({ each: options.isArray, message: options.isArray ? '$property must hold objects' : '$property must be an object' }),
    ValidateNested({ each: options.isArray }),
    Type(type),
    ...(options.isArray ? [IsArray(), ArrayMaxSize(options.maxItems ?? 100)] : []),
  );
}
