/**
 * What a lib hands the app to build the data source: its entity classes and migrations. The opaque
 * typing does not keep anyone from querying with them (`repository(entities[0])` compiles): what does
 * is where they are published, a lib's separate `@contactly/<lib>/persistence` entry, which
 * dependency-cruiser lets only the app composition, scripts and tests import.
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
