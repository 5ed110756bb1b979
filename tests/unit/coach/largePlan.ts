import type {
  CoachInput,
  CoachKeyResult,
  CoachObjective,
  CoachOrgUnit,
} from '../../../shared/domain/coach';
import { QUARTER, YEAR } from './build';

const WORDS = [
  'customers',
  'onboarding',
  'retention',
  'platform',
  'support',
  'pricing',
  'search',
  'reports',
];

/**
 * A large workspace for the speed target: `objectives` objectives with `krsEach` key results,
 * owners spread over a company tree, with a realistic share of problems (about one subject in
 * six has a finding) so every rule has work. `troubled` makes nearly every subject a finding.
 */
export function largePlan(objectives = 5_000, krsEach = 3, troubled = false): CoachInput {
  const bad = (i: number, every: number) => (troubled ? i % 2 === 0 : i % every === 0);
  const org: CoachOrgUnit[] = [{ id: 'co', kind: 'company', name: 'Co' }];
  for (let d = 0; d < 20; d++) org.push({ id: `d${d}`, kind: 'department', parentId: 'co' });
  for (let t = 0; t < 200; t++) org.push({ id: `t${t}`, kind: 'team', parentId: `d${t % 20}` });
  for (let p = 0; p < 1_000; p++)
    org.push({ id: `p${p}`, kind: 'person', parentId: `t${p % 200}` });
  const os: CoachObjective[] = [];
  const krs: CoachKeyResult[] = [];
  const checkIns: { keyResultId: string; at: string }[] = [];
  const ranks = new Map<string, number>();
  for (let i = 0; i < objectives; i++) {
    const owner = org[1 + (i % (org.length - 1))]!.id;
    const rank = (ranks.get(owner) ?? 0) + 1;
    ranks.set(owner, rank);
    os.push({
      id: `o${i}`,
      title: bad(i, 20) ? 'Improve things' : `Make ${WORDS[i % 8]} the reason people choose us`,
      ownerId: owner,
      type: i % 3 ? 'committed' : 'aspirational',
      rank: bad(i, 50) ? 0 : rank,
      alignedTo: bad(i, 25) ? null : { kind: 'objective', id: `o${Math.floor(i / 2)}` },
      createdAt: '2026-07-01T09:00:00Z',
    });
    for (let k = 0; k < krsEach; k++) {
      const id = `k${i}-${k}`;
      const task = k === 2 && bad(i, 10);
      krs.push({
        id,
        objectiveId: `o${i}`,
        title: task ? 'Launch the new pricing page' : `${WORDS[(i + k) % 8]} conversion`,
        kind: task ? 'binary' : 'increase',
        start: 10,
        target: 20 + k,
        current: 12,
        unit: '%',
        dueDate: k === 1 && bad(i, 40) ? '2026-10-10' : null,
        ownerId: owner,
        createdAt: '2026-07-01T09:00:00Z',
      });
      if (!bad(i + k, 9))
        checkIns.push({ keyResultId: id, at: '2026-07-20' }, { keyResultId: id, at: '2026-08-10' });
    }
  }
  return {
    cycle: QUARTER,
    objectives: os,
    keyResults: krs,
    orgUnits: org,
    checkIns,
    longerCycles: [{ cycle: YEAR, objectives: [] }],
    dismissals: [{ id: 'x', ruleId: 'objective-vague', subjectId: 'o0', reason: 'fine' }],
    today: '2026-08-15',
  };
}
