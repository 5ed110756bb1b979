import { describe, expect, it } from 'vitest';
import {
  mayWriteOrg,
  mayWritePlanning,
  mayWriteRecord,
  mayWriteUnitGoals,
  mayWriteUnitKpis,
  viewOnlyReason,
  writeCheck,
} from '../../../shared/sync/editRights';
import type { OrgUnitLink } from '../../../shared/sync/permissions';

// Acme ─ Sales (led by Dana) ─ Sam
//      └ Tech (led by Tia) ─ Tom
const unit = (id: string, parentId: string | null, leadIds?: string[]): OrgUnitLink => ({
  id,
  parentId,
  ...(leadIds ? { leadIds } : {}),
});
const org: OrgUnitLink[] = [
  unit('acme', null),
  unit('sales', 'acme', ['dana']),
  unit('sam', 'sales'),
  unit('dana', 'sales'),
  unit('tech', 'acme', ['tia']),
  unit('tom', 'tech'),
  unit('tia', 'tech'),
];
const as = (personId: string, admin = false) => writeCheck({ personId, admin }, org);

const salesObjective = { id: 'o1', ownerId: 'sales', cycleId: 'q1', private: false };
const salesKr = { id: 'k1', ownerId: 'sales', cycleId: 'q1', objectiveId: 'o1' };

describe('mayWriteRecord', () => {
  it('lets anyone edit everything in a personal workspace', () => {
    expect(mayWriteRecord('objectives', salesObjective, {}, null)).toBe(true);
    expect(mayWriteRecord('orgUnits', { id: 'sales' }, {}, null)).toBe(true);
  });

  it("lets a unit's lead edit its objectives, key results, scores and retros, and a teammate only read them", () => {
    for (const [table, row] of [
      ['objectives', salesObjective],
      ['keyResults', salesKr],
      ['scores', { id: 's1', ownerId: 'sales', cycleId: 'q1', keyResultId: 'k1' }],
      ['retros', { id: 'r1', ownerId: 'sales', cycleId: 'q1' }],
    ] as const) {
      expect(mayWriteRecord(table, row, {}, as('dana'))).toBe(true);
      expect(mayWriteRecord(table, row, {}, as('sam'))).toBe(false);
      expect(mayWriteRecord(table, row, {}, as('tia'))).toBe(false);
    }
  });

  it("decides check-ins and initiatives by their key result's document", () => {
    const checkIn = { id: 'c1', ownerId: 'sales', keyResultId: 'k1' };
    const parents = { keyResult: salesKr, objective: salesObjective };
    expect(mayWriteRecord('checkIns', checkIn, parents, as('dana'))).toBe(true);
    expect(mayWriteRecord('checkIns', checkIn, parents, as('tom'))).toBe(false);
    expect(mayWriteRecord('initiatives', checkIn, parents, as('tom'))).toBe(false);
  });

  it('lets a person edit their own goals in every cycle, and a lead above them too', () => {
    const mine = { id: 'o2', ownerId: 'sam', cycleId: 'q2' };
    expect(mayWriteRecord('objectives', mine, {}, as('sam'))).toBe(true);
    expect(mayWriteRecord('objectives', mine, {}, as('dana'))).toBe(true);
    expect(mayWriteRecord('objectives', mine, {}, as('tom'))).toBe(false);
  });

  it('keeps a private objective and what is under it editable: it never leaves this computer', () => {
    const secret = { ...salesObjective, private: true };
    expect(mayWriteRecord('objectives', secret, {}, as('tom'))).toBe(true);
    expect(mayWriteRecord('keyResults', salesKr, { objective: secret }, as('tom'))).toBe(true);
  });

  it("decides KPIs and their check-ins by the unit's KPIs document", () => {
    const kpi = { id: 'kpi1', ownerId: 'tech' };
    expect(mayWriteRecord('kpis', kpi, {}, as('tia'))).toBe(true);
    expect(mayWriteRecord('kpiCheckIns', kpi, {}, as('tia'))).toBe(true);
    expect(mayWriteRecord('kpis', kpi, {}, as('dana'))).toBe(false);
    expect(mayWriteRecord('kpiCheckIns', kpi, {}, as('sam'))).toBe(false);
  });

  it('lets only admins edit org units and cycles', () => {
    expect(mayWriteRecord('orgUnits', { id: 'sales' }, {}, as('dana'))).toBe(false);
    expect(mayWriteRecord('cycles', { id: 'q1' }, {}, as('dana'))).toBe(false);
    expect(mayWriteRecord('orgUnits', { id: 'sales' }, {}, as('sam', true))).toBe(true);
    expect(mayWriteRecord('cycles', { id: 'q1' }, {}, as('sam', true))).toBe(true);
  });

  it("lets every member vote and comment in the cycle's planning", () => {
    const vote = { id: 'v1', cycleId: 'q1', objectiveId: 'o1' };
    expect(mayWriteRecord('votes', vote, { objective: salesObjective }, as('tom'))).toBe(true);
    const comment = { id: 'm1', objectiveId: 'o1' };
    expect(mayWriteRecord('comments', comment, { objective: salesObjective }, as('tom'))).toBe(
      true,
    );
  });
});

describe('mayWriteUnitGoals', () => {
  it('follows the owner whatever the cycle', () => {
    expect(mayWriteUnitGoals('sam', as('dana'))).toBe(true);
    expect(mayWriteUnitGoals('sales', as('sam'))).toBe(false);
    expect(mayWriteUnitGoals('sales', null)).toBe(true);
  });
});

describe('mayWriteUnitKpis', () => {
  it('lets a lead edit the KPIs of their unit and below, and others only read', () => {
    expect(mayWriteUnitKpis('sam', as('dana'))).toBe(true);
    expect(mayWriteUnitKpis('tech', as('dana'))).toBe(false);
  });
});

describe('mayWriteOrg', () => {
  it('is for admins in a team workspace and for everyone in a personal one', () => {
    expect(mayWriteOrg(as('dana'))).toBe(false);
    expect(mayWriteOrg(as('dana', true))).toBe(true);
    expect(mayWriteOrg(null)).toBe(true);
  });
});

describe('mayWritePlanning', () => {
  it('is open to every member of the team', () => {
    expect(mayWritePlanning('q1', as('tom'))).toBe(true);
  });
});

describe('viewOnlyReason', () => {
  it('names whose goals they are and who edits them', () => {
    expect(viewOnlyReason({ kind: 'goals', ownerName: 'Sales', person: false })).toBe(
      "View only — Sales' goals are edited by its lead",
    );
    expect(viewOnlyReason({ kind: 'kpis', ownerName: 'Ana Sousa', person: true })).toBe(
      "View only — Ana Sousa's KPIs are edited by them and their leads",
    );
    expect(viewOnlyReason({ kind: 'org' })).toMatch(/admins/);
  });
});
