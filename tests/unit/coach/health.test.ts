import { describe, expect, it } from 'vitest';
import { coachCycle, planHealth, type Finding } from '../../../shared/domain/coach';
import { keyResult, objective, plan } from './build';

const finding = (objectiveId: string | null, severity: Finding['severity']): Finding => ({
  ruleId: 'r',
  severity,
  subject: { kind: objectiveId ? 'objective' : 'cycle', id: objectiveId ?? 'c', title: '' },
  objectiveId,
  message: '',
  fix: '',
  principle: { branch: '', leaf: '' },
});

describe('planHealth', () => {
  it('is 100 for a plan with nothing wrong, even an empty one', () => {
    expect(planHealth([], ['a', 'b'])).toBe(100);
    expect(planHealth([], [])).toBe(100);
  });
  it('weighs an error more than a warning, and a warning more than advice', () => {
    const error = planHealth([finding('a', 'error')], ['a', 'b']);
    const warning = planHealth([finding('a', 'warning')], ['a', 'b']);
    const info = planHealth([finding('a', 'info')], ['a', 'b']);
    expect(error).toBeLessThan(warning);
    expect(warning).toBeLessThan(info);
    expect(info).toBeLessThan(100);
  });
  it('never goes below 0, however many findings', () => {
    expect(
      planHealth(
        Array.from({ length: 50 }, () => finding(null, 'error')),
        ['a'],
      ),
    ).toBe(0);
  });
  it('spreads one objective’s trouble over the whole plan', () => {
    expect(planHealth([finding('a', 'error'), finding('a', 'error')], ['a', 'b', 'c', 'd'])).toBe(
      75,
    );
  });
});

describe('dismissed findings', () => {
  it('are set aside with their reason and no longer cost health', () => {
    const o = objective({ title: 'Improve things' });
    const krs = [keyResult(o.id), keyResult(o.id, { title: 'Churned accounts' })];
    const before = coachCycle(plan([o], { keyResults: krs }));
    expect(before.findings.map((f) => f.ruleId)).toEqual(['objective-vague']);
    const after = coachCycle(
      plan([o], {
        keyResults: krs,
        dismissals: [
          { id: 'd1', ruleId: 'objective-vague', subjectId: o.id, reason: 'It is a working title' },
        ],
      }),
    );
    expect(after.findings).toEqual([]);
    expect(after.dismissed[0]?.dismissal.reason).toBe('It is a working title');
    expect(after.health).toBe(100);
    expect(before.health).toBeLessThan(100);
  });
});
