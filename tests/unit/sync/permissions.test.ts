import { describe, expect, it } from 'vitest';
import { documentAccess, type OrgUnitLink } from '../../../shared/sync/permissions';

// Acme ─ Sales (led by Dana) ─ EMEA (led by Eli) ─ Sam
//      └ Tech (led by Tia) ─ Tom
const unit = (id: string, parentId: string | null, leadIds?: string[]): OrgUnitLink => ({
  id,
  parentId,
  ...(leadIds ? { leadIds } : {}),
});
const org: OrgUnitLink[] = [
  unit('acme', null),
  unit('sales', 'acme', ['dana']),
  unit('emea', 'sales', ['eli']),
  unit('sam', 'emea'),
  unit('tech', 'acme', ['tia']),
  unit('tom', 'tech'),
  unit('dana', 'sales'),
  unit('eli', 'emea'),
  unit('tia', 'tech'),
];
const person = (personId: string, admin = false) => ({ personId, admin });

describe('documentAccess', () => {
  it('lets a person write their own unit documents in every cycle', () => {
    expect(documentAccess('unit/sam/q1', person('sam'), org)).toBe('write');
    expect(documentAccess('unit/sam/q2', person('sam'), org)).toBe('write');
  });

  it('lets a person only read a teammate’s documents', () => {
    expect(documentAccess('unit/eli/q1', person('sam'), org)).toBe('read');
    expect(documentAccess('unit/emea/q1', person('sam'), org)).toBe('read');
  });

  it('lets a lead write the unit they lead and every unit and person below it', () => {
    expect(documentAccess('unit/sales/q1', person('dana'), org)).toBe('write');
    expect(documentAccess('unit/emea/q1', person('dana'), org)).toBe('write');
    expect(documentAccess('unit/sam/q1', person('dana'), org)).toBe('write');
    expect(documentAccess('unit/eli/q1', person('dana'), org)).toBe('write');
  });

  it('gives a lead no write rights above or beside their unit', () => {
    expect(documentAccess('unit/acme/q1', person('dana'), org)).toBe('read');
    expect(documentAccess('unit/tech/q1', person('dana'), org)).toBe('read');
    expect(documentAccess('unit/tom/q1', person('dana'), org)).toBe('read');
    expect(documentAccess('unit/sales/q1', person('eli'), org)).toBe('read');
  });

  it('lets admins write the org tree and cycles, and everyone else read them', () => {
    expect(documentAccess('org', person('tom', true), org)).toBe('write');
    expect(documentAccess('org', person('dana'), org)).toBe('read');
  });

  it('does not make an admin the writer of other people’s goals', () => {
    expect(documentAccess('unit/sam/q1', person('tom', true), org)).toBe('read');
  });

  it('lets every member write a cycle’s planning votes and comments', () => {
    expect(documentAccess('planning/q1', person('tom'), org)).toBe('write');
    expect(documentAccess('planning/q1', person('someone-new'), [])).toBe('write');
  });

  it('refuses every name that is not one of the team’s documents', () => {
    for (const name of ['', 'orgs', 'unit/sam', 'unit/../sam/q1', 'planning', 'cycles/q1']) {
      expect(documentAccess(name, person('dana', true), org)).toBe('none');
    }
  });

  it('reads the tree the server holds, so a lead added there gains rights at once', () => {
    const withTomLeadingTech = org.map((u) => (u.id === 'tech' ? { ...u, leadIds: ['tom'] } : u));
    expect(documentAccess('unit/tia/q1', person('tom'), org)).toBe('read');
    expect(documentAccess('unit/tia/q1', person('tom'), withTomLeadingTech)).toBe('write');
  });

  it('takes a deleted unit’s lead rights away', () => {
    const salesDeleted = org.map((u) =>
      u.id === 'sales' ? { ...u, deletedAt: '2027-01-02T00:00:00Z' } : u,
    );
    expect(documentAccess('unit/sam/q1', person('dana'), salesDeleted)).toBe('read');
    expect(documentAccess('unit/sam/q1', person('eli'), salesDeleted)).toBe('write');
  });

  it('lets only the person write an owner the tree does not know yet', () => {
    expect(documentAccess('unit/newbie/q1', person('newbie'), org)).toBe('write');
    expect(documentAccess('unit/newbie/q1', person('dana'), org)).toBe('read');
  });

  it('ends its walk on a loop in the tree instead of hanging', () => {
    const loop = [unit('a', 'b'), unit('b', 'a', ['lee'])];
    expect(documentAccess('unit/a/q1', person('lee'), loop)).toBe('write');
    expect(documentAccess('unit/a/q1', person('kim'), loop)).toBe('read');
  });
});
