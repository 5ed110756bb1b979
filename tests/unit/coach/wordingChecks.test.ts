import { describe, expect, it } from 'vitest';
import {
  coachKeyResult,
  coachObjective,
  runCoach,
  type Finding,
} from '../../../shared/domain/coach';
import { keyResult, objective, plan, QUARTER } from './build';

/** Title checks read language: each is shown a title a coach would flag and one they would pass. */

const objectiveFindings = (title: string, rule: string): Finding[] =>
  coachObjective(objective({ title }), { rules: [rule] });
const keyResultFindings = (title: string, rule: string, patch = {}): Finding[] =>
  coachKeyResult(
    keyResult('o', { title, kind: 'binary', start: 0, target: 1, unit: '', ...patch }),
    { rules: [rule], cycle: QUARTER },
  );

describe('objective-vague', () => {
  it.each(['Bug Health', 'Product excellence', 'Availability', 'Improve code health'])(
    'flags “%s”: a topic or a fuzzy verb, not a direction',
    (title) => expect(objectiveFindings(title, 'objective-vague')).toHaveLength(1),
  );
  it('passes an aim with a direction and for whom', () => {
    expect(
      objectiveFindings('Shorten the time our customers wait for a proposal', 'objective-vague'),
    ).toEqual([]);
  });
});

describe('objective-task-like', () => {
  it.each(['Build the data platform', 'Hire a strong chief of staff', 'Host the annual meeting'])(
    'flags “%s”: an activity or a deliverable',
    (title) => {
      const [f] = objectiveFindings(title, 'objective-task-like');
      expect(f?.principle.leaf).toBe('Clarify the goal');
    },
  );
  it.each(['Build strong customer trust in our brand', 'Grow an open community of developers'])(
    'passes “%s”: growing a capacity is an aim',
    (title) => expect(objectiveFindings(title, 'objective-task-like')).toEqual([]),
  );
});

describe('objective-numbers', () => {
  it('does not count a segment as a target', () => {
    expect(objectiveFindings('Scale gracefully to 500+ members', 'objective-numbers')).toEqual([]);
  });
  it('flags a threshold in the objective', () => {
    expect(
      objectiveFindings('Get build queue times under 1 min', 'objective-numbers'),
    ).toHaveLength(1);
  });
});

describe('objective-too-long', () => {
  it('flags an objective of several sentences', () => {
    const title =
      'Implement an efficient hiring model. Use it end to end on every hire this quarter.';
    expect(objectiveFindings(title, 'objective-too-long')[0]?.message).toMatch(/2 sentences/);
  });
  it('passes one short aim', () => {
    expect(objectiveFindings('Make onboarding effortless', 'objective-too-long')).toEqual([]);
  });
});

describe('kr-task-like', () => {
  it.each([
    'Publish 5 blog posts with partner projects',
    'Contract signed.',
    'Migration guide is published',
    'Training plan',
    'Hire 3 engineers',
    'Conduct 15 user research interviews',
  ])('flags “%s”', (title) =>
    expect(keyResultFindings(title, 'kr-task-like')[0]?.ruleId).toBe('kr-task-like'),
  );
  it.each([
    'Certify 1,000 team members',
    'Fix all new P1 bug reports within one release',
    'Employment solution in place in India',
  ])('passes “%s”: people reached, a service level, a state of the world', (title) =>
    expect(keyResultFindings(title, 'kr-task-like')).toEqual([]),
  );
  it.each([
    'Two staging servers are provisioned and documented',
    'Refactored the storage layer',
    'A new sync protocol is designed',
    'We fix the flaky sync errors',
    'An on-call rota is defined',
    '4 new build servers are provisioned and monitored',
    'Mobile client for the sync API',
  ])('flags “%s”: internal work stated as done', (title) =>
    expect(keyResultFindings(title, 'kr-task-like')[0]?.ruleId).toBe('kr-task-like'),
  );
  it.each([
    'The new editor is adopted by most customers',
    'Used in production by two teams',
    'Sales and marketing teams using a single planning dashboard',
    '4 maintainers have reviewed every release',
  ])('passes “%s”: what others do with the work', (title) =>
    expect(keyResultFindings(title, 'kr-task-like')).toEqual([]),
  );
});

