import type {
  CoachCycle,
  CoachInput,
  CoachKeyResult,
  CoachObjective,
  CoachOrgUnit,
} from '../../../shared/domain/coach';
import { loadLanguage } from '../../../shared/domain/coach';

// The coach's language model loads on demand (shared/domain/coach/language/model.ts).
await loadLanguage();

/** A small, healthy plan to bend one way or another in each test. */

export const ORG: CoachOrgUnit[] = [
  { id: 'co', kind: 'company', name: 'Northwind', parentId: null },
  { id: 'dep', kind: 'department', name: 'Product', parentId: 'co' },
  { id: 'team', kind: 'team', name: 'Growth', parentId: 'dep' },
  { id: 'mei', kind: 'person', name: 'Mei', parentId: 'team' },
];

export const QUARTER: CoachCycle = {
  id: 'q',
  name: 'Q3 2026',
  kind: 'quarter',
  start: '2026-07-01',
  end: '2026-09-30',
  state: 'active',
};

export const YEAR: CoachCycle = {
  id: 'y',
  name: '2026',
  kind: 'year',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active',
};

let seq = 0;
export const objective = (patch: Partial<CoachObjective> = {}): CoachObjective => ({
  id: `o${++seq}`,
  title: 'Make Northwind the product customers stay with',
  ownerId: 'co',
  type: 'committed',
  rank: 1,
  alignedTo: null,
  createdAt: '2026-07-01T09:00:00Z',
  ...patch,
});

export const keyResult = (
  objectiveId: string,
  patch: Partial<CoachKeyResult> = {},
): CoachKeyResult => ({
  id: `k${++seq}`,
  objectiveId,
  title: 'Customer retention',
  kind: 'increase',
  start: 80,
  target: 88,
  current: 80,
  unit: '%',
  dueDate: null,
  createdAt: '2026-07-01T09:00:00Z',
  ...patch,
});

/** Two key results per objective unless given. */
export function plan(objectives: CoachObjective[], extra: Partial<CoachInput> = {}): CoachInput {
  const keyResults =
    extra.keyResults ??
    objectives.flatMap((o) => [
      keyResult(o.id),
      keyResult(o.id, {
        title: 'Support tickets per 1,000 users',
        kind: 'decrease',
        start: 40,
        target: 10,
        current: 40,
        unit: 'tickets',
      }),
    ]);
  return {
    cycle: QUARTER,
    orgUnits: ORG,
    today: '2026-07-05',
    longerCycles: [{ cycle: YEAR, objectives: [objective({ id: 'yo', ownerId: 'co' })] }],
    ...extra,
    objectives,
    keyResults,
  };
}

export const ruleIds = (fs: { ruleId: string }[]): string[] =>
  [...new Set(fs.map((f) => f.ruleId))].sort();
