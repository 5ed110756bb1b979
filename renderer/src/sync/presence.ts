import type { HocuspocusProvider } from '@hocuspocus/provider';

/** Teammates present on a document, this member excluded, each counted once. */
export function othersOnline(provider: HocuspocusProvider, me: string | undefined): number {
  const others = new Set<string>();
  for (const state of provider.awareness?.getStates().values() ?? []) {
    const id = (state as { memberId?: unknown }).memberId;
    if (typeof id === 'string' && id !== me) others.add(id);
  }
  return others.size;
}

/**
 * Tells the others this member is here, on every (re)connect. The server dropped this
 * client's presence when it left, one clock tick ahead of the state the client still holds,
 * so the same state sent again would be ignored: two ticks make it newer than the drop.
 */
export function announcePresence(provider: HocuspocusProvider, personId: string): void {
  provider.setAwarenessField('memberId', personId);
  provider.setAwarenessField('memberId', personId);
}
