import { applyDecorators, createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { parseListQuery } from './list-query.js';
import { LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT, type ListSpec } from './list-spec.js';

/** Injects the parsed, validated ListQuery of the request for the given spec. */
export const ListQueryParams = createParamDecorator((spec: ListSpec, context: ExecutionContext) =>
  parseListQuery(context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown>, spec),
);

const SCHEMA_TYPE = {
  string: 'string',
  int: 'integer',
  id: 'string',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  enum: 'string',
} as const;

/** Documents a list endpoint: paging, fields, sort, every filter with its operators, and the count headers. */
export function ApiList(spec: ListSpec, item: Type<unknown>, description = 'One page of the list') {
  const filters = Object.entries(spec.fields)
    .filter(([, field]) => field.filter !== false)
    .flatMap(([name, field]) => {
      const schema = {
        type: SCHEMA_TYPE[field.type],
        ...(field.type === 'date' ? { format: 'date-time' } : {}),
        ...(field.values ? { enum: [...field.values] } : {}),
      };
      const exact = ApiQuery({ name, required: false, schema, description: `Exact match on ${name}` });
      if (!['int', 'id', 'number', 'date'].includes(field.type)) return [exact];
      return [
        exact,
        ...['gt', 'gte', 'lt', 'lte'].map((op) =>
          ApiQuery({ name: `${name}.${op}`, required: false, schema, description: `${name} ${op}` }),
        ),
      ];
    });
  const sortable = Object.entries(spec.fields)
    .filter(([, f]) => f.sort !== false)
    .map(([name]) => name);
  return applyDecorators(
    ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } }),
    ApiQuery({
      name: 'limit',
      required: false,
      schema: { type: 'integer', minimum: 0, maximum: LIST_MAX_LIMIT, default: LIST_DEFAULT_LIMIT },
      description: `Capped at ${LIST_MAX_LIMIT}`,
    }),
    ApiQuery({
      name: 'fields',
      required: false,
      schema: { type: 'string' },
      description: 'Comma-separated attributes to return (id and href are always kept)',
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      schema: { type: 'string', default: spec.defaultSort },
      description: `Comma-separated; prefix - for descending. One of: ${sortable.join(', ')}`,
    }),
    ...filters,
    ...(spec.extraParams ?? []).map((name) =>
      ApiQuery({ name, required: false, schema: { type: 'string' }, description: spec.extraParamDescriptions?.[name] }),
    ),
    ApiOkResponse({
      description,
      type: item,
      isArray: true,
      headers: {
        'X-Total-Count': { description: 'Items matching the filters', schema: { type: 'integer' } },
        'X-Result-Count': { description: 'Items in this page', schema: { type: 'integer' } },
      },
    }),
  );
}
