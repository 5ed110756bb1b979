import { describe, expect, it } from 'vitest';
import {
  coachCycle,
  coachCycleSteps,
  type CoachKeyResult,
  type Finding,
} from '../../../shared/domain/coach';
import { keyResult, objective, plan } from './build';

const task = (objectiveId: string, title: string): CoachKeyResult =>
  keyResult(objectiveId, { title, kind: 'milestones', milestones: [{ done: false }] });

const subjects = (fs: Finding[], ruleId: string): string[] =>
  fs.filter((f) => f.ruleId === ruleId).map((f) => f.subject.id);

describe('coachCycle over a whole plan', () => {
  it('lists key results’ findings in the plan’s order, however they are grouped', () => {
    const a = objective({ rank: 1 });
    const b = objective({ rank: 2 });
    // Key results of the two objectives interleaved, as an import or a sync may list them.
    const krs = [
      task(b.id, 'Write the onboarding guide'),
      task(a.id, 'Run five customer workshops'),
      task(b.id, 'Publish the pricing page'),
      task(a.id, 'Ship the new billing screen'),
    ];
    const { findings } = coachCycle(plan([a, b], { keyResults: krs }));
    expect(subjects(findings, 'kr-task-like')).toEqual(krs.map((k) => k.id));
  });

  it('coaches a key result whose objective is not in the plan', () => {
    const a = objective();
    const stray = task('gone', 'Write the onboarding guide');
    const { findings } = coachCycle(plan([a], { keyResults: [stray] }));
    expect(subjects(findings, 'kr-task-like')).toEqual([stray.id]);
    expect(subjects(findings, 'too-few-key-results')).toEqual([a.id]);
  });

  it('finds each key result’s latest check-in wherever it is in the list', () => {
    const o = objective();
    const [fresh, stale] = [keyResult(o.id), keyResult(o.id)];
    // By date, as the app loads them: the two key results' check-ins alternate.
    const checkIns = [
      { keyResultId: stale.id, at: '2026-07-06' },
      { keyResultId: fresh.id, at: '2026-07-08' },
      { keyResultId: stale.id, at: '2026-07-10' },
      { keyResultId: fresh.id, at: '2026-07-28' },
    ];
    const { findings } = coachCycle(
      plan([o], { keyResults: [fresh, stale], today: '2026-08-01', checkIns }),
    );
    const notCheckedIn = findings.filter((f) => f.ruleId === 'not-checked-in');
    expect(notCheckedIn.map((f) => [f.subject.id, f.message])).toEqual([
      [stale.id, 'No check-in for 22 days'],
    ]);
  });
});

describe('coachCycleSteps', () => {
  it('gives the same report as coachCycle, a few objectives at a time', () => {
    const os = Array.from({ length: 7 }, (_, i) =>
      objective({ rank: i + 1, ...(i % 2 ? { title: 'Write the onboarding guide' } : {}) }),
    );
    const input = plan(os, {
      keyResults: os.flatMap((o, i) => (i === 3 ? [] : [task(o.id, 'Publish the pricing page')])),
    });
    const steps = coachCycleSteps(input, 2);
    let paused = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) paused++;
    // Indexing the plan, then 7 objectives two at a time.
    expect(paused).toBe(1 + 3);
    expect(step.value).toEqual(coachCycle(input));
    expect(step.value.findings.length).toBeGreaterThan(7);
  });
});
