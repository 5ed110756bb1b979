import { describe, expect, it } from 'vitest';
import { mergedRowProblems, refuseRemoteRow } from '../../../shared/sync/remoteRows';

const kr = {
  id: 'kr1',
  objectiveId: 'o1',
  cycleId: 'q4',
  ownerId: 'ana',
  title: 'Weekly users',
  kind: 'increase',
  start: 0,
  target: 100,
  current: 10,
  unit: '',
  weight: 1,
  dueDate: null,
  confidence: null,
  milestones: [],
  rank: 1,
  createdAt: 't',
  updatedAt: 't',
};

describe('refuseRemoteRow', () => {
  it("accepts a teammate's valid key result in its owner's document", () => {
    expect(refuseRemoteRow('unit/ana/q4', 'keyResults', kr)).toBeNull();
  });

  it('names the record and the field of a row that breaks the model', () => {
    expect(refuseRemoteRow('unit/ana/q4', 'keyResults', { ...kr, weight: 'heavy' })).toBe(
      'In "unit/ana/q4", key result kr1: Weight is missing or has the wrong type',
    );
  });

  it('refuses a record in a document that is not its place', () => {
    expect(refuseRemoteRow('unit/bo/q4', 'keyResults', kr)).toMatch(/another owner/);
    expect(refuseRemoteRow('unit/ana/q1', 'keyResults', kr)).toMatch(/another cycle/);
    expect(refuseRemoteRow('org', 'keyResults', kr)).toBe('"org" cannot hold key result kr1');
  });
});

describe('mergedRowProblems', () => {
  it('reports, without refusing, an increase whose merged target fell below its start', () => {
    const merged = { ...kr, start: 50, target: 40 };
    expect(refuseRemoteRow('unit/ana/q4', 'keyResults', merged)).toBeNull();
    expect(mergedRowProblems('keyResults', merged)).toEqual([
      'key result kr1: Target must be above the start for an increase',
    ]);
  });
});
