import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { fractionElapsed } from '../../../../shared/domain/cycle';
import {
  buildAlignmentGraph,
  type AlignmentGraph,
  type ElsewhereRecord,
} from '../../../../shared/domain/graph';
import type { Cycle, KeyResult, Objective, OrgUnit } from '../../../../shared/domain/model';
import { useKeyResults, useObjectives, useOrgUnits } from '../../db/queries';
import { db } from '../../db/schema';
import { AUTO_FOLD_ABOVE, useMapUi } from './mapState';

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

/** The open cycle's alignment graph, re-derived whenever any of its records change. */
export function useAlignmentGraph(cycle: Cycle | undefined, today: Date): MapData | undefined {
  const objectives = useObjectives(cycle?.id ?? null);
  const keyResults = useKeyResults(cycle?.id ?? null);
  const units = useOrgUnits();
  const elsewhere = useElsewhere(objectives, keyResults);
  const choice = useMapUi((s) => s.showKeyResults);
  return useMemo(() => {
    if (!cycle || !objectives || !keyResults || !units || !elsewhere) return undefined;
    const showKeyResults = choice ?? objectives.length + keyResults.length <= AUTO_FOLD_ABOVE;
    const graph = buildAlignmentGraph({
      cycleId: cycle.id,
      objectives,
      keyResults,
      orgUnits: units,
      elapsed: fractionElapsed(cycle, today),
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
  }, [cycle, objectives, keyResults, units, elsewhere, choice, today]);
}
