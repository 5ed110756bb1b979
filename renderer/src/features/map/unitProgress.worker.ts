import Dexie from 'dexie';
import { unitGroupsOfCycle } from '@shared/domain/graphUnits';
import type { UnitGroup } from '@shared/domain/graphTypes';
import type { Cycle, KeyResult, Objective, OrgUnit } from '@shared/domain/model';
import { isRunning, readStatusFacts, windowStart, youngKeyResults } from './statusFacts';

/**
 * The units view's progress and status, off the main thread: reads a cycle's objectives, key
 * results and status facts from the workspace's database itself and answers with the unit
 * groups alone (a few hundred small objects instead of tens of thousands of rows), so the
 * window stays responsive while a 10,000-objective cycle is read (docs/benchmarks.md).
 */

export interface UnitProgressRequest {
  seq: number;
  dbName: string;
  cycle: Pick<Cycle, 'id' | 'start' | 'end' | 'state'>;
  orgUnits: OrgUnit[];
  today: string;
  staleDays: number;
}
export type UnitProgressResponse =
  { seq: number; groups: UnitGroup[]; ms: number } | { seq: number; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<UnitProgressRequest>) => void) | null;
  postMessage(message: UnitProgressResponse): void;
};

// One connection per database, opened with the schema it has (the app's classes stay out).
// Dexie closes it when the app upgrades the schema, and it opens again on the next request.
const connections = new Map<string, Dexie>();
const connect = (name: string): Dexie => {
  let d = connections.get(name);
  if (!d) {
    d = new Dexie(name);
    connections.set(name, d);
  }
  return d;
};

async function groupsOf(req: UnitProgressRequest): Promise<UnitGroup[]> {
  const d = connect(req.dbName);
  if (!d.isOpen()) await d.open();
  const [objectives, keyResults] = await Promise.all([
    d.table<Objective, string>('objectives').where('cycleId').equals(req.cycle.id).toArray(),
    d.table<KeyResult, string>('keyResults').where('cycleId').equals(req.cycle.id).toArray(),
  ]);
  const from = windowStart(req.today, req.staleDays);
  const young = isRunning(req.cycle, req.today) ? youngKeyResults(keyResults, from) : [];
  const facts = await readStatusFacts(d, req.cycle, young, req.today, req.staleDays);
  return unitGroupsOfCycle({
    objectives,
    keyResults,
    orgUnits: req.orgUnits,
    status: { cycle: req.cycle, today: req.today, staleDays: req.staleDays },
    ...facts,
  });
}

scope.onmessage = (e) => {
  const t0 = performance.now();
  groupsOf(e.data).then(
    (groups) => scope.postMessage({ seq: e.data.seq, groups, ms: performance.now() - t0 }),
    (err: unknown) => scope.postMessage({ seq: e.data.seq, error: String(err) }),
  );
};
