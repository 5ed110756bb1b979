import { subDays } from 'date-fns';
import type { AlignmentTarget, CoachInput } from '@shared/domain/coach';
import type { Cycle } from '@shared/domain/model';
import { parseDate, toIsoDate } from '@shared/domain/cycle';
import { readLocale } from '../../db/commands/settings';
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
  const [alignmentTargets, pastScores] = await Promise.all([
    loadAlignmentTargets(objectives, new Set(keyResults.map((k) => k.id)), cycles),
    loadPastScores(cycle, cycles),
  ]);
  return {
    cycle,
    locale: await readLocale(),
    objectives,
    alignmentTargets,
    pastScores,
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

type Cycles = readonly Cycle[];

/** What the cycle's objectives are aligned to outside it, with the state of its cycle; deleted ones are left out. */
async function loadAlignmentTargets(
  objectives: readonly { id: string; alignedTo: { kind: string; id: string } | null }[],
  krIds: ReadonlySet<string>,
  cycles: Cycles,
): Promise<AlignmentTarget[]> {
  const here = new Set(objectives.map((o) => o.id));
  const wanted = objectives.flatMap((o) =>
    o.alignedTo && !here.has(o.alignedTo.id) && !krIds.has(o.alignedTo.id) ? [o.alignedTo] : [],
  );
  if (wanted.length === 0) return [];
  const objectiveIds = wanted.filter((a) => a.kind === 'objective').map((a) => a.id);
  const keyResultIds = wanted.filter((a) => a.kind === 'keyResult').map((a) => a.id);
  const [os, krs] = await Promise.all([
    db.objectives.bulkGet(objectiveIds),
    db.keyResults.bulkGet(keyResultIds),
  ]);
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const targets: AlignmentTarget[] = [];
  for (const [kind, rows] of [
    ['objective', os],
    ['keyResult', krs],
  ] as const)
    for (const r of rows) {
      const c = isLive(r) ? cycleById.get(r.cycleId) : undefined;
      if (r && c)
        targets.push({
          id: r.id,
          kind,
          cycleState: c.state,
          cycleName: c.name,
          ownerId: r.ownerId,
        });
    }
  return targets;
}

/** How many closed cycles back the coach looks for calibration. */
const CALIBRATION_CYCLES = 3;

/** The mean score of each of the last few closed cycles that ended before this one started. */
async function loadPastScores(
  cycle: { start: string },
  cycles: Cycles,
): Promise<NonNullable<CoachInput['pastScores']>> {
  const past = cycles
    .filter((c) => c.state === 'closed' && c.end < cycle.start)
    .sort((a, b) => a.end.localeCompare(b.end))
    .slice(-CALIBRATION_CYCLES);
  const means = await Promise.all(
    past.map(async (c) => {
      const scores = live(await db.scores.where('cycleId').equals(c.id).toArray());
      return scores.length
        ? {
            cycleId: c.id,
            name: c.name,
            mean: scores.reduce((s, x) => s + x.score, 0) / scores.length,
          }
        : null;
    }),
  );
  return means.filter((m) => m !== null);
}
