import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Finding } from '@shared/domain/coach';
import type { Comment, Cycle, KeyResult, Objective, OrgUnit, Vote } from '@shared/domain/model';
import { voteOrder, type RankedProposal } from '@shared/domain/planning';
import { dotBudget, PLANNING_SETTING } from '../../db/commands/planning';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';
import { groupBy } from '../../db/queries';
import { useCycleCoach } from '../coach/useCycleCoach';

export interface PlanningData {
  cycle: Cycle;
  objectives: Objective[];
  byId: Map<string, Objective>;
  keyResultsOf: Map<string, KeyResult[]>;
  orgUnits: OrgUnit[];
  orgById: Map<string, OrgUnit>;
  votes: Vote[];
  comments: Map<string, Comment[]>;
  budget: number;
  handOrder: string[];
  /** Proposals in vote order. */
  order: RankedProposal[];
  findingsOf: Map<string, Finding[]>;
  health: number | null;
}

/** Everything the planning board shows for one cycle, live. */
export function usePlanningData(cycleId: string | null): PlanningData | null | undefined {
  const raw = useLiveQuery(async () => {
    if (!cycleId) return null;
    const cycle = await db.cycles.get(cycleId);
    if (!isLive(cycle)) return null;
    const [objectives, keyResults, orgUnits, votes, budget, hand] = await Promise.all([
      db.objectives.where('cycleId').equals(cycleId).toArray().then(live),
      db.keyResults.where('cycleId').equals(cycleId).toArray().then(live),
      db.orgUnits.toArray().then(live),
      db.votes.where('cycleId').equals(cycleId).toArray().then(live),
      dotBudget(),
      db.settings.get(PLANNING_SETTING.handOrder(cycleId)),
    ]);
    const comments = live(
      await db.comments
        .where('objectiveId')
        .anyOf(objectives.map((o) => o.id))
        .toArray(),
    );
    const handOrder = Array.isArray(hand?.value) ? (hand.value as string[]) : [];
    return { cycle, objectives, keyResults, orgUnits, votes, budget, handOrder, comments };
  }, [cycleId]);
  const coach = useCycleCoach(cycleId);
  return useMemo(() => {
    if (!raw) return raw;
    const proposals = raw.objectives.filter((o) => o.planState === 'proposed');
    return {
      ...raw,
      byId: new Map(raw.objectives.map((o) => [o.id, o])),
      keyResultsOf: groupBy(
        [...raw.keyResults].sort((a, b) => a.rank - b.rank),
        (k) => k.objectiveId,
      ),
      orgById: new Map(raw.orgUnits.map((u) => [u.id, u])),
      comments: groupBy(
        [...raw.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        (c) => c.objectiveId,
      ),
      order: voteOrder(proposals, raw.votes, raw.handOrder),
      findingsOf: groupBy(
        (coach?.report.findings ?? []).filter((f) => f.objectiveId),
        (f) => f.objectiveId!,
      ),
      health: coach?.report.health ?? null,
    };
  }, [raw, coach]);
}
