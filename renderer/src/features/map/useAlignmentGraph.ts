import { useMemo } from 'react';
import { useUi } from '../../store/ui';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, parseISO } from 'date-fns';
import { toIsoDate } from '@shared/domain/cycle';
import {
  buildAlignmentGraph,
  type AlignmentGraph,
  type ElsewhereRecord,
} from '@shared/domain/graph';
import type { Cycle, KeyResult, Objective, OrgUnit } from '@shared/domain/model';
import { useKeyResults, useObjectives, useOrgUnits } from '../../db/queries';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { useStaleDays } from '../checkins/useCheckInData';
import { AUTO_FOLD_ABOVE } from './mapState';

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

interface StatusFacts {
  lastCheckIns: Map<string, string>;
  finalScores: Map<string, number>;
}

/** The first day of the stale-after window ending `today`. */
const windowStart = (today: string, staleDays: number): string =>
  toIsoDate(addDays(parseISO(today), 1 - staleDays));

/**
 * What the statuses need beyond the key results. A running cycle: the latest check-in of each
 * key result, read by date over the stale-after window only — a key result without one there
 * is silent for the whole window whatever came before, except one that appeared inside the
 * window, whose older (back-dated) check-ins are looked up by key. A closed cycle: the final
 * scores set in review.
 */
function useStatusFacts(
  cycle: Cycle | undefined,
  keyResults: readonly KeyResult[] | undefined,
  today: string,
  staleDays: number,
): StatusFacts | undefined {
  const running = !!cycle && cycle.state === 'active' && today >= cycle.start && today <= cycle.end;
  const from = windowStart(today, staleDays);
  // Key results that appeared inside the window: their creation, not the cycle, starts the clock.
  const young = useMemo(
    () =>
      running && keyResults
        ? keyResults
            .filter((k) => k.createdAt.slice(0, 10) >= from)
            .map((k) => k.id)
            .join(',')
        : '',
    [running, keyResults, from],
  );
  const ready = !!keyResults;
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const out: StatusFacts = { lastCheckIns: new Map(), finalScores: new Map() };
    if (!cycle) return out;
    if (cycle.state === 'closed') {
      const scores = live(await db.scores.where('cycleId').equals(cycle.id).toArray());
      scores.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      for (const s of scores) out.finalScores.set(s.keyResultId, s.score);
      return out;
    }
    if (!running) return out;
    const latest = (c: { keyResultId: string; at: string; deletedAt?: string | null }) => {
      if (c.deletedAt) return;
      const seen = out.lastCheckIns.get(c.keyResultId);
      if (!seen || seen < c.at) out.lastCheckIns.set(c.keyResultId, c.at);
    };
    (await db.checkIns.where('at').between(from, today, true, true).toArray()).forEach(latest);
    const older = young.split(',').filter((id) => id && !out.lastCheckIns.has(id));
    const lists = await Promise.all(
      older.map((id) =>
        db.checkIns.where('[keyResultId+at]').between([id, ''], [id, from], true, false).toArray(),
      ),
    );
    lists.flat().forEach(latest);
    return out;
  }, [ready, cycle?.id, cycle?.state, running, from, today, young]);
}

/** The open cycle's alignment graph, re-derived whenever any of its records change. */
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
