/**
 * What a lib hands the app to build the data source: its entity classes and migrations, typed
 * opaquely so that no other lib can use them to query the lib's tables.
 */
export interface LibPersistence {
  readonly entities: readonly Function[];
  readonly migrations: readonly Function[];
}

/** The entities and migrations of several libs, in the order given (migrations run by timestamp). */
export const mergePersistence = (...libs: LibPersistence[]): { entities: Function[]; migrations: Function[] } => ({
  entities: libs.flatMap((lib) => lib.entities),
  migrations: libs.flatMap((lib) => lib.migrations),
});
