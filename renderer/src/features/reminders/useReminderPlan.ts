import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReminderKeyResult, ReminderPlan } from '@shared/domain/reminders';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { readPreferences } from '../../db/commands/settings';
import { useMeId } from '../workspace';
import { useWindowOpened } from '../../db/useOpeningRead';
import { reminders } from './appReminders';

/** The person's key results in active cycles, each with the day of its latest check-in. */
export function useReminderKeyResults(
  meId: string | undefined,
  read = true,
): ReminderKeyResult[] | undefined {
  return useLiveQuery(async () => {
    if (!read) return undefined;
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
  }, [meId, read]);
}

/**
 * The reminder as of now. The app's scheduler re-plans whenever the data or the settings
 * change, and when the window comes back (focus, a tab shown again, a machine woken from
 * sleep, whose timers were frozen); between those, its one timer wakes it at the next
 * check-in moment.
 */
export function useReminderPlan(): ReminderPlan | undefined {
  // Not the defaults while loading: a reminder at the default time would be a false alarm.
  const prefs = useLiveQuery(readPreferences, []);
  // Read once the window has opened: not ahead of the first screen's reads.
  const keyResults = useReminderKeyResults(useMeId(), useWindowOpened());
  useEffect(() => {
    if (prefs && keyResults) reminders.update({ prefs, keyResults });
  }, [prefs, keyResults]);
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === 'visible') reminders.wake();
    };
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
      reminders.stop();
    };
  }, []);
  return useSyncExternalStore(reminders.subscribe, reminders.current);
}
