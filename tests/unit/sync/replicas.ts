import 'fake-indexeddb/auto';
import { CairnDb } from '../../../renderer/src/db/schema';
import { exportBackup } from '../../../renderer/src/db/commands/backup';
import {
  applyRemote,
  documentNames,
  enableTeamSync,
  markPushed,
  pendingUpdates,
} from '../../../renderer/src/db/sync/teamSync';
import { wouldCreateLoop } from '../../../shared/domain/alignment';
import type { Objective } from '../../../shared/domain/model';

/**
 * Replicas of one team workspace, each its own fake-indexeddb database, and a network that
 * carries their local updates. Commands write through the app's one `db`, so the replicas
 * are driven by writes of the same shape (one transaction each, the same validation rules),
 * which pass through the same recorder as every command's.
 */

export interface Replica {
  db: CairnDb;
  memberId: string;
}
export interface Message {
  from: number;
  docName: string;
  update: Uint8Array;
}

let counter = 0;
const stamp = () => new Date(Date.UTC(2026, 10, 1, 0, 0, counter++)).toISOString();
export const ID = {
  company: 'company-0',
  cycle: 'cycle-0',
  people: ['person-a', 'person-b', 'person-c'],
  team: 'team-0',
};

/** The first replica holds the org and the cycle, shares it; the others join empty. */
export async function makeTeam(size: number): Promise<Replica[]> {
  const replicas: Replica[] = [];
  for (let i = 0; i < size; i++)
    replicas.push({ db: new CairnDb(`team-${++counter}-${i}`), memberId: ID.people[i]! });
  const first = replicas[0]!.db;
  const t = stamp();
  const unit = (id: string, kind: 'company' | 'team' | 'person', parentId: string | null) => ({
    id,
    kind,
    name: id,
    parentId,
    createdAt: t,
    updatedAt: t,
  });
  await first.orgUnits.bulkAdd([
    unit(ID.company, 'company', null),
    unit(ID.team, 'team', ID.company),
    ...ID.people.map((p) => unit(p, 'person', ID.team)),
  ]);
  await first.cycles.add({
    id: ID.cycle,
    name: 'Q4 2026',
    kind: 'quarter',
    start: '2026-10-01',
    end: '2026-12-31',
    state: 'active',
    ownerId: ID.company,
    createdAt: t,
    updatedAt: t,
  });
  for (const r of replicas) await enableTeamSync(r.db, { memberId: r.memberId });
  return replicas;
}

/** Takes what a replica has not pushed yet off it, as messages for the others. */
export async function outbox(replicas: Replica[], from: number): Promise<Message[]> {
  const db = replicas[from]!.db;
  const out: Message[] = [];
  for (const docName of await documentNames(db)) {
    const pending = await pendingUpdates(db, docName);
    if (!pending.length) continue;
    out.push(...pending.map((p) => ({ from, docName, update: p.update })));
    await markPushed(
      db,
      docName,
      pending.map((p) => p.seq),
    );
  }
  return out;
}

export const deliver = (replicas: Replica[], to: number, m: Message) =>
  applyRemote(replicas[to]!.db, m.docName, [m.update]);

/** Everything pushed reaches everyone, until no replica has anything left to push. */
export async function settle(replicas: Replica[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let moved = 0;
    for (let from = 0; from < replicas.length; from++) {
      for (const m of await outbox(replicas, from)) {
        moved++;
        for (let to = 0; to < replicas.length; to++)
          if (to !== from) await deliver(replicas, to, m);
      }
    }
    if (!moved) return;
  }
  throw new Error('The replicas kept sending updates after 10 rounds');
}

export const backupOf = async (r: Replica) =>
  (await exportBackup('test', r.db, new Date(Date.UTC(2026, 11, 1)))).text;

const liveSorted = async <T extends { id: string; deletedAt?: string | null }>(
  rows: Promise<T[]>,
) => (await rows).filter((r) => !r.deletedAt).sort((a, b) => (a.id < b.id ? -1 : 1));
const pick = <T>(rows: T[], n: number): T | undefined => rows[n % Math.max(1, rows.length)];

