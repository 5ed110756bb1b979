/**
 * How Cairn names its backup files. `.cairn.json` is the file association the installers
 * declare (package.json build.fileAssociations), so a backup double-clicked in a file manager
 * opens in Cairn; the text inside is plain JSON, and restoring accepts any `.json`.
 */
export const BACKUP_EXTENSION = '.cairn.json';

/** Whether a file name or path is one Cairn opens when a person opens it from outside. */
export const isBackupFileName = (nameOrPath: string): boolean =>
  nameOrPath.toLowerCase().endsWith(BACKUP_EXTENSION);

/** A backup the person saves: `cairn-backup-2026-12-05T10-32-03.cairn.json`. */
export const backupFileName = (d: Date): string =>
  `cairn-backup-${d.toISOString().slice(0, 19).replace(/:/g, '-')}${BACKUP_EXTENSION}`;

/** An automatic backup: `cairn-2026-12-05T10-32-03.123Z.cairn.json` (colons are not portable). */
export const autoBackupFileName = (d: Date): string =>
  `cairn-${d.toISOString().replace(/:/g, '-')}${BACKUP_EXTENSION}`;
