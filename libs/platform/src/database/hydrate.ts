import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's metadata and, per prefix, each column with the row key it is read from: looked up once, not per row. */
interface Plan {
  metadata: EntityMetadata;
  keys: Map<string, [ColumnMetadata, string][]>;
}

const plans = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Plan>>();

function planOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  prefix: string,
): { metadata: EntityMetadata; keys: [ColumnMetadata, string][] } {
  let byEntity = plans.get(dataSource);
  if (!byEntity) plans.set(dataSource, (byEntity = new Map()));
  let plan = byEntity.get(entity);
  if (!plan) byEntity.set(entity, (plan = { metadata: dataSource.getMetadata(entity), keys: new Map() }));
  let keys = plan.keys.get(prefix);
  if (!keys) plan.keys.set(prefix, (keys = plan.metadata.columns.map((column) => [column, `${prefix}${column.databaseName}`])));
  return { metadata: plan.metadata, keys };
}

/**
 * Builds an entity from a raw row the way TypeORM would (types, booleans, dates, JSON transformers),
 * for the few hot queries a repository writes as plain SQL. `prefix` picks the columns of one
 * joined table (`r__name` with prefix `r__`).
 */
export function hydrate<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix = '',
): T {
  const { metadata, keys } = planOf(dataSource, entity, prefix);
  const result = metadata.create() as Record<string, unknown>;
  for (const [column, key] of keys) result[column.propertyName] = dataSource.driver.prepareHydratedValue(row[key], column);
  return result as T;
}

/** `alias.column AS prefix + column` for every column of the entity, to select a joined table's row. */
export function selectColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((column) => `${alias}.${column.databaseName} AS ${prefix}${column.databaseName}`)
    .join(', ');
}