/** The writes the property test makes; each is one transaction, as a command's is. */
export const ops = {
  async addObjective(db: CairnDb, owner: number, title: string) {
    const t = stamp();
    const ownerId = [...ID.people, ID.team][owner % 4]!;
    await db.objectives.add({
      id: `obj-${++counter}`,
      cycleId: ID.cycle,
      ownerId,
      title,
      description: '',
      type: 'committed',
      rank: 0,
      planState: 'draft',
      alignedTo: null,
      carriedFromId: null,
      createdAt: t,
      updatedAt: t,
    });
  },
  async editObjective(db: CairnDb, n: number, patch: Partial<Objective>) {
    await db.transaction('rw', db.objectives, async () => {
      const o = pick(await liveSorted(db.objectives.toArray()), n);
      if (o) await db.objectives.update(o.id, { ...patch, updatedAt: stamp() });
    });
  },
  async align(db: CairnDb, n: number, to: number) {
    await db.transaction('rw', [db.objectives, db.keyResults], async () => {
      const objectives = await liveSorted(db.objectives.toArray());
      const [o, target] = [pick(objectives, n), pick(objectives, to)];
      if (!o || !target || o.id === target.id) return;
      const link = { kind: 'objective' as const, id: target.id };
      if (wouldCreateLoop(o.id, link, objectives, await liveSorted(db.keyResults.toArray())))
        return;
      await db.objectives.update(o.id, { alignedTo: link, updatedAt: stamp() });
    });
  },
  async deleteObjective(db: CairnDb, n: number) {
    await db.transaction('rw', [db.objectives, db.keyResults, db.checkIns], async () => {
      const o = pick(await liveSorted(db.objectives.toArray()), n);
      if (!o) return;
      const t = stamp();
      await db.objectives.update(o.id, { deletedAt: t });
      const krs = await db.keyResults.where('objectiveId').equals(o.id).toArray();
      for (const kr of krs.filter((k) => !k.deletedAt))
        await db.keyResults.update(kr.id, { deletedAt: t });
    });
  },
  async addKeyResult(db: CairnDb, n: number, title: string) {
    await db.transaction('rw', [db.objectives, db.keyResults], async () => {
      const o = pick(await liveSorted(db.objectives.toArray()), n);
      if (!o) return;
      const t = stamp();
      await db.keyResults.add({
        id: `kr-${++counter}`,
        objectiveId: o.id,
        cycleId: o.cycleId,
        ownerId: o.ownerId,
        title,
        kind: 'increase',
        start: 0,
        target: 100,
        current: 0,
        unit: '%',
        weight: 1,
        dueDate: null,
        confidence: null,
        milestones: [],
        rank: 1,
        createdAt: t,
        updatedAt: t,
      });
    });
  },
  async editKeyResult(db: CairnDb, n: number, weight: number) {
    await db.transaction('rw', db.keyResults, async () => {
      const kr = pick(await liveSorted(db.keyResults.toArray()), n);
      if (kr) await db.keyResults.update(kr.id, { weight, updatedAt: stamp() });
    });
  },
  async checkIn(db: CairnDb, n: number, value: number) {
    await db.transaction('rw', [db.keyResults, db.checkIns], async () => {
      const kr = pick(await liveSorted(db.keyResults.toArray()), n);
      if (!kr) return;
      const t = stamp();
      await db.checkIns.add({
        id: `ci-${++counter}`,
        keyResultId: kr.id,
        ownerId: kr.ownerId,
        at: '2026-11-02',
        value,
        confidence: 7,
        note: '',
        blockers: '',
        createdAt: t,
      });
      await db.keyResults.update(kr.id, { current: value, updatedAt: t });
    });
  },
  async moveUnit(db: CairnDb, n: number, to: number) {
    await db.transaction('rw', db.orgUnits, async () => {
      const teams = await db.orgUnits.where('kind').anyOf('team', 'company').toArray();
      const people = await db.orgUnits.where('kind').equals('person').toArray();
      const unit = pick(people, n);
      const parent = pick(teams, to);
      if (unit && parent)
        await db.orgUnits.update(unit.id, { parentId: parent.id, updatedAt: stamp() });
    });
  },
  async addTeam(db: CairnDb, n: number) {
    await db.transaction('rw', db.orgUnits, async () => {
      const teams = await liveSorted(db.orgUnits.where('kind').equals('team').toArray());
      const t = stamp();
      await db.orgUnits.add({
        id: `team-${++counter}`,
        kind: 'team',
        name: `Team ${counter}`,
        parentId: pick(teams, n)?.id ?? ID.company,
        createdAt: t,
        updatedAt: t,
      });
    });
  },
  async moveTeam(db: CairnDb, n: number, to: number) {
    await db.transaction('rw', db.orgUnits, async () => {
      const teams = await liveSorted(db.orgUnits.where('kind').equals('team').toArray());
      const [unit, parent] = [pick(teams, n), pick(teams, to)];
      if (!unit || !parent || unit.id === parent.id) return;
      // Refused on write as moveOrgUnit does: never inside itself.
      for (let cur: string | null = parent.id; cur;) {
        if (cur === unit.id) return;
        cur = (await db.orgUnits.get(cur))?.parentId ?? null;
      }
      await db.orgUnits.update(unit.id, { parentId: parent.id, updatedAt: stamp() });
    });
  },
  async vote(db: CairnDb, n: number, voter: string) {
    await db.transaction('rw', [db.objectives, db.votes], async () => {
      const o = pick(await liveSorted(db.objectives.toArray()), n);
      if (!o) return;
      const t = stamp();
      await db.votes.add({
        id: `vote-${++counter}`,
        cycleId: o.cycleId,
        objectiveId: o.id,
        ownerId: o.ownerId,
        voter,
        dots: 1,
        createdAt: t,
        updatedAt: t,
      });
    });
  },
  async comment(db: CairnDb, n: number, text: string) {
    await db.transaction('rw', [db.objectives, db.comments], async () => {
      const o = pick(await liveSorted(db.objectives.toArray()), n);
      if (!o) return;
      const t = stamp();
      await db.comments.add({
        id: `comment-${++counter}`,
        objectiveId: o.id,
        ownerId: o.ownerId,
        author: 'someone',
        text,
        createdAt: t,
        updatedAt: t,
      });
    });
  },
};
