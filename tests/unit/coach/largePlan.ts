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
 * owners spread over a company tree, a mix of good and bad titles so every rule has work.
 */
export function largePlan(objectives = 5_000, krsEach = 3): CoachInput {
  const org: CoachOrgUnit[] = [{ id: 'co', kind: 'company', name: 'Co' }];
  for (let d = 0; d < 20; d++) org.push({ id: `d${d}`, kind: 'department', parentId: 'co' });
  for (let t = 0; t < 200; t++) org.push({ id: `t${t}`, kind: 'team', parentId: `d${t % 20}` });
  for (let p = 0; p < 1_000; p++)
    org.push({ id: `p${p}`, kind: 'person', parentId: `t${p % 200}` });
  const os: CoachObjective[] = [];
  const krs: CoachKeyResult[] = [];
  const checkIns: { keyResultId: string; at: string }[] = [];
  for (let i = 0; i < objectives; i++) {
    const owner = org[1 + (i % (org.length - 1))]!.id;
    os.push({
      id: `o${i}`,
      title:
        i % 7 === 0
          ? 'Improve things'
          : `Make ${WORDS[i % 8]} the reason people choose us in region ${i}`,
      ownerId: owner,
      type: i % 3 ? 'committed' : 'aspirational',
      rank: (i % 6) + 1,
      alignedTo: i % 5 ? { kind: 'objective', id: `o${Math.floor(i / 2)}` } : null,
      createdAt: '2026-07-01T09:00:00Z',
    });
    for (let k = 0; k < krsEach; k++) {
      const id = `k${i}-${k}`;
      krs.push({
        id,
        objectiveId: `o${i}`,
        title:
          k === 2 && i % 4 === 0
            ? 'Launch the new pricing page'
            : `${WORDS[(i + k) % 8]} conversion`,
        kind: k === 2 && i % 4 === 0 ? 'binary' : 'increase',
        start: 10,
        target: 20 + k,
        current: 12,
        unit: '%',
        dueDate: k === 1 ? '2026-10-10' : null,
        ownerId: owner,
        createdAt: '2026-07-01T09:00:00Z',
      });
      if (k === 0)
        checkIns.push({ keyResultId: id, at: '2026-07-20' }, { keyResultId: id, at: '2026-08-03' });
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
