import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coachCycle,
  coachKeyResult,
  coachObjective,
  runCoach,
  type CoachInput,
} from '../../../shared/domain/coach';
import { KR_KINDS } from '../../../shared/domain/model';
import { loadLanguage } from '../../../shared/domain/coach';

// The coach's language model loads on demand (shared/domain/coach/language/model.ts).
await loadLanguage();

describe('the coach on partial data', () => {
  it('reports an objective with no key results instead of failing', () => {
    const fs = runCoach({
      cycle: null,
      objectives: [{ id: 'o', title: 'Make our customers love onboarding' }],
      today: '',
    });
    expect(fs.map((f) => f.ruleId)).toEqual(['no-owner', 'too-few-key-results']);
  });

  it('reports a cycle with no dates', () => {
    const fs = runCoach({ cycle: { id: 'c' }, objectives: [], today: '2026-01-01' });
    expect(fs.map((f) => f.ruleId)).toEqual(['cycle-without-dates']);
  });

  it('reports an unknown owner and a key result whose objective is missing', () => {
    const r = coachCycle({
      cycle: { id: 'c', start: '2026-01-01', end: '2026-03-31', state: 'active' },
      objectives: [{ id: 'o', title: 'Win the hearts of first-time users', ownerId: 'nobody' }],
      keyResults: [
        {
          id: 'k',
          objectiveId: 'elsewhere',
          title: 'Reduce churn',
          kind: 'decrease',
          start: 10,
          target: 5,
          unit: '%',
        },
      ],
      orgUnits: [],
      today: '2026-02-01',
    });
    expect(r.findings.map((f) => f.ruleId)).toContain('no-owner');
    expect(r.findings.find((f) => f.subject.id === 'k')?.objectiveId).toBe('elsewhere');
  });

  it('coaches a title alone', () => {
    expect(coachObjective({ id: 'x', title: '' })[0]?.severity).toBe('error');
    expect(coachKeyResult({ id: 'x', objectiveId: 'y', title: '' }).map((f) => f.ruleId)).toEqual([
      'kr-unmeasurable',
    ]);
  });

  it('never throws, whatever is missing or malformed', () => {
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const date = fc.oneof(
      fc.constant('2026-02-30x'),
      fc.constant(''),
      fc.constant('2026-05-01'),
      fc.string(),
    );
    const num = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(null));
    const input: fc.Arbitrary<CoachInput> = fc.record({
      cycle: fc.option(
        fc.record({
          id: fc.constant('c'),
          start: maybe(date),
          end: maybe(date),
          kind: maybe(fc.constantFrom('quarter', 'half', 'year', 'custom' as const)),
          state: maybe(fc.constantFrom('planning', 'active', 'review', 'closed' as const)),
        }),
        { nil: null },
      ),
      objectives: fc.array(
        fc.record({
          id: fc.constantFrom('o1', 'o2', 'o3'),
          title: fc.string(),
          ownerId: maybe(fc.constantFrom('a', 'b', null)),
          rank: maybe(fc.oneof(fc.integer(), fc.constant(null))),
          type: maybe(fc.constantFrom('committed', 'aspirational' as const)),
          alignedTo: maybe(fc.constant(null)),
        }),
        { maxLength: 8 },
      ),
      keyResults: maybe(
        fc.array(
          fc.record({
            id: fc.string({ maxLength: 3 }),
            objectiveId: fc.constantFrom('o1', 'o2', 'zz'),
            title: fc.string(),
            kind: maybe(fc.constantFrom(...KR_KINDS)),
            start: maybe(num),
            target: maybe(num),
            current: maybe(num),
            unit: maybe(fc.oneof(fc.string(), fc.constant(null))),
            dueDate: maybe(date),
            createdAt: maybe(fc.string()),
          }),
          { maxLength: 10 },
        ),
      ),
      orgUnits: maybe(fc.constant([{ id: 'a', kind: 'team' as const }])),
      checkIns: maybe(
        fc.array(fc.record({ keyResultId: fc.string({ maxLength: 3 }), at: date }), {
          maxLength: 5,
        }),
      ),
      today: date,
    });
    fc.assert(
      fc.property(input, (i) => {
        const r = coachCycle(i);
        expect(r.health).toBeGreaterThanOrEqual(0);
        expect(r.health).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
    // Every random title is tagged for parts of speech: time for that, not a speed check.
  }, 60_000);
});
