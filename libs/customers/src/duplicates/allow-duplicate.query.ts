import type { ApiQueryOptions } from '@nestjs/swagger';
import { EnumField } from '@contactly/platform';

const BOOLEAN_TEXT = ['true', 'false'] as const;

const DESCRIPTION =
  'Create even when an existing customer (in your scope) has the same email or phone. Without it such a create is ' +
  '409 `POSSIBLE_DUPLICATE_CUSTOMER` naming them in `duplicates` (`id`, `href`, `name`, `matched`), and nothing is written. ' +
  'Check first with GET /api/v1/customers/duplicates.';

/** `?allowDuplicate=true`: the override of the duplicate check of a create. */
export class AllowDuplicateQuery {
  @EnumField(BOOLEAN_TEXT, { optional: true, description: DESCRIPTION })
  allowDuplicate?: 'true' | 'false';
}

/** The create query of the TMF routes that make (or may become) a customer. */
export const ALLOW_DUPLICATE_QUERY: { type: typeof AllowDuplicateQuery; docs: ApiQueryOptions[] } = {
  type: AllowDuplicateQuery,
  docs: [{ name: 'allowDuplicate', required: false, schema: { type: 'string', enum: [...BOOLEAN_TEXT] }, description: DESCRIPTION }],
};

/** What a service's create is told about duplicates. */
export interface CreateOptions {
  /** Create even when an existing customer has the same email or phone (else 409). */
  allowDuplicate?: boolean;
}

export const createOptionsOf = (query: object | undefined): CreateOptions => ({
  allowDuplicate: (query as AllowDuplicateQuery | undefined)?.allowDuplicate === 'true',
});
