import { describe, expect, it } from 'vitest';
import { checkInProblems, resolveCheckIn } from '../../../shared/domain/checkInRules';
import type { Milestone } from '../../../shared/domain/model';

const q4 = { name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const milestones: Milestone[] = [
  { id: 'm1', title: 'Outline written', done: true },
  { id: 'm2', title: 'Reviewed by the team', done: false },
  { id: 'm3', title: 'Published', done: false },
];

describe('checkInProblems', () => {
  it('refuses a check-in dated after the cycle ended, naming the day as a person reads it', () => {
    expect(
      checkInProblems({ value: 1, confidence: 5, at: '2027-01-02' }, q4, '2027-01-05', 'en-GB'),
    ).toEqual({ at: 'The cycle ended on 31 Dec 2026' });
    expect(
      checkInProblems({ value: 1, confidence: 5, at: '2027-01-02' }, q4, '2027-01-05', 'de'),
    ).toEqual({ at: 'The cycle ended on 31. Dez. 2026' });
  });
  it('accepts the cycle’s last day, even once the cycle is over', () => {
    expect(
      checkInProblems({ value: 1, confidence: 5, at: '2026-12-31' }, q4, '2027-01-05'),
    ).toEqual({});
  });
  it('calls a date after today “in the future”, though it is after the end too', () => {
    expect(
      checkInProblems({ value: 1, confidence: null, at: '2027-01-02' }, q4, '2026-12-20'),
    ).toEqual({ at: 'Date is in the future' });
  });
});

describe('resolveCheckIn', () => {
  it('ticks and unticks milestones and records how many are reached', () => {
    const r = resolveCheckIn(
      { kind: 'milestones', milestones },
      { milestoneTicks: { m2: true, m1: false } },
    );
    expect(r).toEqual({
      ok: true,
      value: 1,
      milestones: [
        { ...milestones[0], done: false },
        { ...milestones[1], done: true },
        milestones[2],
      ],
    });
  });
  it('refuses a tick on a milestone that is not there', () => {
    expect(
      resolveCheckIn({ kind: 'milestones', milestones }, { milestoneTicks: { gone: true } }),
    ).toEqual({
      ok: false,
      errors: { milestones: 'A ticked milestone no longer exists' },
    });
  });
  it('takes a bare count on milestones as history, leaving the ticks alone', () => {
    expect(resolveCheckIn({ kind: 'milestones', milestones }, { value: 2 })).toEqual({
      ok: true,
      value: 2,
      milestones: null,
    });
    expect(resolveCheckIn({ kind: 'milestones', milestones }, { value: 4 })).toEqual({
      ok: false,
      errors: { value: 'Value must be a whole number of milestones from 0 to 3' },
    });
  });
  it('records done as 1 and not done as 0, and refuses any other value', () => {
    const binary = { kind: 'binary' as const, milestones: [] };
    expect(resolveCheckIn(binary, { done: true })).toMatchObject({ ok: true, value: 1 });
    expect(resolveCheckIn(binary, { done: false })).toMatchObject({ ok: true, value: 0 });
    expect(resolveCheckIn(binary, { value: 0.5 })).toEqual({
      ok: false,
      errors: { value: 'Value must be 1 (done) or 0 (not done)' },
    });
  });
  it('needs a number for every other kind', () => {
    expect(resolveCheckIn({ kind: 'decrease', milestones: [] }, { value: Number.NaN })).toEqual({
      ok: false,
      errors: { value: 'Value must be a number' },
    });
    expect(resolveCheckIn({ kind: 'decrease', milestones: [] }, {})).toMatchObject({ ok: false });
  });
});
