import { fractionElapsed } from '../../../../shared/domain/cycle';
import { forecastKeyResult, type Forecast } from '../../../../shared/domain/forecast';
import { checkInAt, keyResultAt, type HistoryCheckIn } from '../../../../shared/domain/history';
import type { Cycle, KeyResult } from '../../../../shared/domain/model';
import { keyResultProgress, keyResultStatus } from '../../../../shared/domain/progress';
import {
  daysSinceCheckIn,
  displayStatus,
  isStale,
  type DisplayStatus,
} from '../../../../shared/domain/staleness';
import { parseISO } from 'date-fns';

export interface KrState {
  /** The key result as it stood on the date asked for. */
  kr: KeyResult;
  progress: number;
  status: DisplayStatus;
  stale: boolean;
  daysSilent: number;
  forecast: Forecast | null;
}

/** Everything a view says about a key result on a date, from its check-in history. */
export function krStateOn(
  kr: KeyResult,
  history: readonly HistoryCheckIn[],
  cycle: Cycle,
  date: string,
  staleDays: number,
): KrState {
  // With no check-in after the date, the key result as it is now is how it stood (its ticked
  // milestones included); otherwise it is rebuilt from the history up to that date.
  const asOf = history.some((c) => c.at > date) ? keyResultAt(kr, history, date) : kr;
  const input = {
    kr: asOf,
    lastCheckInAt: checkInAt(history, date)?.at ?? null,
    cycle,
    today: date,
    staleDays,
  };
  const stale = isStale(input);
  return {
    kr: asOf,
    progress: keyResultProgress(asOf),
    status: displayStatus(keyResultStatus(asOf, fractionElapsed(cycle, parseISO(date))), stale),
    stale,
    daysSilent: daysSinceCheckIn(input),
    forecast: forecastKeyResult(kr, history, cycle, date),
  };
}
