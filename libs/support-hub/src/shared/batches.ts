/** Rows per multi-row statement: far below SQLite's 32,766 bound variables and MariaDB's packet size. */
export const WRITE_BATCH = 800;
/** Values per `IN (…)` list. */
export const IN_BATCH = 1000;
