import { forecastKeyResult, type ForecastResult } from '@shared/domain/forecast';
import { checkInAt, keyResultAt, type HistoryCheckIn } from '@shared/domain/history';
import type { Cycle, KeyResult } from '@shared/domain/model';
import { keyResultProgress } from '@shared/domain/progress';
import { daysSinceCheckIn } from '@shared/domain/staleness';
import {
  keyResultStatus,
  stalenessInput,
  type Status,
  type StatusContext,
} from '@shared/domain/status';

export interface KrState {
  /** The key result as it stood on the date asked for. */
  kr: KeyResult;
  progress: number;
  /** From the one status rule (shared/domain/status.ts). */
  status: Status;
  daysSilent: number;
  forecast: ForecastResult | null;
}

/** Everything a view says about a key result on a date, from its check-in history. */
export function krStateOn(
  kr: KeyResult,
  history: readonly HistoryCheckIn[],
  cycle: Cycle,
  date: string,
  staleDays: number,
  finalScore?: number | null,
): KrState {
  // With no check-in after the date, the key result as it is now is how it stood (its ticked
  // milestones included); otherwise it is rebuilt from the history up to that date.
  const asOf = history.some((c) => c.at > date) ? keyResultAt(kr, history, date) : kr;
  const input = { kr: asOf, lastCheckInAt: checkInAt(history, date)?.at ?? null, finalScore };
  const ctx: StatusContext = { cycle, today: date, staleDays };
  return {
    kr: asOf,
    progress: keyResultProgress(asOf),
    status: keyResultStatus(input, ctx),
    daysSilent: daysSinceCheckIn(stalenessInput(input, ctx)),
    forecast: forecastKeyResult(kr, history, cycle, date),
  };
}
