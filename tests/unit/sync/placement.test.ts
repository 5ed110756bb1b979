import { describe, expect, it } from 'vitest';
import { placeRecord } from '../../../shared/sync/placement';

const row = (fields: Record<string, unknown>) => ({ id: 'r1', ...fields });

describe('placeRecord', () => {
  it('puts the org tree and the cycles in the org document', () => {
    expect(placeRecord('orgUnits', row({ parentId: null }))).toBe('org');
    expect(placeRecord('cycles', row({ ownerId: 'co' }))).toBe('org');
  });

  it("puts an objective and its key results in their owner's document for the cycle", () => {
    expect(placeRecord('objectives', row({ ownerId: 'ana', cycleId: 'q4' }))).toBe('unit/ana/q4');
    expect(
      placeRecord('keyResults', row({ ownerId: 'bo', cycleId: 'q4', objectiveId: 'o' }), {
        objective: { cycleId: 'q4' },
      }),
    ).toBe('unit/bo/q4');
  });

  it("gives a check-in its key result's cycle, and keeps it here until that key result is known", () => {
    const ci = row({ ownerId: 'ana', keyResultId: 'kr' });
    expect(
      placeRecord('checkIns', ci, {
        keyResult: { cycleId: 'q1', objectiveId: 'o' },
        objective: { cycleId: 'q1' },
      }),
    ).toBe('unit/ana/q1');
    expect(placeRecord('checkIns', ci)).toBeNull();
  });

  it("puts votes and comments in the planning document of the objective's cycle", () => {
    expect(placeRecord('votes', row({ cycleId: 'q4', objectiveId: 'o' }))).toBe('planning/q4');
    expect(
      placeRecord('comments', row({ objectiveId: 'o' }), { objective: { cycleId: 'q4' } }),
    ).toBe('planning/q4');
  });

  it('keeps a private objective and everything under it on this machine', () => {
    const secret = { cycleId: 'q4', private: true };
    expect(
      placeRecord('objectives', row({ ownerId: 'a', cycleId: 'q4', private: true })),
    ).toBeNull();
    expect(
      placeRecord('keyResults', row({ ownerId: 'a', cycleId: 'q4' }), { objective: secret }),
    ).toBeNull();
    expect(
      placeRecord('checkIns', row({ ownerId: 'a' }), {
        keyResult: { cycleId: 'q4', objectiveId: 'o' },
        objective: secret,
      }),
    ).toBeNull();
    expect(placeRecord('votes', row({ cycleId: 'q4' }), { objective: secret })).toBeNull();
  });

  it("places a dismissed finding by its subject's cycle", () => {
    const d = row({ ownerId: 'ana', subjectId: 'q4' });
    expect(placeRecord('dismissals', d, { cycle: { id: 'q4' } })).toBe('unit/ana/q4');
  });
});
