/** Helpers every command uses: ids, timestamps, and live-record filters. */
import { idMaker } from '@shared/domain/ids';

/** Time-ordered ids (UUID version 7): rows made together are stored together. */
export const newId = idMaker(
  () => Date.now(),
  (n) => crypto.getRandomValues(new Uint8Array(n)),
);
export const nowStamp = (): string => new Date().toISOString();

export const isLive = <T extends { deletedAt?: string | null }>(r: T | undefined): r is T =>
  !!r && !r.deletedAt;

export const live = <T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.deletedAt);

// Commands throw it; it lives in shared/ so the UI can recognise it without importing db/.
export { ValidationError } from '@shared/domain/validation';
