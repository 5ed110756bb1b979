import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import {
  addOrgUnit,
  addUnitLead,
  removeOrgUnit,
  removeUnitLead,
  setUnitLeads,
} from '../../../renderer/src/db/commands/org';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  ws = await freshWorkspace();
});

const leadsOf = async (id: string) => (await db.orgUnits.get(id))!.leadIds ?? [];

describe('the leads of a unit', () => {
  it('makes a person of the tree a lead of a department, and undo sets the leads back', async () => {
    const sales = await addOrgUnit('department', 'Sales', ws.company.id);
    const ana = await addOrgUnit('person', 'Ana Silva', sales.id);
    const before = await addUnitLead(sales.id, ana.id);
    expect(await leadsOf(sales.id)).toEqual([ana.id]);
    await setUnitLeads(sales.id, before);
    expect(await leadsOf(sales.id)).toEqual([]);
  });
  it('adds a lead once, and removes one lead leaving the others', async () => {
    const team = await addOrgUnit('team', 'Platform', ws.company.id);
    const mei = await addOrgUnit('person', 'Mei', team.id);
    const bo = await addOrgUnit('person', 'Bo', team.id);
    await addUnitLead(team.id, mei.id);
    await addUnitLead(team.id, mei.id);
    await addUnitLead(team.id, bo.id);
    expect(await leadsOf(team.id)).toEqual([mei.id, bo.id]);
    const before = await removeUnitLead(team.id, mei.id);
    expect(await leadsOf(team.id)).toEqual([bo.id]);
    await setUnitLeads(team.id, before);
    expect(await leadsOf(team.id)).toEqual([mei.id, bo.id]);
  });
  it('refuses a team or a removed person as a lead, and writes nothing', async () => {
    const sales = await addOrgUnit('department', 'Sales', ws.company.id);
    const team = await addOrgUnit('team', 'North', sales.id);
    const gone = await addOrgUnit('person', 'Gone', team.id);
    await expect(addUnitLead(sales.id, team.id)).rejects.toThrow(
      'A lead must be a person of the org tree (North is not)',
    );
    await removeOrgUnit(gone.id);
    await expect(addUnitLead(sales.id, gone.id)).rejects.toThrow('A lead must be a person');
    await expect(addUnitLead(sales.id, 'no-such-id')).rejects.toThrow('A lead must be a person');
    expect(await leadsOf(sales.id)).toEqual([]);
  });
  it('gives a person no leads', async () => {
    const mei = await addOrgUnit('person', 'Mei', ws.company.id);
    await expect(addUnitLead(ws.meId, mei.id)).rejects.toThrow('A person has no leads');
  });
  it('still removes a lead after another lead left the tree', async () => {
    const team = await addOrgUnit('team', 'Platform', ws.company.id);
    const mei = await addOrgUnit('person', 'Mei', team.id);
    const bo = await addOrgUnit('person', 'Bo', ws.company.id);
    await setUnitLeads(team.id, [mei.id, bo.id]);
    await removeOrgUnit(bo.id);
    await removeUnitLead(team.id, mei.id);
    expect(await leadsOf(team.id)).toEqual([bo.id]);
  });
});
