import { useMemo } from 'react';
import { useUi } from '../../store/ui';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/cycle';
import {
  buildAlignmentGraph,
  type AlignmentGraph,
  type ElsewhereRecord,
} from '@shared/domain/graph';
import type { StatusFacts } from '@shared/domain/graphUnits';
import type { Cycle, KeyResult, Objective, OrgUnit } from '@shared/domain/model';
import { useKeyResults, useObjectives, useOrgUnits } from '../../db/queries';
import { db } from '../../db/schema';
import { useStaleDays } from '../checkins/useCheckInData';
import { AUTO_FOLD_ABOVE } from './mapState';
import { isRunning, readStatusFacts, windowStart, youngKeyResults } from './statusFacts';

export interface MapData {
  graph: AlignmentGraph;
  objectives: ReadonlyMap<string, Objective>;
  keyResults: readonly KeyResult[];
  units: readonly OrgUnit[];
  showKeyResults: boolean;
}

/** Alignment targets that are not live records of the cycle: looked up by key to say why. */
function useElsewhere(
  objectives: Objective[] | undefined,
  keyResults: KeyResult[] | undefined,
): Map<string, ElsewhereRecord> | undefined {
  const missing = useMemo(() => {
    if (!objectives || !keyResults) return '';
    const known = new Set([...objectives.map((o) => o.id), ...keyResults.map((k) => k.id)]);
    const out: string[] = [];
    for (const o of objectives)
      if (o.alignedTo && !known.has(o.alignedTo.id))
        out.push(`${o.alignedTo.kind}:${o.alignedTo.id}`);
    return out.sort().join(' ');
  }, [objectives, keyResults]);
  return useLiveQuery(async () => {
    const out = new Map<string, ElsewhereRecord>();
    if (!missing) return out;
    const links = missing.split(' ').map((s) => s.split(':') as [string, string]);
    const objIds = links.filter(([k]) => k === 'objective').map(([, id]) => id);
    const krIds = links.filter(([k]) => k === 'keyResult').map(([, id]) => id);
    const [os, ks] = await Promise.all([
      db.objectives.bulkGet(objIds),
      db.keyResults.bulkGet(krIds),
    ]);
    for (const r of [...os, ...ks])
      if (r) out.set(r.id, { cycleId: r.cycleId, deleted: !!r.deletedAt });
    return out;
  }, [missing]);
}

/**
 * What the statuses need beyond the key results (statusFacts.ts), kept live: the latest
 * check-ins over the stale-after window of a running cycle, a closed cycle's final scores.
 */
function useStatusFacts(
  cycle: Cycle | undefined,
  keyResults: readonly KeyResult[] | undefined,
  today: string,
  staleDays: number,
): StatusFacts | undefined {
  const running = !!cycle && isRunning(cycle, today);
  const from = windowStart(today, staleDays);
  const young = useMemo(
    () => (running && keyResults ? youngKeyResults(keyResults, from).join(',') : ''),
    [running, keyResults, from],
  );
  const ready = !!keyResults;
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    if (!cycle) return { lastCheckIns: new Map(), finalScores: new Map() };
    return readStatusFacts(db, cycle, young ? young.split(',') : [], today, staleDays);
  }, [ready, cycle?.id, cycle?.state, running, from, today, young]);
}

/**
 * The open cycle's alignment graph, re-derived whenever any of its records change. Off
 * (`cycle` undefined) while the map shows units: those read far less (useUnitGroups.ts).
 */
export function useAlignmentGraph(cycle: Cycle | undefined, today: Date): MapData | undefined {
  const objectives = useObjectives(cycle?.id ?? null);
  const keyResults = useKeyResults(cycle?.id ?? null);
  const units = useOrgUnits();
  const elsewhere = useElsewhere(objectives, keyResults);
  const staleDays = useStaleDays();
  const day = toIsoDate(today);
  const facts = useStatusFacts(cycle, keyResults, day, staleDays);
  const choice = useUi((s) => s.mapShowKeyResults);
  return useMemo(() => {
    if (!cycle || !objectives || !keyResults || !units || !elsewhere || !facts) return undefined;
    const showKeyResults = choice ?? objectives.length + keyResults.length <= AUTO_FOLD_ABOVE;
    const graph = buildAlignmentGraph({
      cycleId: cycle.id,
      objectives,
      keyResults,
      orgUnits: units,
      status: { cycle, today: day, staleDays },
      lastCheckIns: facts.lastCheckIns,
      finalScores: facts.finalScores,
      showKeyResults,
      elsewhere,
    });
    return {
      graph,
      objectives: new Map(objectives.map((o) => [o.id, o])),
      keyResults,
      units,
      showKeyResults,
    };
  }, [cycle, objectives, keyResults, units, elsewhere, facts, choice, day, staleDays]);
}
