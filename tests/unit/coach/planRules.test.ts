import { describe, expect, it } from 'vitest';
import { coachKeyResult, runCoach, type Finding } from '../../../shared/domain/coach';
import { keyResult, objective, ORG, plan, QUARTER, ruleIds } from './build';

const about = (fs: Finding[], ruleId: string, subjectId?: string) =>
  fs.filter((f) => f.ruleId === ruleId && (!subjectId || f.subject.id === subjectId));

describe('too-many-objectives', () => {
  it('flags the objectives ranked after the fifth for one owner', () => {
    const os = Array.from({ length: 7 }, (_, i) =>
      objective({ rank: i + 1, title: `Delight customers in market number ${'ABCDEFG'[i]}` }),
    );
    const fs = about(runCoach(plan(os)), 'too-many-objectives');
    expect(fs.map((f) => f.subject.id)).toEqual([os[5]!.id, os[6]!.id]);
    expect(fs[0]?.principle.leaf).toBe('Focus on important goals');
  });
  it('passes five', () => {
    const os = Array.from({ length: 5 }, (_, i) => objective({ rank: i + 1 }));
    expect(about(runCoach(plan(os)), 'too-many-objectives')).toEqual([]);
  });
});

describe('too-few-key-results and too-many-key-results', () => {
  it('flags an objective with no key results, and one with a single one', () => {
    const a = objective();
    const b = objective({ rank: 2 });
    const fs = runCoach(plan([a, b], { keyResults: [keyResult(b.id)] }));
    expect(about(fs, 'too-few-key-results').map((f) => f.message)).toEqual([
      'Objective has no key results',
      'Objective has only one key result',
    ]);
  });
  it('flags six key results', () => {
    const o = objective();
    const krs = Array.from({ length: 6 }, () => keyResult(o.id));
    expect(about(runCoach(plan([o], { keyResults: krs })), 'too-many-key-results')).toHaveLength(1);
  });
  it('passes two to five', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], {
        keyResults: Array.from({ length: 5 }, (_, i) =>
          keyResult(o.id, {
            title: `Customer retention in region ${i + 1}`,
            ...(i === 0 ? { kind: 'milestones' as const, milestones: [{ done: false }] } : {}),
          }),
        ),
      }),
    );
    expect(ruleIds(fs)).toEqual([]);
  });
});

