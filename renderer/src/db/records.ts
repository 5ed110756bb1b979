/** Helpers every command uses: ids, timestamps, and live-record filters. */

export const newId = (): string => crypto.randomUUID();
export const nowStamp = (): string => new Date().toISOString();

export const isLive = <T extends { deletedAt?: string | null }>(r: T | undefined): r is T =>
  !!r && !r.deletedAt;

export const live = <T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.deletedAt);

/** A rejected write: the field messages say what is wrong; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors).join('; '));
    this.name = 'ValidationError';
  }
}
