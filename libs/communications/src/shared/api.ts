import { applyDecorators } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** A path parameter that names a record by its numeric id or by its name. */
export const ApiIdOrName = (name: string, example: string | number, what: string) =>
  applyDecorators(
    ApiParam({ name, description: `The ${what}’s id, or its name (URL-encoded; names ignore case)`, example: String(example) }),
  );
