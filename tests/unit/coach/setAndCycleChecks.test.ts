import { describe, expect, it } from 'vitest';
import { runCoach, type CoachInput, type Finding } from '../../../shared/domain/coach';
import { keyResult, objective, plan, QUARTER } from './build';

/** Checks on the shape of a set of key results, on alignment and on the cycle as a whole. */

const about = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

describe('weights-unbalanced', () => {
  it('flags one key result carrying most of the weight', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], {
        keyResults: [
          keyResult(o.id, { title: 'Retention', weight: 8 }),
          keyResult(o.id, { title: 'Tickets', weight: 1 }),
        ],
      }),
    );
    expect(about(fs, 'weights-unbalanced')[0]?.message).toMatch(/89 %/);
  });
  it('passes even weights', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], {
        keyResults: [
          keyResult(o.id, { title: 'Retention', weight: 1 }),
          keyResult(o.id, { title: 'Tickets', weight: 1 }),
        ],
      }),
    );
    expect(about(fs, 'weights-unbalanced')).toEqual([]);
  });
});

describe('only-leading-results', () => {
  it('flags a set of work items with no outcome', () => {
    const o = objective();
    const work = { kind: 'binary' as const, start: 0, target: 1, unit: '' };
    const fs = runCoach(
      plan([o], {
        keyResults: [
          keyResult(o.id, { title: 'Write the onboarding guide', ...work }),
          keyResult(o.id, { title: 'Publish 3 tutorial videos', ...work }),
        ],
      }),
    );
    expect(about(fs, 'only-leading-results')).toHaveLength(1);
  });
  it('passes work next to an outcome', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], {
        keyResults: [
          keyResult(o.id, { title: 'Write the onboarding guide', kind: 'binary', target: 1 }),
          keyResult(o.id, { title: 'Activation rate' }),
        ],
      }),
    );
    expect(about(fs, 'only-leading-results')).toEqual([]);
  });
});

describe('only-lagging-results', () => {
  const titles = ['Revenue', 'Net retention', 'Gross margin', 'Churned accounts'];
  it('flags four end-of-cycle outcomes and nothing to watch early', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], { keyResults: titles.map((title) => keyResult(o.id, { title })) }),
    );
    expect(about(fs, 'only-lagging-results')).toHaveLength(1);
  });
  it('passes when one result shows a weekly rhythm', () => {
    const o = objective();
    const krs = titles.map((title) => keyResult(o.id, { title }));
    krs[3] = keyResult(o.id, { title: 'Weekly active teams' });
    expect(about(runCoach(plan([o], { keyResults: krs })), 'only-lagging-results')).toEqual([]);
  });
});

describe('alignment checks', () => {
  const company = objective({ ownerId: 'co' });
  const team = (alignedTo: CoachInput['objectives'][number]['alignedTo']) =>
    objective({ ownerId: 'team', title: 'Turn first-week users into weekly habits', alignedTo });

  it('aligned-to-missing flags a link to something deleted, and passes a known one', () => {
    const gone = team({ kind: 'objective', id: 'deleted' });
    const known = team({ kind: 'objective', id: 'elsewhere' });
    const fs = runCoach(
      plan([company, gone, known], {
        alignmentTargets: [{ id: 'elsewhere', kind: 'objective', cycleState: 'active' }],
      }),
    );
    expect(about(fs, 'aligned-to-missing').map((f) => f.subject.id)).toEqual([gone.id]);
  });

  it('aligned-to-closed-cycle flags a link into a closed cycle, and passes an open one', () => {
    const old = team({ kind: 'keyResult', id: 'old' });
    const open = team({ kind: 'keyResult', id: 'open' });
    const fs = runCoach(
      plan([company, old, open], {
        alignmentTargets: [
          { id: 'old', kind: 'keyResult', cycleState: 'closed', cycleName: 'Q2 2026' },
          { id: 'open', kind: 'keyResult', cycleState: 'active' },
        ],
      }),
    );
    const [f, ...rest] = about(fs, 'aligned-to-closed-cycle');
    expect(rest).toEqual([]);
    expect(f?.subject.id).toBe(old.id);
    expect(f?.message).toContain('Q2 2026');
  });

  it('aligned-within-owner flags a link to the same owner, and passes one upward', () => {
    const a = objective({ ownerId: 'team', rank: 1, title: 'Make checkout effortless' });
    const sideways = objective({
      ownerId: 'team',
      rank: 2,
      title: 'Make search effortless',
      alignedTo: { kind: 'objective', id: a.id },
    });
    const upward = team({ kind: 'objective', id: company.id });
    const fs = runCoach(plan([company, a, sideways, upward]));
    expect(about(fs, 'aligned-within-owner').map((f) => f.subject.id)).toEqual([sideways.id]);
  });

  it('aligned-to-objective suggests the key result instead, and passes a key-result link', () => {
    const input = plan([company]);
    const toObjective = team({ kind: 'objective', id: company.id });
    const toKr = team({ kind: 'keyResult', id: input.keyResults![0]!.id });
    const fs = runCoach({ ...input, objectives: [company, toObjective, toKr] });
    expect(about(fs, 'aligned-to-objective').map((f) => f.subject.id)).toEqual([toObjective.id]);
  });
});

