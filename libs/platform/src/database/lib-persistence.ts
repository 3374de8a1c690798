/**
 * What a lib hands the app to build the data source: its entity classes and migrations, typed
 * opaquely so that no other lib can use them to query the lib's tables.
 */
/** A class (an entity or a migration): what TypeORM is handed, without the looseness of `Function`. */
export type ClassRef = abstract new (...args: never[]) => object;

export interface LibPersistence {
  readonly entities: readonly ClassRef[];
  readonly migrations: readonly ClassRef[];
}

/** The entities and migrations of several libs, in the order given (migrations run by timestamp). */
export const mergePersistence = (...libs: LibPersistence[]): { entities: ClassRef[]; migrations: ClassRef[] } => ({
  entities: libs.flatMap((lib) => lib.entities),
  migrations: libs.flatMap((lib) => lib.migrations),
});
