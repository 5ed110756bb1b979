import type { Cycle } from './model';

/**
 * The cycle a window opens on: the active one containing today, else one containing today
 * that is not closed, else the newest not closed, else any. Its own file, importing only
 * types, so the window's early reads (renderer/src/db/openingReads.ts) can pick the cycle
 * before the rest of the app's script has loaded.
 */
export function pickOpenCycle(cycles: readonly Cycle[], todayIso: string): Cycle | undefined {
  const open = cycles.filter((c) => c.state !== 'closed');
  return (
    open.find((c) => c.state === 'active' && c.start <= todayIso && todayIso <= c.end) ??
    open.find((c) => c.start <= todayIso && todayIso <= c.end) ??
    [...open].sort((a, b) => b.start.localeCompare(a.start))[0] ??
    cycles[0]
  );
}
