import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import {
  addOrgUnit,
  moveOrgUnit,
  removeOrgUnit,
  renameOrgUnit,
} from '../../../renderer/src/db/commands/org';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { ValidationError } from '../../../renderer/src/db/records';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  ws = await freshWorkspace();
});

describe('the org tree', () => {
  it('adds departments, teams and people under the company and renames them', async () => {
    const dept = await addOrgUnit('department', 'Engineering', ws.company.id);
    const team = await addOrgUnit('team', 'Platform', dept.id);
    await addOrgUnit('person', 'Mei', team.id);
    await renameOrgUnit(team.id, 'Data platform');
    expect((await db.orgUnits.get(team.id))!.name).toBe('Data platform');
  });
  it('refuses a person containing a team, and a second top-level unit', async () => {
    await expect(addOrgUnit('team', 'X', ws.meId)).rejects.toThrow(
      'A person cannot contain a team',
    );
    await expect(addOrgUnit('department', 'Y', null)).rejects.toBeInstanceOf(ValidationError);
  });
  it('moves a unit but never inside itself', async () => {
    const a = await addOrgUnit('department', 'A', ws.company.id);
    const b = await addOrgUnit('department', 'B', a.id);
    await expect(moveOrgUnit(a.id, b.id)).rejects.toThrow('A unit cannot move inside itself');
    await moveOrgUnit(b.id, ws.company.id);
    expect((await db.orgUnits.get(b.id))!.parentId).toBe(ws.company.id);
  });
  it('removes a unit with everything below it and their objectives, undoably', async () => {
    const dept = await addOrgUnit('department', 'Sales', ws.company.id);
    const person = await addOrgUnit('person', 'Ana', dept.id);
    const o = await createObjective({
      title: 'Win the north',
      ownerId: person.id,
      cycleId: ws.cycle.id,
    });
    const token = await removeOrgUnit(dept.id);
    expect((await db.orgUnits.get(person.id))!.deletedAt).toBeTruthy();
    expect((await db.objectives.get(o.id))!.deletedAt).toBeTruthy();
    await restoreDeleted(token);
    expect((await db.orgUnits.get(person.id))!.deletedAt).toBeNull();
    expect((await db.objectives.get(o.id))!.deletedAt).toBeNull();
  });
  it('never removes the company itself', async () => {
    await expect(removeOrgUnit(ws.company.id)).rejects.toThrow(
      'The company itself cannot be removed',
    );
  });
});
