import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds an entity from a raw row the way TypeORM would (types, booleans, dates, JSON transformers),
 * for the few hot queries a repository writes as plain SQL. `prefix` picks the columns of one
 * joined table (`r__name` with prefix `r__`).
 */
export function hydrate<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>, prefix = ''): T {
  const metadata = dataSource.getMetadata(entity);
  const result = metadata.create() as T;
  for (const column of metadata.columns) {
    (result as Record<string, unknown>)[column.propertyName] = dataSource.driver.prepareHydratedValue(row[`${prefix}${column.databaseName}`], column);
  }
  return result;
}

/** `alias.column AS prefix + column` for every column of the entity, to select a joined table's row. */
export function selectColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((column) => `${alias}.${column.databaseName} AS ${prefix}${column.databaseName}`)
    .join(', ');
}