describe('no-check-in-cadence', () => {
  const o = objective();
  it('flags a cycle a month in where most key results were never checked in', () => {
    const fs = runCoach(plan([o], { today: '2026-08-10', checkIns: [] }));
    expect(about(fs, 'no-check-in-cadence')[0]?.principle.leaf).toBe('Review mechanism');
  });
  it('passes when most have a check-in, and early in the cycle', () => {
    const input = plan([o], { today: '2026-08-10' });
    const checkIns = input.keyResults!.map((k) => ({ keyResultId: k.id, at: '2026-08-05' }));
    expect(about(runCoach({ ...input, checkIns }), 'no-check-in-cadence')).toEqual([]);
    expect(about(runCoach(plan([o], { today: '2026-07-10' })), 'no-check-in-cadence')).toEqual([]);
  });
});

describe('all-committed', () => {
  it('flags three committed objectives and no stretch', () => {
    const os = [1, 2, 3].map((rank) => objective({ rank, title: `Delight market ${rank} users` }));
    expect(about(runCoach(plan(os)), 'all-committed')).toHaveLength(1);
  });
  it('passes when one is aspirational', () => {
    const os = [1, 2, 3].map((rank) =>
      objective({
        rank,
        title: `Delight market ${rank} users`,
        type: rank === 3 ? 'aspirational' : 'committed',
      }),
    );
    expect(about(runCoach(plan(os)), 'all-committed')).toEqual([]);
  });
});

describe('calibration-history', () => {
  const o = objective();
  const past = (...means: number[]) => means.map((mean, i) => ({ cycleId: `c${i}`, mean }));
  it('flags cycles that always score near 1.0, and ones that always score near 0', () => {
    expect(
      about(runCoach(plan([o], { pastScores: past(0.95, 0.92) })), 'calibration-history')[0]
        ?.message,
    ).toMatch(/safe bets/);
    expect(
      about(runCoach(plan([o], { pastScores: past(0.1, 0.2, 0.25) })), 'calibration-history')[0]
        ?.message,
    ).toMatch(/out of reach/);
  });
  it('passes scores around 0.7, and a single past cycle', () => {
    expect(
      about(runCoach(plan([o], { pastScores: past(0.7, 0.65) })), 'calibration-history'),
    ).toEqual([]);
    expect(about(runCoach(plan([o], { pastScores: past(0.95) })), 'calibration-history')).toEqual(
      [],
    );
  });
});

describe('empty-cycle', () => {
  it('flags a running cycle with no objectives, and passes a planning one', () => {
    expect(about(runCoach(plan([])), 'empty-cycle')).toHaveLength(1);
    expect(
      about(runCoach(plan([], { cycle: { ...QUARTER, state: 'planning' } })), 'empty-cycle'),
    ).toEqual([]);
  });
});
