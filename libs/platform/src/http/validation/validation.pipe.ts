import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { invalid, type FieldProblem } from '../errors/domain-error.js';
import { PLATFORM_ERRORS } from '../errors/platform-errors.js';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator says "property x should not exist" for unknown fields; say it plainly.
      message: message.startsWith(`property ${error.property} should not exist`)
        ? 'is not a known attribute'
        : message.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Path parameters reach their pipes as the client wrote them. Nest's implicit conversion would
 * turn `0x1`, `+1`, `1e0`, `1.0`, ` 1` and `01` into the number 1 before an id pipe could see
 * them, so one record would answer to many addresses; only the canonical form is an id.
 */
class ContactlyValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/**
 * Whitelisting validation: unknown attributes and wrong types are a 400 naming each field.
 * `expectedType` validates a parameter whose declared type is only known at run time (a
 * controller built by a factory for several resources).
 */
export function createValidationPipe(expectedType?: new () => object): ValidationPipe {
  return new ContactlyValidationPipe({
    expectedType,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return invalid(
        PLATFORM_ERRORS.VALIDATION_FAILED,
        `Invalid request: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`,
        details,
      );
    },
  });
}
