import type {
  CheckIn,
  Cycle,
  KeyResult,
  Objective,
  OrgUnit,
  Retro,
  Score,
} from '../../../shared/domain/model';
import type { ReviewReportInput } from '../../../shared/report/review';

/** A small org and cycle in memory, for the pure report tests. */

const stamp = '2026-01-01T00:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp };

export const unit = (
  id: string,
  kind: OrgUnit['kind'],
  name: string,
  parentId: string | null,
): OrgUnit => ({
  id,
  kind,
  name,
  parentId,
  ...base,
});

export const cycle: Cycle = {
  id: 'q1',
  name: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
  state: 'review',
  ownerId: 'co',
  ...base,
};

export function objective(
  id: string,
  ownerId: string,
  title: string,
  extra: Partial<Objective> = {},
): Objective {
  return {
    id,
    cycleId: cycle.id,
    ownerId,
    title,
    description: '',
    type: 'committed',
    rank: 1,
    planState: 'published',
    alignedTo: null,
    carriedFromId: null,
    ...base,
    ...extra,
  };
}

export function keyResult(
  id: string,
  objectiveId: string,
  title: string,
  extra: Partial<KeyResult> = {},
): KeyResult {
  return {
    id,
    objectiveId,
    cycleId: cycle.id,
    ownerId: 'co',
    title,
    kind: 'increase',
    start: 0,
    target: 10,
    current: 5,
    unit: '',
    weight: 1,
    dueDate: null,
    confidence: null,
    milestones: [],
    rank: 1,
    ...base,
    ...extra,
  };
}

export const checkIn = (
  id: string,
  keyResultId: string,
  at: string,
  value: number,
  confidence: number | null = null,
): CheckIn => ({
  id,
  keyResultId,
  ownerId: 'co',
  at,
  value,
  confidence,
  note: '',
  blockers: '',
  createdAt: `${at}T09:00:00.000Z`,
});

export const score = (keyResultId: string, value: number, reason = ''): Score => ({
  id: `s-${keyResultId}`,
  cycleId: cycle.id,
  keyResultId,
  ownerId: 'co',
  score: value,
  reason,
  ...base,
});

export const retro = (objectiveId: string | null, ownerId: string, r: Partial<Retro>): Retro => ({
  id: `r-${objectiveId ?? ownerId}`,
  cycleId: cycle.id,
  objectiveId,
  ownerId,
  wentWell: '',
  missed: '',
  lessons: '',
  nextSteps: '',
  ...base,
  ...r,
});

/** Company › Engineering › Mei; Company › Product. Four objectives, one aligned chain. */
export function sampleInput(): ReviewReportInput {
  const orgUnits = [
    unit('co', 'company', 'Northwind', null),
    unit('eng', 'department', 'Engineering', 'co'),
    unit('prod', 'department', 'Product', 'co'),
    unit('mei', 'person', 'Mei Chen', 'eng'),
  ];
  const objectives = [
    objective('o1', 'co', 'Make Northwind the product customers stay with'),
    objective('o2', 'eng', 'Give every team a data platform they trust', {
      alignedTo: { kind: 'objective', id: 'o1' },
    }),
    objective('o3', 'mei', 'Become the go-to person for our data platform', {
      type: 'aspirational',
      alignedTo: { kind: 'keyResult', id: 'k2a' },
    }),
    objective('o4', 'prod', 'Ship the pricing page', { rank: 1 }),
  ];
  const keyResults = [
    keyResult('k1a', 'o1', 'Customer retention', { start: 80, target: 88, current: 88, unit: '%' }),
    keyResult('k1b', 'o1', 'Support tickets', {
      kind: 'decrease',
      start: 40,
      target: 10,
      current: 10,
      rank: 2,
    }),
    keyResult('k2a', 'o2', 'p95 query time', {
      kind: 'decrease',
      start: 40,
      target: 10,
      current: 25,
      unit: 's',
    }),
    keyResult('k3a', 'o3', 'Internal talks given', {
      start: 0,
      target: 3,
      current: 2,
      unit: 'talks',
    }),
    keyResult('k4a', 'o4', 'Pricing page live', {
      kind: 'binary',
      start: 0,
      target: 1,
      current: 0,
    }),
  ];
  const checkIns = [
    checkIn('c1', 'k2a', '2026-02-01', 30, 8),
    checkIn('c2', 'k2a', '2026-03-01', 25, 6),
    checkIn('c3', 'k3a', '2026-01-01', 1),
  ];
  return {
    cycle,
    scopeUnitId: null,
    orgUnits,
    objectives,
    keyResults,
    checkIns,
    scores: [score('k4a', 0.3, 'Design done, not shipped')],
    retros: [
      retro('o2', 'eng', {
        missed: 'The cache migration slipped',
        lessons: 'Start migrations in week one',
      }),
      retro(null, 'co', {
        wentWell: 'Retention goal met',
        lessons: 'Fewer objectives, more focus',
      }),
    ],
    generatedAt: '2026-04-02T10:00:00.000Z',
  };
}
