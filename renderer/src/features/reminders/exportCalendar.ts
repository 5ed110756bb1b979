import { buildCheckInCalendar } from '@shared/report/checkInCalendar';
import { readPreferences } from '../../db/commands/settings';
import { isLive } from '../../db/records';
import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';

/**
 * Saves the open cycle's calendar (.ics): the weekly check-in at the person's day and time,
 * the planning meeting and the cycle's end. Exporting again after the cycle or the check-in
 * time changed gives the same event UIDs, so importing the new file updates the calendar.
 */
export async function exportCheckInCalendar(): Promise<void> {
  const id = useUi.getState().cycleId;
  const cycle = id ? await db.cycles.get(id) : undefined;
  if (!isLive(cycle))
    return useUi.getState().toast('Choose a cycle to export its calendar', 'error');
  const content = buildCheckInCalendar({ cycle, prefs: await readPreferences(), now: new Date() });
  const slug = cycle.name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  const name = ['check-ins', slug].filter(Boolean).join('-');
  const res = await host.saveFile({
    suggestedName: `${name}.ics`,
    content,
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  });
  if (res.saved) useUi.getState().toast(res.path ? `Saved ${res.path}` : 'Check-in calendar saved');
}
