import type {
  CheckIn,
  Cycle,
  Initiative,
  KeyResult,
  Objective,
  OrgUnit,
} from '../../../shared/domain/model';
import type { WeeklyReportInput } from '../../../shared/report/weekly';

/** A small team in the week of Monday 2026-11-23, reported on Friday 2026-11-27. */

const stamp = '2026-09-20T10:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp };
const unit = (
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

export const units: OrgUnit[] = [
  unit('co', 'company', 'Northwind', null),
  unit('team', 'team', 'Data platform', 'co'),
  unit('mei', 'person', 'Mei Chen', 'team'),
  unit('ana', 'person', 'Ana Sousa', 'team'),
];

export const cycle: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  kind: 'quarter',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  ownerId: 'co',
  ...base,
};

const objective = (id: string, ownerId: string, title: string, rank: number): Objective => ({
  id,
  cycleId: 'q4',
  ownerId,
  title,
  description: '',
  type: 'committed',
  rank,
  planState: 'published',
  alignedTo: null,
  carriedFromId: null,
  ...base,
});

export const objectives: Objective[] = [
  objective('o-mei', 'mei', 'Become the go-to person for our data platform', 1),
  objective('o-ana', 'ana', 'Make the first session delightful', 1),
];

const kr = (
  id: string,
  objectiveId: string,
  ownerId: string,
  over: Partial<KeyResult>,
): KeyResult => ({
  id,
  objectiveId,
  cycleId: 'q4',
  ownerId,
  title: id,
  kind: 'increase',
  start: 0,
  target: 1,
  current: 0,
  unit: '',
  weight: 1,
  dueDate: null,
  confidence: null,
  milestones: [],
  rank: 1,
  ...base,
  ...over,
});

export const keyResults: KeyResult[] = [
  kr('talks', 'o-mei', 'mei', {
    title: 'Internal talks given',
    start: 0,
    target: 3,
    unit: 'talks',
    rank: 1,
  }),
  kr('query', 'o-mei', 'mei', {
    title: 'Median query time',
    kind: 'decrease',
    start: 40,
    target: 10,
    unit: 's',
    rank: 2,
  }),
  kr('guide', 'o-mei', 'mei', {
    title: 'Migration guide published',
    kind: 'binary',
    start: 0,
    target: 1,
    rank: 3,
  }),
  kr('tour', 'o-ana', 'ana', {
    title: 'Time to first chart',
    kind: 'decrease',
    start: 20,
    target: 5,
    unit: 'min',
  }),
];

let seq = 0;
export const checkIn = (
  keyResultId: string,
  at: string,
  value: number,
  over: Partial<CheckIn> = {},
): CheckIn => ({
  id: `c${++seq}`,
  keyResultId,
  ownerId: 'mei',
  at,
  value,
  confidence: null,
  note: '',
  blockers: '',
  createdAt: `${at}T09:00:00.000Z`,
  ...over,
});

export const checkIns: CheckIn[] = [
  checkIn('talks', '2026-11-10', 1, { confidence: 6 }),
  checkIn('talks', '2026-11-24', 2, { confidence: 7, note: 'Gave the *Kafka* talk\nto 40 people' }),
  checkIn('query', '2026-10-12', 33, { confidence: 8 }),
  checkIn('query', '2026-11-02', 25, { confidence: 8 }),
  checkIn('query', '2026-11-25', 22, {
    confidence: 6,
    blockers: 'Waiting for | infra <script>alert(1)</script>',
  }),
  checkIn('query', '2026-11-20', 99, { deletedAt: '2026-11-21T00:00:00.000Z' }),
  checkIn('tour', '2026-11-23', 12, { ownerId: 'ana', confidence: 5 }),
];

const initiative = (id: string, keyResultId: string, over: Partial<Initiative>): Initiative => ({
  id,
  keyResultId,
  ownerId: 'mei',
  title: id,
  priority: 2,
  dueDate: null,
  done: false,
  ...base,
  ...over,
});

export const initiatives: Initiative[] = [
  initiative('Draft the outline', 'talks', { done: true, updatedAt: '2026-11-24T10:00:00.000Z' }),
  initiative('Old task', 'talks', { done: true, updatedAt: '2026-11-10T10:00:00.000Z' }),
  initiative('Rehearse the talk', 'talks', { priority: 1, dueDate: '2026-12-02' }),
  initiative('Book a room', 'talks', { priority: 2 }),
  initiative('Finish the slides', 'talks', { priority: 1, dueDate: '2026-11-20' }),
  initiative('Deleted idea', 'guide', { priority: 1, deletedAt: '2026-11-01T00:00:00.000Z' }),
  initiative('Ana’s task', 'tour', { priority: 1, ownerId: 'ana' }),
];

export const weeklyInput = (over: Partial<WeeklyReportInput> = {}): WeeklyReportInput => ({
  subjectId: 'mei',
  units,
  cycle,
  week: '2026-11-25',
  today: '2026-11-27',
  objectives,
  keyResults,
  checkIns,
  initiatives,
  ...over,
});
