import type { OrgUnitLink, SyncMember } from '@shared/sync/permissions';
import { canWriteUnit } from '@shared/sync/teamDocuments';
import type { SyncState, SyncStatus } from './api';

export interface StatusFacts {
  /** Why the server turned this member away, if it did. */
  refusal: string | null;
  connected: boolean;
  /** Was connected once and lost it (offline), as opposed to still connecting. */
  lostConnection: boolean;
  /** Local updates the server has not confirmed yet, over every document. */
  waiting: number;
  /** Some document is still opening or has not finished its first sync. */
  opening: boolean;
  member: SyncMember | null;
  units: readonly (OrgUnitLink & { name: string })[];
  online: number;
  notice: SyncStatus['notice'];
}

/** The transport's state as the sidebar's status line and the edit controls read it. */
export function composeStatus(f: StatusFacts): SyncStatus {
  let state: SyncState;
  if (f.refusal) state = 'refused';
  else if (!f.connected) state = f.lostConnection ? 'offline' : 'connecting';
  else if (f.waiting > 0) state = 'sending';
  else if (f.opening) state = 'connecting';
  else state = 'synced';
  const member = f.member;
  const readOnlyUnits = member
    ? f.units.filter((u) => !u.deletedAt && !canWriteUnit(u.id, member, f.units)).map((u) => u.name)
    : [];
  return {
    state,
    online: f.connected ? f.online : 0,
    waiting: f.waiting,
    readOnlyUnits,
    memberId: member?.personId ?? null,
    ...(f.refusal ? { message: f.refusal } : {}),
    ...(f.notice ? { notice: f.notice } : {}),
  };
}

/** Tells every listener the status when it changed; the same status twice is told once. */
export class StatusListeners {
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private last: string | null = null;

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** `read` runs only when someone listens. */
  emit(read: () => SyncStatus): void {
    if (!this.listeners.size) return;
    const status = read();
    const json = JSON.stringify(status);
    if (json === this.last) return;
    this.last = json;
    for (const listener of this.listeners) listener(status);
  }

  clear(): void {
    this.listeners.clear();
  }
}