describe('no-priority', () => {
  it('flags an unranked objective among several, and ties', () => {
    const a = objective({ rank: 0 });
    const b = objective({ rank: 2 });
    const c = objective({ rank: 2 });
    const fs = about(runCoach(plan([a, b, c])), 'no-priority');
    expect(fs.map((f) => f.subject.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(fs.find((f) => f.subject.id === a.id)?.message).toMatch(/No priority/);
    expect(fs.find((f) => f.subject.id === b.id)?.message).toMatch(/Shares priority 2/);
    expect(fs[0]?.principle.branch).toBe('No priority is set to the target');
  });
  it('passes a lone objective without a rank, and distinct ranks', () => {
    expect(about(runCoach(plan([objective({ rank: 0 })])), 'no-priority')).toEqual([]);
    expect(
      about(runCoach(plan([objective({ rank: 1 }), objective({ rank: 2 })])), 'no-priority'),
    ).toEqual([]);
  });
});

describe('kr-due-after-cycle and cycle-without-dates', () => {
  it('flags a key result due after the cycle ends', () => {
    const [f] = coachKeyResult(keyResult('o', { dueDate: '2026-10-15' }), {
      cycle: QUARTER,
      rules: ['kr-due-after-cycle'],
      locale: 'en-GB',
    });
    expect(f?.message).toMatch(/^Due 15 Oct 2026, after the cycle ends \(30 Sept? 2026\)$/);
    expect(f?.principle.leaf).toBe('Set time limits');
  });
  it('passes one due inside the cycle', () => {
    expect(
      coachKeyResult(keyResult('o', { dueDate: '2026-09-30' }), {
        cycle: QUARTER,
        rules: ['kr-due-after-cycle'],
      }),
    ).toEqual([]);
  });
  it('flags a cycle without dates, and passes one with them', () => {
    const fs = runCoach(plan([objective()], { cycle: { id: 'c', name: 'Someday' } }));
    expect(about(fs, 'cycle-without-dates')).toHaveLength(1);
    expect(about(runCoach(plan([objective()])), 'cycle-without-dates')).toEqual([]);
  });
});

describe('not-aligned', () => {
  it('flags a team objective aligned to nothing when the company has objectives', () => {
    const fs = runCoach(
      plan([
        objective(),
        objective({ ownerId: 'team', title: 'Make the first session delightful' }),
      ]),
    );
    expect(about(fs, 'not-aligned')).toHaveLength(1);
    expect(about(fs, 'not-aligned')[0]?.principle.leaf).toBe('Goal consistency');
  });
  it('passes an aligned one, and a lone person with nothing above to align to', () => {
    const c = objective();
    const t = objective({
      ownerId: 'team',
      title: 'Make the first session delightful',
      alignedTo: { kind: 'objective', id: c.id },
    });
    expect(about(runCoach(plan([c, t])), 'not-aligned')).toEqual([]);
    expect(
      about(
        runCoach(
          plan([
            objective({ ownerId: 'mei', title: 'Become the go-to person for our data platform' }),
          ]),
        ),
        'not-aligned',
      ),
    ).toEqual([]);
  });
});

describe('no-owner', () => {
  it('flags an objective without an owner or with one that no longer exists', () => {
    const fs = runCoach(
      plan([objective({ ownerId: null }), objective({ ownerId: 'gone', rank: 2 })]),
    );
    expect(about(fs, 'no-owner').map((f) => f.message)).toEqual([
      'Objective has no owner',
      'The objective’s owner no longer exists',
    ]);
    expect(about(fs, 'no-owner')[0]?.severity).toBe('error');
  });
  it('passes an owner in the organisation', () => {
    expect(about(runCoach(plan([objective()])), 'no-owner')).toEqual([]);
  });
});

describe('not-checked-in', () => {
  it('flags a key result of an active cycle with no check-in for 14 days', () => {
    const o = objective();
    const k = keyResult(o.id);
    const fs = runCoach(
      plan([o], {
        keyResults: [k, keyResult(o.id)],
        today: '2026-08-01',
        checkIns: [{ keyResultId: k.id, at: '2026-07-10' }],
      }),
    );
    expect(about(fs, 'not-checked-in', k.id)[0]?.message).toBe('No check-in for 22 days');
    expect(about(fs, 'not-checked-in')).toHaveLength(2);
  });
  it('passes a recent check-in, and a cycle that is not active', () => {
    const o = objective();
    const ks = [keyResult(o.id), keyResult(o.id)];
    const checkIns = ks.map((k) => ({ keyResultId: k.id, at: '2026-07-25' }));
    expect(
      about(
        runCoach(plan([o], { keyResults: ks, today: '2026-08-01', checkIns })),
        'not-checked-in',
      ),
    ).toEqual([]);
    expect(
      about(
        runCoach(
          plan([o], {
            keyResults: ks,
            today: '2026-08-01',
            cycle: { ...QUARTER, state: 'planning' },
          }),
        ),
        'not-checked-in',
      ),
    ).toEqual([]);
  });
});

describe('not-reviewed', () => {
  it('flags an objective of a closed cycle whose key results were never scored', () => {
    const o = objective();
    const ks = [keyResult(o.id), keyResult(o.id)];
    const fs = runCoach(
      plan([o], {
        keyResults: ks,
        cycle: { ...QUARTER, state: 'closed' },
        scores: [{ keyResultId: ks[0]!.id }],
      }),
    );
    expect(about(fs, 'not-reviewed')[0]?.message).toBe('1 of 2 key results were never scored');
    expect(about(fs, 'not-reviewed')[0]?.principle.leaf).toBe('Results Assessment');
  });
  it('passes when every key result has a score', () => {
    const o = objective();
    const ks = [keyResult(o.id), keyResult(o.id)];
    const scores = ks.map((k) => ({ keyResultId: k.id }));
    expect(
      about(
        runCoach(plan([o], { keyResults: ks, cycle: { ...QUARTER, state: 'closed' }, scores })),
        'not-reviewed',
      ),
    ).toEqual([]);
  });
});

describe('short-term-only', () => {
  it('flags a quarter with no company objective for the half or the year', () => {
    const fs = runCoach(plan([objective()], { longerCycles: [] }));
    expect(about(fs, 'short-term-only')[0]?.subject.kind).toBe('cycle');
    expect(about(fs, 'short-term-only')[0]?.principle.leaf).toBe('Over-focus on short-term goals');
  });
  it('passes when a year cycle covering it has a company objective, or the cycle is a year itself', () => {
    expect(about(runCoach(plan([objective()])), 'short-term-only')).toEqual([]);
    expect(
      about(
        runCoach(plan([objective()], { cycle: { ...QUARTER, kind: 'year' }, longerCycles: [] })),
        'short-term-only',
      ),
    ).toEqual([]);
  });
});

describe('too-easy', () => {
  it('flags a committed objective already at 100 % at the start', () => {
    const o = objective();
    const fs = runCoach(
      plan([o], {
        keyResults: [keyResult(o.id, { current: 88 }), keyResult(o.id, { current: 90 })],
      }),
    );
    expect(about(fs, 'too-easy')[0]?.message).toMatch(/100 %/);
  });
  it('flags an aspirational objective with every result above 0.7 before halfway', () => {
    const o = objective({ type: 'aspirational' });
    const fs = runCoach(
      plan([o], {
        today: '2026-08-01',
        keyResults: [keyResult(o.id, { current: 86 }), keyResult(o.id, { current: 87 })],
      }),
    );
    expect(about(fs, 'too-easy')[0]?.message).toMatch(/0\.7/);
  });
  it('passes the same progress late in the cycle, or one result still behind', () => {
    const o = objective({ type: 'aspirational' });
    const done = [keyResult(o.id, { current: 86 }), keyResult(o.id, { current: 87 })];
    expect(
      about(runCoach(plan([o], { today: '2026-09-20', keyResults: done })), 'too-easy'),
    ).toEqual([]);
    const behind = [keyResult(o.id, { current: 86 }), keyResult(o.id, { current: 81 })];
    expect(
      about(runCoach(plan([o], { today: '2026-08-01', keyResults: behind })), 'too-easy'),
    ).toEqual([]);
  });
});

describe('kr-no-owner', () => {
  it('flags a key result owned by someone who no longer exists', () => {
    expect(
      coachKeyResult(keyResult('o', { ownerId: 'gone' }), {
        orgUnits: ORG,
        rules: ['kr-no-owner'],
      }),
    ).toHaveLength(1);
    expect(
      coachKeyResult(keyResult('o', { ownerId: 'mei' }), { orgUnits: ORG, rules: ['kr-no-owner'] }),
    ).toEqual([]);
  });
});
