import type { TableColumnOptions } from 'typeorm';

/** Column builders for migrations (QueryRunner/Table API) that mirror `column-types.ts`. */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  bigint: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  boolean: (name: string, fallback: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: false,
    default: fallback ? 1 : 0,
  }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable }),
  version: (name = 'version'): TableColumnOptions => ({ name, type: 'integer', isNullable: false }),
};
