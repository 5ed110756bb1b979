/**
 * The schema's latest version (schema.ts declares it; a test holds the two together). Dexie
 * keeps version n as IndexedDB version n × 10. Its own file, so the window's early reads can
 * check the database is already at it without loading Dexie.
 */
export const LATEST_SCHEMA_VERSION = 4;
export const IDB_VERSION = LATEST_SCHEMA_VERSION * 10;
