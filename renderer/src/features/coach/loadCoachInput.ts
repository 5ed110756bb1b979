import { subDays } from 'date-fns';
import type { CoachInput } from '../../../../shared/domain/coach';
import { parseDate, toIsoDate } from '../../../../shared/domain/cycle';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';

/** How far back check-ins are read: enough to tell stale from fresh without loading a year of history. */
const CHECK_IN_WINDOW_DAYS = 90;

/**
 * Everything the coach reads about one cycle, by index queries only. Used inside live queries
 * (so findings follow every write) and by the exports.
 */
export async function loadCoachInput(cycleId: string, today: string): Promise<CoachInput | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!isLive(cycle)) return null;
  const [objectives, keyResults, orgUnits, cycles] = await Promise.all([
    db.objectives.where('cycleId').equals(cycleId).toArray().then(live),
    db.keyResults.where('cycleId').equals(cycleId).toArray().then(live),
    db.orgUnits.toArray().then(live),
    db.cycles.toArray().then(live),
  ]);
  const krIds = new Set(keyResults.map((k) => k.id));
  const from = toIsoDate(subDays(parseDate(today), CHECK_IN_WINDOW_DAYS));
  const checkInsFrom = from > cycle.start ? from : cycle.start;
  const [checkIns, scores, dismissals] = await Promise.all([
    cycle.state === 'active'
      ? db.checkIns
          .where('at')
          .between(checkInsFrom, today, true, true)
          .filter((c) => krIds.has(c.keyResultId) && !c.deletedAt)
          .toArray()
      : Promise.resolve([]),
    cycle.state === 'closed'
      ? db.scores.where('cycleId').equals(cycleId).toArray().then(live)
      : Promise.resolve([]),
    db.dismissals
      .where('subjectId')
      .anyOf([cycleId, ...objectives.map((o) => o.id), ...krIds])
      .toArray()
      .then(live),
  ]);
  const longer = cycles.filter(
    (c) =>
      c.id !== cycleId &&
      (c.kind === 'half' || c.kind === 'year') &&
      c.start <= cycle.end &&
      cycle.start <= c.end,
  );
  const longerObjectives = longer.length
    ? live(
        await db.objectives
          .where('cycleId')
          .anyOf(longer.map((c) => c.id))
          .toArray(),
      )
    : [];
  return {
    cycle,
    objectives,
    keyResults,
    orgUnits,
    checkIns,
    checkInsFrom,
    scores,
    dismissals,
    longerCycles: longer.map((c) => ({
      cycle: c,
      objectives: longerObjectives.filter((o) => o.cycleId === c.id),
    })),
    today,
  };
}
