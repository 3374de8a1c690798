import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A string's length in characters as the database columns count them (code points). class-validator's
 * `Length` counts like validator.js, which leaves out variation selectors (U+FE0E, U+FE0F): text made
 * of them passed it and then overflowed its column, a 500 on MariaDB. The messages are Length's.
 */
export function CodePointLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'codePointLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = [...value].length;
          return length >= min && length <= max;
        },
        defaultMessage: (args) => {
          const value = args?.value;
          const short = typeof value === 'string' && [...value].length < min;
          return short
            ? `$property must be longer than or equal to ${min} characters`
            : `$property must be shorter than or equal to ${max} characters`;
        },
      },
    },
    options,
  );
}
