import type { Alignment, KeyResult, Objective, OrgUnit } from '../../../shared/domain/model';
import type { AlignmentGraphInput } from '../../../shared/domain/graph';

/** Small builders so each test states only what it is about. */

const stamp = '2026-01-01T00:00:00.000Z';

export const unit = (
  id: string,
  kind: OrgUnit['kind'],
  parentId: string | null = null,
): OrgUnit => ({
  id,
  kind,
  name: id[0]!.toUpperCase() + id.slice(1),
  parentId,
  createdAt: stamp,
  updatedAt: stamp,
});

export const ORG: OrgUnit[] = [
  unit('acme', 'company'),
  unit('sales', 'department', 'acme'),
  unit('north', 'team', 'sales'),
  unit('ada', 'person', 'north'),
];

export const objective = (
  id: string,
  ownerId: string,
  alignedTo: Alignment | null = null,
  extra: Partial<Objective> = {},
): Objective => ({
  id,
  cycleId: 'q1',
  ownerId,
  title: `Objective ${id}`,
  description: '',
  type: 'committed',
  rank: 1,
  planState: 'published',
  alignedTo,
  carriedFromId: null,
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});

export const keyResult = (
  id: string,
  objectiveId: string,
  extra: Partial<KeyResult> = {},
): KeyResult => ({
  id,
  objectiveId,
  cycleId: 'q1',
  ownerId: 'acme',
  title: `Key result ${id}`,
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
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});

export const toObjective = (id: string): Alignment => ({ kind: 'objective', id });
export const toKeyResult = (id: string): Alignment => ({ kind: 'keyResult', id });

export const input = (
  objectives: Objective[],
  keyResults: KeyResult[] = [],
  extra: Partial<AlignmentGraphInput> = {},
): AlignmentGraphInput => ({
  cycleId: 'q1',
  objectives,
  keyResults,
  orgUnits: ORG,
  status: {
    cycle: { start: '2026-01-01', end: '2026-03-31', state: 'planning' },
    today: '2026-02-14',
  },
  ...extra,
});

/** A company → department → team → person chain with key results in between. */
export function threeLevels(): AlignmentGraphInput {
  return input(
    [
      objective('c', 'acme'),
      objective('d', 'sales', toKeyResult('c-kr')),
      objective('t', 'north', toObjective('d')),
      objective('p', 'ada', toKeyResult('t-kr')),
    ],
    [keyResult('c-kr', 'c'), keyResult('c-kr2', 'c'), keyResult('t-kr', 't', { confidence: 4 })],
  );
}

/** A wide random forest for layout properties. */
export function randomForest(count: number, seed = 1): AlignmentGraphInput {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const owners = ['acme', 'sales', 'north', 'ada'];
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  for (let i = 0; i < count; i++) {
    const ownerIdx = i < 3 ? 0 : 1 + Math.floor(rand() * 3);
    const parent = i < 3 || rand() < 0.05 ? null : objectives[Math.floor(rand() * i)]!;
    const link = parent
      ? rand() < 0.5
        ? toObjective(parent.id)
        : toKeyResult(`${parent.id}-k0`)
      : null;
    objectives.push(objective(`o${i}`, owners[ownerIdx]!, link));
    for (let k = 0; k < 3; k++) keyResults.push(keyResult(`o${i}-k${k}`, `o${i}`, { rank: k }));
  }
  return input(objectives, keyResults);
}
