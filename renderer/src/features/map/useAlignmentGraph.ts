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
import {
  isRunning,
  readCycleFacts,
  readOlderCheckIns,
  windowStart,
  withOlderCheckIns,
  youngKeyResults,
} from './statusFacts';

export interface MapData {
  graph: AlignmentGraph;
  objectives: ReadonlyMap<string, Objective>;
  keyResults: readonly KeyResult[];
  units: readonly OrgUnit[];
  showKeyResults: boolean;
}

// Nothing to look up needs no answer from the database, nor a render waiting for one.
const NOTHING_ELSEWHERE: ReadonlyMap<string, ElsewhereRecord> = new Map();
const NO_OLDER: ReadonlyMap<string, string> = new Map();

/** Alignment targets that are not live records of the cycle: looked up by key to say why. */
function useElsewhere(
  objectives: Objective[] | undefined,
  keyResults: KeyResult[] | undefined,
): ReadonlyMap<string, ElsewhereRecord> | undefined {
  const missing = useMemo(() => {
    if (!objectives || !keyResults) return undefined;
    const objIds = new Set(objectives.map((o) => o.id));
    let krIds: Set<string> | null = null;
    const out: string[] = [];
    for (const o of objectives) {
      const to = o.alignedTo;
      if (!to) continue;
      const known =
        to.kind === 'objective'
          ? objIds.has(to.id)
          : (krIds ??= new Set(keyResults.map((k) => k.id))).has(to.id);
      if (!known) out.push(`${to.kind}:${to.id}`);
    }
    return out.sort().join(' ');
  }, [objectives, keyResults]);
  // Tagged with what was asked: a live query keeps its last answer while the next one loads.
  const r = useLiveQuery(async () => {
    const out = new Map<string, ElsewhereRecord>();
    if (!missing) return { missing, out };
    const links = missing.split(' ').map((s) => s.split(':') as [string, string]);
    const objIds = links.filter(([k]) => k === 'objective').map(([, id]) => id);
    const krIds = links.filter(([k]) => k === 'keyResult').map(([, id]) => id);
    const [os, ks] = await Promise.all([
      db.objectives.bulkGet(objIds),
      db.keyResults.bulkGet(krIds),
    ]);
    for (const r of [...os, ...ks])
      if (r) out.set(r.id, { cycleId: r.cycleId, deleted: !!r.deletedAt });
    return { missing, out };
  }, [missing]);
  if (missing === '') return NOTHING_ELSEWHERE;
  return missing !== undefined && r?.missing === missing ? r.out : undefined;
}

/**
 * What the statuses need beyond the key results (statusFacts.ts), kept live: the latest
 * check-ins over the stale-after window of a running cycle, a closed cycle's final scores.
 * Read alongside the key results, not after them; only the older check-ins of key results
 * that appeared inside the window (rare) wait for the key results.
 */
function useStatusFacts(
  cycle: Cycle | undefined,
  keyResults: readonly KeyResult[] | undefined,
  today: string,
  staleDays: number,
): StatusFacts | undefined {
  const running = !!cycle && isRunning(cycle, today);
  const from = windowStart(today, staleDays);
  const asked = cycle
    ? `${cycle.id}|${cycle.state}|${cycle.start}|${cycle.end}|${today}|${staleDays}`
    : '';
  const base = useLiveQuery(
    async () => ({
      asked,
      facts: cycle ? await readCycleFacts(db, cycle, today, staleDays) : null,
    }),
    [asked],
  );
  const young = useMemo(
    () => (running && keyResults ? youngKeyResults(keyResults, from).join(',') : ''),
    [running, keyResults, from],
  );
  const older = useLiveQuery(
    async () => ({
      young,
      from,
      map: young ? await readOlderCheckIns(db, young.split(','), from) : NO_OLDER,
    }),
    [young, from],
  );
  const olderMap = !young
    ? NO_OLDER
    : older?.young === young && older.from === from
      ? older.map
      : undefined;
  return useMemo(() => {
    if (!keyResults || base?.asked !== asked || !olderMap) return undefined;
    if (!base.facts) return { lastCheckIns: new Map(), finalScores: new Map() };
    return withOlderCheckIns(base.facts, olderMap);
  }, [keyResults, base, asked, olderMap]);
}

/**
 * The open cycle's alignment graph, re-derived whenever any of its records change. Off
 * (`cycleId` null) while the map shows units: those read far less (useUnitGroups.ts). Its
 * rows, status facts and the cycle's own record are read at once, none waiting on another.
 */
export function useAlignmentGraph(
  cycleId: string | null,
  openCycle: Cycle | undefined,
  today: Date,
): MapData | undefined {
  const objectives = useObjectives(cycleId);
  const keyResults = useKeyResults(cycleId);
  // The cycle's record is read alongside its rows (useCurrentCycle), never before them.
  const cycle = cycleId && openCycle?.id === cycleId ? openCycle : undefined;
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
