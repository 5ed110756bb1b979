import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { planReminder, type ReminderKeyResult, type ReminderPlan } from '@shared/domain/reminders';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { readPreferences } from '../../db/commands/settings';
import { useMeId } from '../workspace';

/** The person's key results in active cycles, each with the day of its latest check-in. */
export function useReminderKeyResults(meId: string | undefined): ReminderKeyResult[] | undefined {
  return useLiveQuery(async () => {
    if (!meId) return [];
    const cycles = live(await db.cycles.where('state').equals('active').toArray());
    if (cycles.length === 0) return [];
    const byId = new Map(cycles.map((c) => [c.id, c]));
    const krs = live(await db.keyResults.where('ownerId').equals(meId).toArray())
      .filter((k) => byId.has(k.cycleId))
      .sort((a, b) => a.cycleId.localeCompare(b.cycleId) || a.rank - b.rank);
    // The latest live check-in of each, read backwards along the [keyResultId+at] index.
    const latest = await Promise.all(
      krs.map((k) =>
        db.checkIns
          .where('[keyResultId+at]')
          .between([k.id, ''], [k.id, '\uffff'])
          .reverse()
          .filter((c) => !c.deletedAt)
          .first(),
      ),
    );
    return krs.map((kr, i) => ({
      kr,
      cycle: byId.get(kr.cycleId)!,
      lastCheckInAt: latest[i]?.at ?? null,
    }));
  }, [meId]);
}

// setTimeout holds at most 2^31 - 1 ms (24.8 days); a check-in is at most a week away anyway.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The reminder as of now, kept current by one timer armed for the next check-in moment. The
 * plan is worked out again whenever the data or the settings change, and when the window comes
 * back (focus, a tab shown again, a machine woken from sleep, whose timers were frozen).
 */
export function useReminderPlan(): ReminderPlan | undefined {
  // Not the defaults while loading: a reminder at the default time would be a false alarm.
  const prefs = useLiveQuery(readPreferences, []);
  const keyResults = useReminderKeyResults(useMeId());
  const [tick, setTick] = useState(0);
  const plan = useMemo(
    () =>
      keyResults && prefs && tick >= 0
        ? planReminder({ now: new Date(), prefs, keyResults })
        : undefined,
    [keyResults, prefs, tick],
  );
  const nextAt = plan?.next.getTime();
  useEffect(() => {
    if (nextAt === undefined) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, nextAt - Date.now()));
    const timer = setTimeout(() => setTick((t) => t + 1), wait);
    return () => clearTimeout(timer);
  }, [nextAt]);
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === 'visible') setTick((t) => t + 1);
    };
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
    };
  }, []);
  return plan;
}
