import { describe, expect, it } from 'vitest';
import { coachKeyResult, coachObjective, runCoach } from '../../../shared/domain/coach';
import { keyResult, objective, plan } from './build';

describe('a healthy plan', () => {
  it('draws no finding at all', () => {
    const o = objective();
    const d = objective({
      ownerId: 'dep',
      title: 'Turn first-week users into weekly habits',
      alignedTo: { kind: 'keyResult', id: 'retention' },
    });
    const input = plan([o, d]);
    input.keyResults = [
      { ...input.keyResults![0]!, id: 'retention' },
      ...input.keyResults!.slice(1),
    ];
    expect(runCoach(input)).toEqual([]);
  });
});

describe('objective-vague', () => {
  it('flags an objective that names no direction', () => {
    const [f] = coachObjective(objective({ title: 'Improve things' }), {
      rules: ['objective-vague'],
    });
    expect(f?.message).toMatch(/“things”/);
    expect(f?.principle.leaf).toBe('Unreasonable goal setting');
  });
  it('flags one that is too short', () => {
    expect(
      coachObjective(objective({ title: 'Learn more' }), { rules: ['objective-vague'] }),
    ).toHaveLength(1);
  });
  it('passes a clear, inspiring direction', () => {
    expect(
      coachObjective(objective({ title: 'Become the go-to person for our data platform' }), {
        rules: ['objective-vague'],
      }),
    ).toEqual([]);
  });
});

describe('objective-numbers', () => {
  it('flags percentages and figures that belong in key results', () => {
    const [f] = coachObjective(objective({ title: 'Grow revenue by 20% to 5 million' }), {
      rules: ['objective-numbers'],
    });
    expect(f?.message).toContain('20%');
    expect(f?.severity).toBe('info');
  });
  it('does not count years, quarters or names with digits as numbers', () => {
    expect(
      coachObjective(objective({ title: 'Make Web3 support the best in 2026 for Q3 users' }), {
        rules: ['objective-numbers'],
      }),
    ).toEqual([]);
  });
});

describe('kr-unmeasurable', () => {
  const rules = ['kr-unmeasurable'];
  it('flags a target equal to the start', () => {
    const [f] = coachKeyResult(keyResult('o', { start: 5, target: 5 }), { rules });
    expect(f?.message).toMatch(/nothing to measure/);
    expect(f?.principle.leaf).toBe('Key results are unmeasurable');
  });
  it('flags a vague, unitless description', () => {
    expect(
      coachKeyResult(
        keyResult('o', {
          title: 'Better onboarding',
          kind: 'binary',
          start: 0,
          target: 1,
          unit: '',
        }),
        { rules },
      ),
    ).toHaveLength(1);
  });
  it('flags a missing target outside a form', () => {
    expect(
      coachKeyResult(keyResult('o', { target: undefined }), { rules, live: false }),
    ).toHaveLength(1);
  });
  it('waits for a target still being typed', () => {
    expect(coachKeyResult(keyResult('o', { target: null }), { rules })).toEqual([]);
  });
  it('passes a result with a start, a target and a unit', () => {
    expect(
      coachKeyResult(
        keyResult('o', {
          title: 'Median query time',
          kind: 'decrease',
          start: 40,
          target: 10,
          unit: 's',
        }),
        { rules },
      ),
    ).toEqual([]);
  });
  it('passes a done/not-done outcome', () => {
    expect(
      coachKeyResult(
        keyResult('o', {
          title: 'Migration guide published',
          kind: 'binary',
          start: 0,
          target: 1,
          unit: '',
        }),
        { rules },
      ),
    ).toEqual([]);
  });
});

describe('kr-task-like', () => {
  const rules = ['kr-task-like'];
  it.each([
    'Launch the new pricing page',
    'Complete the migration',
    'Do user interviews',
    'Read two books',
    'Publishing the handbook',
  ])('flags “%s” as a task', (title) => {
    const [f] = coachKeyResult(
      keyResult('o', { title, kind: 'binary', start: 0, target: 1, unit: '' }),
      { rules },
    );
    expect(f?.ruleId).toBe('kr-task-like');
  });
  it.each(['Launch at least 2 new products', 'Publish 8 blog posts'])(
    'flags “%s”: outputs counted are still tasks',
    (title) => {
      expect(coachKeyResult(keyResult('o', { title }), { rules })[0]?.ruleId).toBe('kr-task-like');
    },
  );
  it('passes an outcome moved by a number', () => {
    expect(
      coachKeyResult(keyResult('o', { title: 'Raise trial-to-paid conversion from 3% to 5%' }), {
        rules,
      }),
    ).toEqual([]);
  });
  it('passes an outcome', () => {
    expect(
      coachKeyResult(
        keyResult('o', { title: 'Pricing page conversion', start: 2, target: 4, unit: '%' }),
        { rules },
      ),
    ).toEqual([]);
  });
});
