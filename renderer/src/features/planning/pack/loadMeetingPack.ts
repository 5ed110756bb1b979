import { coachCycle, loadLanguage } from '@shared/domain/coach';
import { buildMeetingPack, type MeetingPack } from '@shared/report/meetingPack';
import { dotBudget, PLANNING_SETTING } from '../../../db/commands/planning';
import { db } from '../../../db/schema';
import { live } from '../../../db/records';
import { loadCoachInput } from '../../coach/loadCoachInput';

/**
 * The meeting pack of a cycle, read from the database: the same model for the view, Markdown
 * and PDF, its dates in the person's `locale` ('' for the system's).
 */
export async function loadMeetingPack(
  cycleId: string,
  today: string,
  locale = '',
): Promise<MeetingPack | null> {
  const input = await loadCoachInput(cycleId, today);
  if (!input?.cycle) return null;
  const cycle = await db.cycles.get(cycleId);
  if (!cycle) return null;
  const objectives = live(await db.objectives.where('cycleId').equals(cycleId).toArray());
  const [keyResults, orgUnits, votes, comments, budget, hand] = await Promise.all([
    db.keyResults.where('cycleId').equals(cycleId).toArray().then(live),
    db.orgUnits.toArray().then(live),
    db.votes.where('cycleId').equals(cycleId).toArray().then(live),
    db.comments
      .where('objectiveId')
      .anyOf(objectives.map((o) => o.id))
      .toArray()
      .then(live),
    dotBudget(),
    db.settings.get(PLANNING_SETTING.handOrder(cycleId)),
  ]);
  await loadLanguage();
  const report = coachCycle(input);
  return buildMeetingPack(
    {
      cycle,
      preparedOn: today,
      objectives,
      keyResults,
      orgUnits,
      votes,
      comments,
      handOrder: Array.isArray(hand?.value) ? (hand.value as string[]) : [],
      dotBudget: budget,
      findings: report.findings,
      health: report.health,
    },
    locale,
  );
}
