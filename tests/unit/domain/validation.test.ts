import { describe, expect, it } from 'vitest';
import { check, parseNumberInput } from '../../../shared/domain/validation';
import { cycleSchema, keyResultSchema, objectiveSchema } from '../../../shared/domain/model';

const stamp = '2026-11-25T10:00:00.000Z';
const kr = {
  id: 'k1',
  objectiveId: 'o1',
  cycleId: 'c1',
  ownerId: 'p1',
  title: 'Median query time',
  kind: 'decrease',
  start: 40,
  target: 10,
  current: 40,
  unit: 's',
  weight: 1,
  dueDate: null,
  confidence: null,
  milestones: [],
  rank: 1,
  createdAt: stamp,
  updatedAt: stamp,
};

describe('the key result schema', () => {
  it('accepts a well-formed decrease-to result', () => {
    expect(check(keyResultSchema, kr).ok).toBe(true);
  });
  it('refuses a numeric result whose target equals its start, naming the field', () => {
    const r = check(keyResultSchema, { ...kr, target: 40 });
    expect(r).toEqual({
      ok: false,
      errors: { target: expect.stringMatching(/^Target must differ from the start/) },
    });
  });
  it('refuses a weight below zero', () => {
    const r = check(keyResultSchema, { ...kr, weight: -1 });
    expect(r.ok ? null : r.errors.weight).toBe('Weight cannot be below zero');
  });
  it('refuses an empty title and a decrease whose target is above the start', () => {
    const r = check(keyResultSchema, { ...kr, title: '   ', target: 50 });
    expect(r.ok ? null : r.errors).toEqual({
      title: 'Title cannot be empty',
      target: 'Target must be below the start for a decrease',
    });
  });
  it('refuses NaN and Infinity', () => {
    expect(check(keyResultSchema, { ...kr, current: Number.NaN }).ok).toBe(false);
    expect(check(keyResultSchema, { ...kr, start: Infinity }).ok).toBe(false);
  });
});

describe('the objective and cycle schemas', () => {
  it('trims a title and refuses one over 500 characters', () => {
    const o = {
      id: 'o',
      cycleId: 'c',
      ownerId: 'p',
      title: '  Delight  ',
      description: '',
      type: 'committed',
      rank: 1,
      planState: 'draft',
      alignedTo: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const ok = check(objectiveSchema, o);
    expect(ok.ok && ok.value.title).toBe('Delight');
    expect(check(objectiveSchema, { ...o, title: 'x'.repeat(501) }).ok).toBe(false);
  });
  it('refuses a cycle that ends before it starts, and a date that is not a date', () => {
    const c = {
      id: 'c',
      name: 'Q1',
      kind: 'quarter',
      start: '2026-01-01',
      end: '2025-12-31',
      state: 'planning',
      ownerId: 'x',
      createdAt: stamp,
      updatedAt: stamp,
    };
    expect(check(cycleSchema, c)).toEqual({
      ok: false,
      errors: { end: 'End must not be before the start' },
    });
    expect(check(cycleSchema, { ...c, end: '2026-02-30x' }).ok).toBe(false);
    expect(check(cycleSchema, { ...c, end: '2026-02-30' })).toEqual({
      ok: false,
      errors: { end: 'End is not a real date' },
    });
  });
});

describe('parseNumberInput', () => {
  it('reads what people type: decimals with a point or a comma, signs and spaces', () => {
    expect(parseNumberInput(' 12.5 ')).toBe(12.5);
    expect(parseNumberInput('1,5')).toBe(1.5);
    expect(parseNumberInput('-3')).toBe(-3);
    expect(parseNumberInput('1 000')).toBe(1000);
  });
  it('refuses what is not a number instead of reading it as 0', () => {
    for (const t of ['', 'abc', '12abc', 'NaN', 'Infinity', '1.2.3'])
      expect(parseNumberInput(t)).toBeNull();
  });
});
