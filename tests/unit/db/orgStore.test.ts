import { describe, expect, it } from 'vitest';
import { orgUnitsNow, subscribeOrgUnits } from '../../../renderer/src/db/orgStore';
import { addOrgUnit, removeOrgUnit, renameOrgUnit } from '../../../renderer/src/db/commands/org';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { db } from '../../../renderer/src/db/schema';
import { freshWorkspace } from './helpers';

/** The org as every picker sees it, after the next change reaches the window. */
function watch() {
  const changes: string[][] = [];
  const unsubscribe = subscribeOrgUnits(() =>
    changes.push((orgUnitsNow() ?? []).map((u) => u.name).sort()),
  );
  const next = () =>
    new Promise<string[]>((resolve) => {
      const seen = changes.length;
      const poll = () => (changes.length > seen ? resolve(changes.at(-1)!) : setTimeout(poll, 5));
      poll();
    });
  return { next, unsubscribe };
}

describe('the window’s org', () => {
  it('shows a unit added, renamed and removed in this window, and one put back by Undo', async () => {
    const { company } = await freshWorkspace();
    const org = watch();
    expect(await org.next()).toEqual(['Me', company.name].sort());

    const { id } = await addOrgUnit('team', 'Platform', company.id);
    expect(await org.next()).toContain('Platform');
    await renameOrgUnit(id, 'Data platform');
    expect(await org.next()).toContain('Data platform');
    const token = await removeOrgUnit(id);
    expect(await org.next()).not.toContain('Data platform');
    await restoreDeleted(token);
    expect(await org.next()).toContain('Data platform');
    org.unsubscribe();
  });

  it('shows a unit written behind the commands (a teammate’s change, another window)', async () => {
    const { company } = await freshWorkspace();
    const org = watch();
    await org.next();
    await db.orgUnits.add({ ...company, id: 'u-sales', name: 'Sales', parentId: company.id });
    expect(await org.next()).toContain('Sales');
    org.unsubscribe();
  });

  it('starts afresh from a new database', async () => {
    const { company } = await freshWorkspace();
    const first = watch();
    await first.next();
    await db.orgUnits.add({ ...company, id: 'u-old', name: 'Old team', parentId: company.id });
    await first.next();
    first.unsubscribe();

    await freshWorkspace();
    const second = watch();
    expect(await second.next()).not.toContain('Old team');
    second.unsubscribe();
  });
});
