import { cycleContaining } from '@shared/domain/cycle';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import { PREFERENCE_KEYS } from '@shared/domain/settings';
import { db } from './schema';
import { newId, nowStamp } from './records';
import { teamOf } from './sync/teamSync';
import { activeWorkspace } from '../workspaces/registry';

export const SETTING = {
  me: 'me',
  onboarding: 'onboarding',
  staleDays: PREFERENCE_KEYS.staleDays,
} as const;

/**
 * First launch: a company, one person for the user, and the current quarter as the open
 * cycle; the welcome dialog then offers the sample workspace. Idempotent, one transaction.
 * Not in a team workspace (see below).
 */
export async function ensureWorkspace(today = new Date()): Promise<void> {
  // A team workspace's org tree and cycles come from the team: a made-up company would be
  // uploaded to everyone. The list says so before the database can (it may not exist yet).
  if (activeWorkspace().kind === 'team' || (await teamOf(db))) return;
  await db.transaction('rw', [db.orgUnits, db.cycles, db.settings], async () => {
    if ((await db.orgUnits.limit(1).primaryKeys()).length > 0) return; // not count(): no scan
    const stamp = nowStamp();
    const company: OrgUnit = {
      id: newId(),
      kind: 'company',
      name: 'My company',
      parentId: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const me: OrgUnit = {
      id: newId(),
      kind: 'person',
      name: 'Me',
      parentId: company.id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const q = cycleContaining('quarter', today);
    const cycle: Cycle = {
      id: newId(),
      kind: 'quarter',
      ...q,
      state: 'active',
      ownerId: company.id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.orgUnits.bulkAdd([company, me]);
    await db.cycles.add(cycle);
    await db.settings.bulkPut([
      { key: SETTING.me, value: me.id },
      { key: SETTING.onboarding, value: 'pending' },
    ]);
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key, value }));
}