describe('kr-unmeasurable', () => {
  it.each([
    'Make progress on the text autosizing spec',
    'CSS font-feature-settings',
    'Stabilise the importer in production',
    'The help centre is fast to browse and search',
    'The app can quickly sync a large library',
  ])('flags “%s”', (title) => expect(keyResultFindings(title, 'kr-unmeasurable')).toHaveLength(1));
  it('passes a quality with a threshold', () => {
    expect(
      keyResultFindings(
        'The help centre is fast: every page loads in under 1 second',
        'kr-unmeasurable',
      ),
    ).toEqual([]);
  });
  it('passes a universal threshold', () => {
    expect(
      keyResultFindings('No client inquiry waits more than one business day', 'kr-unmeasurable'),
    ).toEqual([]);
  });
});

describe('kr-deadline-in-title', () => {
  it('flags a month and offers it as the due date', () => {
    const [f] = keyResultFindings('Run the mock earnings call in August', 'kr-deadline-in-title');
    expect(f?.suggestion?.dueDate).toBe('2026-08-01');
    expect(f?.principle.leaf).toBe('Set time limits');
  });
  it('reads the end of the quarter as the cycle’s end', () => {
    const [f] = keyResultFindings(
      'Decrease cost per lead to $230 by end of Q3',
      'kr-deadline-in-title',
    );
    expect(f?.suggestion?.dueDate).toBe(QUARTER.end);
  });
  it('passes a duration and a title without a date', () => {
    expect(keyResultFindings('Fix every P1 within one week', 'kr-deadline-in-title')).toEqual([]);
    expect(keyResultFindings('Weekly active teams 120 → 400', 'kr-deadline-in-title')).toEqual([]);
  });
  it('is quiet once the due date says the same', () => {
    expect(
      keyResultFindings('Run the mock earnings call in August', 'kr-deadline-in-title', {
        dueDate: '2026-08-01',
      }),
    ).toEqual([]);
  });
});

describe('kr-placeholder', () => {
  it.each(['Grow maintainers from X to Y', '??% of interviews with diverse candidates'])(
    'flags “%s”',
    (title) => expect(keyResultFindings(title, 'kr-placeholder')[0]?.severity).toBe('error'),
  );
  it('passes real numbers', () => {
    expect(keyResultFindings('Grow maintainers from 4 to 9', 'kr-placeholder')).toEqual([]);
  });
});

describe('kr-question', () => {
  it('flags a question', () => {
    expect(keyResultFindings('How do we review non-feature changes?', 'kr-question')).toHaveLength(
      1,
    );
  });
  it('passes a statement', () => {
    expect(keyResultFindings('Every change reviewed within a day', 'kr-question')).toEqual([]);
  });
});

describe('kr-several-results', () => {
  it('flags three targets packed in one title', () => {
    const title = 'Minimum $2m spent on demand gen, $250 cost per lead, 40 events held';
    expect(keyResultFindings(title, 'kr-several-results')).toHaveLength(1);
  });
  it('passes one target', () => {
    expect(keyResultFindings('Cost per lead from $300 to $230', 'kr-several-results')).toEqual([]);
  });
});

describe('kr-restates-objective and duplicate-key-results', () => {
  it('flags a key result that repeats its objective, and a repeated key result', () => {
    const o = objective({ title: 'Make onboarding effortless' });
    const same = keyResult(o.id, { title: 'Make onboarding effortless!' });
    const a = keyResult(o.id, { title: 'Weekly active teams' });
    const b = keyResult(o.id, { title: 'weekly active teams' });
    const fs = runCoach(plan([o], { keyResults: [same, a, b] }));
    expect(fs.filter((f) => f.ruleId === 'kr-restates-objective').map((f) => f.subject.id)).toEqual(
      [same.id],
    );
    expect(fs.filter((f) => f.ruleId === 'duplicate-key-results').map((f) => f.subject.id)).toEqual(
      [b.id],
    );
  });
  it('passes distinct results that say how the objective is reached', () => {
    const o = objective({ title: 'Make onboarding effortless' });
    const fs = runCoach(
      plan([o], {
        keyResults: [
          keyResult(o.id, { title: 'Time to first value' }),
          keyResult(o.id, { title: 'Weekly active teams' }),
        ],
      }),
    );
    expect(
      fs.filter((f) => ['kr-restates-objective', 'duplicate-key-results'].includes(f.ruleId)),
    ).toEqual([]);
  });
});
