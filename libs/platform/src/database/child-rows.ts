import type { DeepPartial, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';

/** Child rows deleted or inserted per statement, unless told fewer (large rows, such as file chunks). */
const ROWS_PER_STATEMENT = 500;

/**
 * Replaces the child rows of one parent (its contact media, a rule's lines, a user's roles) without
 * gap locks. `DELETE … WHERE parent_id = ?` locks the index range of the parent, gaps included, so
 * two transactions writing the children of *different* parents deadlocked on InnoDB (each holding
 * the gap the other inserts into). The existing children are read and deleted by their primary
 * keys instead, which locks those rows only; a parent created in this transaction (`fresh`) has
 * none to delete. Writers of one parent are already serialised by the parent row (its version).
 */
export async function replaceChildRows<T extends ObjectLiteral>(
  repository: Repository<T>,
  parent: FindOptionsWhere<T>,
  rows: DeepPartial<T>[],
  options: { fresh?: boolean; batch?: number } = {},
): Promise<void> {
  const batch = options.batch ?? ROWS_PER_STATEMENT;
  if (!options.fresh) {
    const keys = repository.metadata.primaryColumns.map((column) => column.propertyName);
    const existing = await repository.find({ where: parent, select: Object.fromEntries(keys.map((key) => [key, true])) as never });
    for (let i = 0; i < existing.length; i += ROWS_PER_STATEMENT) {
      const slice = existing.slice(i, i + ROWS_PER_STATEMENT).map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));
      await repository.delete(slice as FindOptionsWhere<T>[]);
    }
  }
  for (let i = 0; i < rows.length; i += batch) await repository.insert(rows.slice(i, i + batch) as never);
}
