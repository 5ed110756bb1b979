/**
 * When the host may forget a picked feed file. The host's list of files it may read (Electron's
 * allow-list, the browser's kept handles) is one per computer, but each workspace knows only its
 * own key results and KPIs, and a file's ref can be in several workspaces (sharing a workspace
 * copies its rows, feeds included). So each workspace records the files it feeds from, and a
 * file is forgotten only when no workspace on this computer lists it.
 */

/** The files each workspace on this computer feeds from; undefined where none is recorded yet. */
export type FeedFilesByWorkspace = readonly (readonly string[] | undefined)[];

/** The files a workspace fed from before and no longer does (deleted, unlinked, relinked). */
export const feedFilesLeft = (before: readonly string[], now: readonly string[]): string[] =>
  before.filter((ref) => !now.includes(ref));

/**
 * Whether no workspace feeds from the file. A workspace not opened since files were recorded
 * may feed from anything: while one is unrecorded, nothing is forgotten.
 */
export const mayForgetFeedFile = (ref: string, workspaces: FeedFilesByWorkspace): boolean =>
  workspaces.every((files) => files !== undefined && !files.includes(ref));
